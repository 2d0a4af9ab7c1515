package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The dues ledger of a cell (sổ thu đảng phí của chi bộ): for each member the months assessed, the reliefs granted,
 * the periods excused from cell activities and the payments made, and from them what each member owes as of a day.
 * For example {@code DV-07}, assessed 46,800 đồng a month from February 2026, who paid 93,600 đồng on 2026-03-10,
 * owes nothing on that day and has paid February and March.
 *
 * <p>Every change returns a new ledger; a refused entry throws and leaves the ledger as it was. The dues of a month
 * are computed by the ledger's {@link DuesRuleBook} from the assessment, less any {@link DuesRelief} recorded for the
 * member covering that month, whenever they were recorded. Payments are credited to the oldest months first.
 *
 * <p>{@link #findings(int, LocalDate)} finds the members with 3 months or more of a year unpaid as of a day, months of
 * an excused period left out: the cell proposes them for removal from the list (Quy định 01-QĐ/TW, Điều 2, as
 * reported); whether a reason is good is the cell's judgement. A month counts as unpaid once it has ended.
 * {@link #advanceFindings(LocalDate)} finds the members who paid months in advance outside an excused period: only a
 * member excused from cell activities pays late or in advance, for at most the excused period (Điều 5, as reported).
 *
 * <p>Two ledgers of one cell and rule book, kept for example by two clerks for different members or months, merge
 * into one ({@link #merge(DuesLedger)}): the merge holds the entries of both, an entry found in both once. Two
 * ledgers are equal when they hold the same entries, whatever the order they were recorded in: no figure of a ledger
 * depends on that order.
 *
 * <p>Members are named by identifiers only; the ledger logs nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DuesLedger {

  /** The longest excused period recorded at once, in months. */
  public static final int LONGEST_EXCUSE_MONTHS = 120;

  private final UnitId cell;
  private final DuesRuleBook book;
  private final ImmutableList<DuesAssessment> assessments;
  private final ImmutableListMultimap<PersonId, DuesRelief> reliefs;
  private final ImmutableListMultimap<PersonId, YearMonth> excused;
  private final ImmutableList<DuesPayment> payments;

  private DuesLedger(
      UnitId cell,
      DuesRuleBook book,
      ImmutableList<DuesAssessment> assessments,
      ImmutableListMultimap<PersonId, DuesRelief> reliefs,
      ImmutableListMultimap<PersonId, YearMonth> excused,
      ImmutableList<DuesPayment> payments) {
    this.cell = cell;
    this.book = book;
    this.assessments = assessments;
    this.reliefs = reliefs;
    this.excused = excused;
    this.payments = payments;
  }

  /**
   * Returns the empty ledger of a cell under a rule book.
   *
   * @param cell the cell, not null
   * @param book the rules the dues are computed by, not null
   * @return the ledger, not null
   */
  public static DuesLedger of(UnitId cell, DuesRuleBook book) {
    return new DuesLedger(
        requireNonNull(cell, "cell"),
        requireNonNull(book, "book"),
        ImmutableList.of(),
        ImmutableListMultimap.of(),
        ImmutableListMultimap.of(),
        ImmutableList.of());
  }

  /**
   * Returns this ledger with a month assessed for a member.
   *
   * @param assessment the member, month, category and base, not null
   * @return the new ledger, not null
   * @throws IllegalArgumentException if the member's month is already assessed, no rule of the book holds for the
   *     category that month, or the rule refuses the base
   * @throws ArithmeticException if the rule's rounding refuses the share
   */
  public DuesLedger assess(DuesAssessment assessment) {
    requireNonNull(assessment, "assessment");
    checkArgument(
        assessments.stream()
            .noneMatch(a -> a.member().equals(assessment.member()) && a.month().equals(assessment.month())),
        "a member's month is assessed once; %s is assessed for %s already",
        assessment.member(),
        assessment.month());
    book.duesOf(assessment.category(), assessment.month(), assessment.base());
    return new DuesLedger(
        cell,
        book,
        ImmutableList.<DuesAssessment>builder().addAll(assessments).add(assessment).build(),
        reliefs,
        excused,
        payments);
  }

  /**
   * Returns this ledger with a relief granted to a member.
   *
   * @param member the member, not null
   * @param relief the relief, not null
   * @return the new ledger, not null
   * @throws IllegalArgumentException if a relief of the member already covers one of its months
   */
  public DuesLedger relieve(PersonId member, DuesRelief relief) {
    requireNonNull(member, "member");
    requireNonNull(relief, "relief");
    for (DuesRelief other : reliefs.get(member)) {
      boolean apart =
          other.lastMonth().map(l -> l.isBefore(relief.firstMonth())).orElse(false)
              || relief.lastMonth().map(l -> l.isBefore(other.firstMonth())).orElse(false);
      checkArgument(apart, "one relief covers a member's month; %s has %s already, which %s overlaps", member, other, relief);
    }
    return new DuesLedger(
        cell,
        book,
        assessments,
        ImmutableListMultimap.<PersonId, DuesRelief>builder().putAll(reliefs).put(member, relief).build(),
        excused,
        payments);
  }

  /**
   * Returns this ledger with a period in which a member is excused from cell activities (miễn sinh hoạt): a member
   * excused may pay late or in advance within the period, so its months never count as unpaid.
   *
   * @param member the member, not null
   * @param first the first month, not null
   * @param last the last month, not before {@code first}, at most {@link #LONGEST_EXCUSE_MONTHS} months in all, not null
   * @return the new ledger, not null
   * @throws IllegalArgumentException if the months are out of order or too many
   */
  public DuesLedger excuse(PersonId member, YearMonth first, YearMonth last) {
    requireNonNull(member, "member");
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    long months = ChronoUnit.MONTHS.between(first, last) + 1;
    checkArgument(
        months >= 1 && months <= LONGEST_EXCUSE_MONTHS,
        "an excused period is 1 to %s months, its last month (%s) not before its first (%s)",
        LONGEST_EXCUSE_MONTHS,
        last,
        first);
    ImmutableListMultimap.Builder<PersonId, YearMonth> more = ImmutableListMultimap.builder();
    more.putAll(excused);
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      if (!excused.containsEntry(member, m)) {
        more.put(member, m);
      }
    }
    return new DuesLedger(cell, book, assessments, reliefs, more.build(), payments);
  }

  /**
   * Returns this ledger with a payment recorded.
   *
   * @param payment the member, day and amount, not null
   * @return the new ledger, not null
   */
  public DuesLedger pay(DuesPayment payment) {
    requireNonNull(payment, "payment");
    return new DuesLedger(
        cell, book, assessments, reliefs, excused, ImmutableList.<DuesPayment>builder().addAll(payments).add(payment).build());
  }

  /**
   * Returns the ledger holding the entries of this ledger and of another of the same cell and rule book: both
   * ledgers' assessments, reliefs, excused months and payments, an entry found in both kept once. A payment recorded
   * twice in one ledger (two payments of the same amount on the same day) is kept as often as the ledger that holds
   * it most often records it. The merge is associative and commutative, and the empty ledger of the cell and book
   * ({@link #of(UnitId, DuesRuleBook) of}) is its identity; what is owed and found of the merge is what is owed and
   * found of a ledger recording all the entries in one go.
   *
   * @param other the other ledger, of the same cell and rule book, not null
   * @return the merged ledger, not null; this ledger and the other are left as they were
   * @throws IllegalArgumentException if the other ledger is of another cell or rule book, if the two assess a member's
   *     month differently, or if a relief of one overlaps a different relief of the same member in the other
   */
  public DuesLedger merge(DuesLedger other) {
    requireNonNull(other, "other");
    checkArgument(
        cell.equals(other.cell),
        "a ledger merges with one of its own cell; this one is %s's, the other %s's",
        cell,
        other.cell);
    checkArgument(
        book.equals(other.book),
        "a ledger merges with one of its own rule book; %s's ledgers are under two books, of %s rules and of %s",
        cell,
        book.rules().size(),
        other.book.rules().size());
    DuesLedger merged = this;
    for (DuesAssessment a : other.assessments) {
      Optional<DuesAssessment> mine = assessmentOf(a.member(), a.month());
      if (mine.isEmpty()) {
        merged = merged.assess(a);
      } else {
        DuesAssessment known = mine.orElseThrow();
        checkArgument(
            known.equals(a),
            "a member's month is assessed once; the ledgers to merge assess %s for %s as %s and as %s",
            a.member(),
            a.month(),
            known,
            a);
      }
    }
    for (var entry : other.reliefs.entries()) {
      if (!reliefs.containsEntry(entry.getKey(), entry.getValue())) {
        merged = merged.relieve(entry.getKey(), entry.getValue());
      }
    }
    for (var entry : other.excused.entries()) {
      merged = merged.excuse(entry.getKey(), entry.getValue(), entry.getValue());
    }
    ImmutableMultiset<DuesPayment> held = ImmutableMultiset.copyOf(payments);
    ImmutableMultiset<DuesPayment> theirs = ImmutableMultiset.copyOf(other.payments);
    for (DuesPayment p : theirs.elementSet()) {
      for (int i = held.count(p); i < theirs.count(p); i++) {
        merged = merged.pay(p);
      }
    }
    return merged;
  }

  private Optional<DuesAssessment> assessmentOf(PersonId member, YearMonth month) {
    return assessments.stream().filter(a -> a.member().equals(member) && a.month().equals(month)).findFirst();
  }

  /**
   * Returns the cell.
   *
   * @return the cell's identifier, not null
   */
  public UnitId cell() {
    return cell;
  }

  /**
   * Returns the rule book the dues are computed by.
   *
   * @return the book, not null
   */
  public DuesRuleBook book() {
    return book;
  }

  /**
   * Returns the assessments, in the order recorded.
   *
   * @return the assessments, not null
   */
  public ImmutableList<DuesAssessment> assessments() {
    return assessments;
  }

  /**
   * Returns the reliefs by member, each member's in the order recorded.
   *
   * @return the reliefs, not null
   */
  public ImmutableListMultimap<PersonId, DuesRelief> reliefs() {
    return reliefs;
  }

  /**
   * Returns the excused months by member.
   *
   * @return the months, not null
   */
  public ImmutableListMultimap<PersonId, YearMonth> excusedMonths() {
    return excused;
  }

  /**
   * Returns the payments, in the order recorded.
   *
   * @return the payments, not null
   */
  public ImmutableList<DuesPayment> payments() {
    return payments;
  }

  /**
   * Returns the members of the ledger: those assessed, relieved, excused or paying.
   *
   * @return the members, in the order of their identifiers, not null
   */
  public ImmutableSortedSet<PersonId> members() {
    ImmutableSortedSet.Builder<PersonId> members = ImmutableSortedSet.naturalOrder();
    assessments.forEach(a -> members.add(a.member()));
    members.addAll(reliefs.keySet()).addAll(excused.keySet());
    payments.forEach(p -> members.add(p.member()));
    return members.build();
  }

  /**
   * Returns a member's dues of a month: the rule's amount less any relief covering the month.
   *
   * @param member the member, not null
   * @param month the month, not null
   * @return the dues, or empty if the month is not assessed for the member
   */
  public Optional<Money> duesOf(PersonId member, YearMonth month) {
    requireNonNull(member, "member");
    requireNonNull(month, "month");
    return assessmentOf(member, month).map(this::dues);
  }

  private Money dues(DuesAssessment a) {
    Money dues = book.duesOf(a.category(), a.month(), a.base());
    Optional<DuesRule> rule = book.ruleFor(a.category(), a.month());
    for (DuesRelief relief : reliefs.get(a.member())) {
      if (relief.covers(a.month()) && rule.isPresent()) {
        return relief.applyTo(dues, rule.get().rounding());
      }
    }
    return dues;
  }

  /**
   * Returns what a member owes as of a day: the dues of the months assessed up to the day's month, less the payments
   * made up to the day; negative if the member paid in advance.
   *
   * @param member the member, not null
   * @param asOf the day, not null
   * @return the balance owed, not null
   * @throws ArithmeticException if the sums leave the range of an amount
   */
  public Money owedAsOf(PersonId member, LocalDate asOf) {
    requireNonNull(member, "member");
    requireNonNull(asOf, "asOf");
    YearMonth last = YearMonth.from(asOf);
    Money owed = Money.ZERO;
    for (DuesAssessment a : assessments) {
      if (a.member().equals(member) && !a.month().isAfter(last)) {
        owed = owed.plus(dues(a));
      }
    }
    return owed.minus(paidBy(member, asOf));
  }

  private Money paidBy(PersonId member, LocalDate asOf) {
    Money paid = Money.ZERO;
    for (DuesPayment p : payments) {
      if (p.member().equals(member) && !p.paidOn().isAfter(asOf)) {
        paid = paid.plus(p.amount());
      }
    }
    return paid;
  }

  /**
   * Returns the months a member has not paid as of a day: the months ended before the day whose dues the payments made
   * by then, credited to the oldest months first, do not cover. A month of no dues is never unpaid.
   *
   * @param member the member, not null
   * @param asOf the day, not null
   * @return the months, in order, not null
   * @throws ArithmeticException if the sums leave the range of an amount
   */
  public ImmutableList<YearMonth> unpaidMonths(PersonId member, LocalDate asOf) {
    requireNonNull(member, "member");
    requireNonNull(asOf, "asOf");
    TreeMap<YearMonth, Money> dues = new TreeMap<>();
    for (DuesAssessment a : assessments) {
      if (a.member().equals(member)) {
        dues.put(a.month(), dues(a));
      }
    }
    Money credit = paidBy(member, asOf);
    List<YearMonth> unpaid = new ArrayList<>();
    for (var entry : dues.entrySet()) {
      Money owed = entry.getValue();
      if (!credit.isLessThan(owed)) {
        credit = credit.minus(owed);
      } else {
        credit = Money.ZERO;
        if (entry.getKey().atEndOfMonth().isBefore(asOf)) {
          unpaid.add(entry.getKey());
        }
      }
    }
    return ImmutableList.copyOf(unpaid);
  }

  /**
   * Returns the findings of a year as of a day: each member with {@link DuesFindingRule#UNPAID_MONTHS} months or more
   * of the year unpaid, months of an excused period left out.
   *
   * @param year the year, from 1900 to 9999
   * @param asOf the day, not null
   * @return the findings, in the order of the members, not null
   * @throws IllegalArgumentException if the year is out of range
   * @throws ArithmeticException if the sums leave the range of an amount
   */
  public ImmutableList<DuesViolation> findings(int year, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    checkArgument(year >= 1900 && year <= 9999, "a year of dues is from 1900 to 9999; it was %s", year);
    ImmutableList.Builder<DuesViolation> found = ImmutableList.builder();
    for (PersonId member : members()) {
      List<YearMonth> months = new ArrayList<>();
      for (YearMonth m : unpaidMonths(member, asOf)) {
        if (m.getYear() == year && !excused.containsEntry(member, m)) {
          months.add(m);
        }
      }
      if (months.size() >= DuesFindingRule.UNPAID_MONTHS) {
        found.add(DuesViolation.of(DuesFindingRule.UNPAID_THREE_MONTHS, member, months));
      }
    }
    return found.build();
  }

  /**
   * Returns the findings of payments in advance as of a day: for each member, the months from February 2026 whose
   * dues the payments made by then, credited to the oldest months first, covered wholly or in part with a payment made
   * before the month began, the member not excused for the month ({@link
   * DuesFindingRule#ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD}). A month of no dues is never paid in advance; a credit beyond
   * the months assessed covers no month yet.
   *
   * @param asOf the day, not null
   * @return the findings, in the order of the members, not null
   * @throws ArithmeticException if the sums leave the range of an amount
   */
  public ImmutableList<DuesAdvanceViolation> advanceFindings(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    YearMonth first = YearMonth.from(DuesFindingRule.ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD.basis().inForceFrom());
    ImmutableList.Builder<DuesAdvanceViolation> found = ImmutableList.builder();
    for (PersonId member : members()) {
      List<YearMonth> months = new ArrayList<>();
      for (YearMonth m : paidInAdvance(member, asOf)) {
        if (!m.isBefore(first) && !excused.containsEntry(member, m)) {
          months.add(m);
        }
      }
      if (!months.isEmpty()) {
        found.add(DuesAdvanceViolation.of(member, months));
      }
    }
    return found.build();
  }

  /** The months whose dues a payment made before the month began covers, wholly or in part, oldest credited first. */
  private List<YearMonth> paidInAdvance(PersonId member, LocalDate asOf) {
    TreeMap<YearMonth, Money> dues = new TreeMap<>();
    for (DuesAssessment a : assessments) {
      if (a.member().equals(member)) {
        dues.put(a.month(), dues(a));
      }
    }
    List<DuesPayment> paid =
        payments.stream()
            .filter(p -> p.member().equals(member) && !p.paidOn().isAfter(asOf))
            .sorted(java.util.Comparator.comparing(DuesPayment::paidOn))
            .toList();
    List<YearMonth> early = new ArrayList<>();
    int next = 0;
    Money left = Money.ZERO;
    for (var entry : dues.entrySet()) {
      LocalDate begins = entry.getKey().atDay(1);
      Money owed = entry.getValue();
      boolean inAdvance = false;
      while (owed.isPositive()) {
        if (!left.isPositive()) {
          if (next == paid.size()) {
            break;
          }
          left = paid.get(next++).amount();
        }
        Money taken = left.isLessThan(owed) ? left : owed;
        inAdvance |= paid.get(next - 1).paidOn().isBefore(begins);
        owed = owed.minus(taken);
        left = left.minus(taken);
      }
      if (inAdvance) {
        early.add(entry.getKey());
      }
    }
    return early;
  }

  /**
   * Tells whether another ledger is of the same cell and rule book and holds the same entries, whatever the order they
   * were recorded in: the same assessments, reliefs and excused months, and each payment as many times.
   *
   * @param o the other object, may be null
   * @return true if the ledgers hold the same entries
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DuesLedger other
        && cell.equals(other.cell)
        && book.equals(other.book)
        && ImmutableSet.copyOf(assessments).equals(ImmutableSet.copyOf(other.assessments))
        && ImmutableSet.copyOf(reliefs.entries()).equals(ImmutableSet.copyOf(other.reliefs.entries()))
        && ImmutableSet.copyOf(excused.entries()).equals(ImmutableSet.copyOf(other.excused.entries()))
        && ImmutableMultiset.copyOf(payments).equals(ImmutableMultiset.copyOf(other.payments));
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(
        cell,
        book,
        ImmutableSet.copyOf(assessments),
        ImmutableSet.copyOf(reliefs.entries()),
        ImmutableSet.copyOf(excused.entries()),
        ImmutableMultiset.copyOf(payments));
  }

  /**
   * Returns a readable form that names no member: "DuesLedger[HG-CB-VP: 12 assessments, 1 relief, 0 excused months,
   * 10 payments]".
   *
   * @return the cell and the counts, not null
   */
  @Override
  public String toString() {
    return "DuesLedger["
        + cell
        + ": "
        + assessments.size()
        + " assessments, "
        + reliefs.size()
        + " reliefs, "
        + excused.size()
        + " excused months, "
        + payments.size()
        + " payments]";
  }
}
