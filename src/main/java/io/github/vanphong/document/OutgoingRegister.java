package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Streams;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.PersistentVector;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The register of documents an issuer sends out (sổ đăng ký văn bản đi) over one numbering period, which gives each
 * document its number when it is issued: for example the register of the Office of the Hậu Giang Provincial Party
 * Committee for the term after the congress that closed on 2020-10-14 gives its first report {@code 01-BC/VPTU}, its
 * second {@code 02-BC/VPTU}, and its first plan {@code 01-KH/VPTU}.
 *
 * <p>The {@link NumberingPolicy} decides which documents share a sequence and what period the register covers: a
 * party committee term ({@link #forPartyTerm}), a congress ({@link #forCongress}) or a calendar year ({@link
 * #forStateYear}). Within a sequence, numbers run from 01 without gaps in the order of issue; a number is given at
 * issue ({@link #issue}), never at drafting, and never twice; a voided number stays in the register, marked void
 * with its day and reason ({@link #voidNumber}); secret documents share the sequence of their type. Issue dates do
 * not go backwards within a sequence, and a document issued outside the period the register covers belongs to
 * another register and is refused. Documents of the same system and type code share a sequence, so that no two
 * entries carry the same symbol.
 *
 * <p>A register is an immutable value: {@link #issue} returns an {@link Issued} holding the new register and the new
 * entry, and leaves the register it was called on as it was; a refused command throws and changes nothing. It is
 * not the document's content, nor an incoming register ({@link IncomingRegister}).
 *
 * <p>Issuing, voiding, finding the entry of a symbol and reading the last number of a type cost about the same
 * whatever the length of the register (a few hundred nanoseconds at 40,000 entries, see docs/performance.md): a
 * register shares its entries with the register it was made from and keeps where each sequence's entries stand, so it
 * neither copies nor scans the list. {@link #entries()} makes its list once, on first use.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class OutgoingRegister {

  @SuppressWarnings("Immutable") // an Immutables value
  private final Issuer issuer;
  private final NumberingPolicy policy;
  private final Validity covers;

  /** The entries in order of issue, shared with the registers this one was made from. */
  @SuppressWarnings("Immutable") // PersistentVector of immutable Immutables values
  private final PersistentVector<RegisterEntry> entries;

  /**
   * Under a per-type policy, where the entries of each sequence stand in {@link #entries}, one sequence per type code
   * in the order of its first issue; empty under a policy of one sequence, whose numbers are the positions.
   */
  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<Sequence> sequences;

  /** The number of voided entries. */
  private final int voids;

  /** {@link #entries} as a list, made on first use; racy single-check, as ImmutableList is safely published. */
  @SuppressWarnings("Immutable") // a cache of a value derived from the final fields; see entries()
  private @Nullable ImmutableList<RegisterEntry> entryList;

  private OutgoingRegister(
      Issuer issuer,
      NumberingPolicy policy,
      Validity covers,
      PersistentVector<RegisterEntry> entries,
      ImmutableList<Sequence> sequences,
      int voids) {
    this.issuer = issuer;
    this.policy = policy;
    this.covers = covers;
    this.entries = entries;
    this.sequences = sequences;
    this.voids = voids;
  }

  /**
   * Returns an empty register of an issuer under a policy, covering the given days.
   *
   * @param issuer the issuer whose code the symbols carry, of the policy's system, not null
   * @param policy the numbering policy, not null
   * @param covers the days the register covers: a term, a congress, or for a State policy one whole calendar year;
   *     not null
   * @return the empty register, not null
   * @throws IllegalArgumentException if the issuer is not of the policy's system, or a State register does not
   *     cover exactly one calendar year
   */
  public static OutgoingRegister of(Issuer issuer, NumberingPolicy policy, Validity covers) {
    requireNonNull(issuer, "issuer");
    requireNonNull(policy, "policy");
    requireNonNull(covers, "covers");
    checkArgument(
        issuer.system() == policy.system(),
        "a register under %s numbers %ss; the issuer %s signs %ss",
        policy,
        policy.system().englishName(),
        issuer,
        issuer.system().englishName());
    if (policy.system() == DocumentSystem.STATE) {
      Year year = Year.from(covers.start());
      checkArgument(
          covers.equals(Validity.between(year.atDay(1), year.atMonth(12).atEndOfMonth())),
          "a State register runs from 01 on 1 January to 31 December (%s); %s is not one calendar year",
          policy.basis().citation(),
          covers);
    }
    return new OutgoingRegister(issuer, policy, covers, PersistentVector.empty(), ImmutableList.of(), 0);
  }

  /**
   * Returns the empty register of a party committee or one of its bodies for a term, numbering each type from 01
   * ({@link NumberingPolicy#PARTY_TERM}).
   *
   * @param issuer the issuer, a Party one, not null
   * @param term the days of the term, for example {@link #termBetweenCongresses}; open-ended until the next congress
   *     closes; not null
   * @return the empty register, not null
   * @throws IllegalArgumentException if the issuer is not a Party issuer
   */
  public static OutgoingRegister forPartyTerm(Issuer issuer, Validity term) {
    return of(issuer, NumberingPolicy.PARTY_TERM, term);
  }

  /**
   * Returns the empty register of a party congress, one sequence across all types from the opening day to the
   * closing day ({@link NumberingPolicy#PARTY_CONGRESS}).
   *
   * @param issuer the issuer, a Party one, not null
   * @param openedOn the opening day, the preparatory session included, not null
   * @param closedOn the closing day, not before the opening day, not null
   * @return the empty register, not null
   * @throws IllegalArgumentException if the issuer is not a Party issuer, or the congress closes before it opens
   */
  public static OutgoingRegister forCongress(Issuer issuer, LocalDate openedOn, LocalDate closedOn) {
    return of(issuer, NumberingPolicy.PARTY_CONGRESS, Validity.between(openedOn, closedOn));
  }

  /**
   * Returns the empty register of a State body for a calendar year, one sequence for all types ({@link
   * NumberingPolicy#STATE_YEAR}).
   *
   * @param issuer the issuer, a State one, not null
   * @param year the year, not null
   * @return the empty register, not null
   * @throws IllegalArgumentException if the issuer is not a State issuer
   */
  public static OutgoingRegister forStateYear(Issuer issuer, Year year) {
    requireNonNull(issuer, "issuer");
    requireNonNull(year, "year");
    return of(issuer, NumberingPolicy.STATE_YEAR, Validity.between(year.atDay(1), year.atMonth(12).atEndOfMonth()));
  }

  /**
   * Returns the term of a party committee that begins after a congress whose successor has not yet closed: from
   * the day after the closing day, open-ended (Hướng dẫn 36-HD/VPTW, Mục II, điểm 1.3.1). Where the new
   * committee's first plenum meets during the congress, the term starts at that plenum instead; give such a term
   * to {@link #forPartyTerm} directly.
   *
   * @param congressClosedOn the closing day of the congress, not null
   * @return the days {@code [closedOn + 1..)}, not null
   */
  public static Validity termAfterCongress(LocalDate congressClosedOn) {
    requireNonNull(congressClosedOn, "congressClosedOn");
    return Validity.from(congressClosedOn.plusDays(1));
  }

  /**
   * Returns the term of a party committee between two congresses: from the day after the closing day of one to the
   * closing day of the next, both counted (Hướng dẫn 36-HD/VPTW, Mục II, điểm 1.3.1).
   *
   * @param congressClosedOn the closing day of the congress that elected the committee, not null
   * @param nextCongressClosedOn the closing day of the next congress, after the first, not null
   * @return the days {@code [closedOn + 1..nextClosedOn]}, not null
   * @throws IllegalArgumentException if the next congress does not close after the first
   */
  public static Validity termBetweenCongresses(LocalDate congressClosedOn, LocalDate nextCongressClosedOn) {
    requireNonNull(congressClosedOn, "congressClosedOn");
    requireNonNull(nextCongressClosedOn, "nextCongressClosedOn");
    checkArgument(
        nextCongressClosedOn.isAfter(congressClosedOn),
        "a term runs from one congress to the next; the next closes on %s, not after %s",
        nextCongressClosedOn,
        congressClosedOn);
    return Validity.between(congressClosedOn.plusDays(1), nextCongressClosedOn);
  }

  /**
   * Rebuilds a register an application has kept, from its entries in order of issue, checking every rule of
   * numbering on the way: each entry carries the next number of its sequence and the issuer's code, falls within the
   * days covered, and is not dated before the entry before it in its sequence.
   *
   * @param issuer the issuer, not null
   * @param policy the numbering policy, not null
   * @param covers the days covered, not null
   * @param entries the entries in order of issue, voided ones included, not null, none null
   * @return the register, not null
   * @throws IllegalArgumentException if the register could not have been built by issuing and voiding those entries
   *     in that order; the message names the first entry at fault
   */
  public static OutgoingRegister restore(
      Issuer issuer, NumberingPolicy policy, Validity covers, Iterable<RegisterEntry> entries) {
    requireNonNull(issuer, "issuer");
    requireNonNull(policy, "policy");
    requireNonNull(covers, "covers");
    requireNonNull(entries, "entries");
    OutgoingRegister register = of(issuer, policy, covers);
    for (RegisterEntry entry : entries) {
      requireNonNull(entry, "entry");
      RegisterEntry expected =
          register.next(entry.type(), entry.issuedOn(), entry.summary(), entry.secrecy());
      checkArgument(
          expected.symbol().equals(entry.symbol()),
          "the register of %s would give %s to the %s issued on %s; the entry kept says %s",
          issuer.code(),
          expected.symbol(),
          entry.type().vietnameseName(),
          entry.issuedOn(),
          entry.symbol());
      register = register.with(entry);
    }
    return register;
  }

  /**
   * Returns the issuer whose code the symbols carry.
   *
   * @return the issuer, not null
   */
  public Issuer issuer() {
    return issuer;
  }

  /**
   * Returns the numbering policy.
   *
   * @return the policy, not null
   */
  public NumberingPolicy policy() {
    return policy;
  }

  /**
   * Returns the days this register covers: the term, the congress or the year.
   *
   * @return the days, not null
   */
  public Validity covers() {
    return covers;
  }

  /**
   * Returns every entry in order of issue, voided ones included. The list is made on the first call, in time linear
   * in the length of the register, and kept.
   *
   * @return the entries, not null
   */
  public ImmutableList<RegisterEntry> entries() {
    ImmutableList<RegisterEntry> list = entryList;
    if (list == null) {
      list = entries.asList();
      entryList = list;
    }
    return list;
  }

  /**
   * Returns the entries of the sequence a type is numbered in, in order of issue: those of the type's code under a
   * per-type policy, all entries otherwise.
   *
   * @param type the type, not null
   * @return the entries of its sequence, numbered 1 to n, not null
   */
  public ImmutableList<RegisterEntry> sequence(DocumentType type) {
    requireNonNull(type, "type");
    if (!policy.perType()) {
      return entries();
    }
    return sequenceOf(type.code())
        .map(s -> Streams.stream(s.positions).map(entries::get).collect(ImmutableList.toImmutableList()))
        .orElse(ImmutableList.of());
  }

  /**
   * Returns the voided entries, in order of issue.
   *
   * @return the voided entries, not null
   */
  public ImmutableList<RegisterEntry> voided() {
    if (voids == 0) {
      return ImmutableList.of();
    }
    return Streams.stream(entries).filter(RegisterEntry::isVoid).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the entry of a symbol.
   *
   * @param symbol the symbol, not null
   * @return the entry, or empty if this register gave no such number
   */
  public Optional<RegisterEntry> entry(DocumentSymbol symbol) {
    requireNonNull(symbol, "symbol");
    int position = positionOf(symbol);
    return position < 0 ? Optional.empty() : Optional.of(entries.get(position));
  }

  /**
   * Where the entry of a symbol stands: its number's place in its sequence, if the entry there carries the symbol.
   *
   * @return the index in {@link #entries}, or -1 if this register gave no such number
   */
  private int positionOf(DocumentSymbol symbol) {
    int number = symbol.number();
    int position = -1;
    if (!policy.perType()) {
      position = number >= 1 && number <= entries.size() ? number - 1 : -1;
    } else {
      Optional<Sequence> sequence = sequenceOf(symbol.typeCode());
      if (sequence.isPresent() && number >= 1 && number <= sequence.get().positions.size()) {
        position = sequence.get().positions.get(number - 1);
      }
    }
    return position >= 0 && entries.get(position).symbol().equals(symbol) ? position : -1;
  }

  /**
   * Returns the last number given in the sequence of a type, voided or not.
   *
   * @param type the type, not null
   * @return the last number, or 0 if the sequence has none yet
   */
  public int lastNumber(DocumentType type) {
    return last(requireNonNull(type, "type")).map(RegisterEntry::number).orElse(0);
  }

  /**
   * Returns the number the next document of a type would take if issued now. This is not a reservation: the
   * number is given only by {@link #issue}.
   *
   * @param type the type, not null
   * @return the next number, 1 or more
   */
  public int nextNumber(DocumentType type) {
    return lastNumber(type) + 1;
  }

  /**
   * Issues a document with no secrecy mark: gives it the next number of its type's sequence.
   *
   * @param type the type of the document, of the register's system, not null
   * @param on the day of issue, within {@link #covers()}, not before the last issue of the sequence; not null
   * @param summary the summary (trích yếu), not blank
   * @return the new register and the new entry, not null
   * @throws IllegalArgumentException if the type is not of the register's system
   * @throws IllegalArgumentException if the day is outside the days the register covers
   * @throws IllegalArgumentException if the day is before the last issue of the sequence
   * @throws IllegalArgumentException if the summary is blank
   */
  public Issued issue(DocumentType type, LocalDate on, String summary) {
    return issue(type, on, summary, Secrecy.NONE);
  }

  /**
   * Issues a document: gives it the next number of its type's sequence. A secret document takes its number from
   * the same sequence as other documents of its type.
   *
   * @param type the type of the document, of the register's system, not null
   * @param on the day of issue, within {@link #covers()}, not before the last issue of the sequence; not null
   * @param summary the summary (trích yếu), not blank
   * @param secrecy the secrecy mark, not null
   * @return the new register and the new entry, not null
   * @throws IllegalArgumentException if the type is not of the register's system
   * @throws IllegalArgumentException if the day is outside the days the register covers
   * @throws IllegalArgumentException if the day is before the last issue of the sequence
   * @throws IllegalArgumentException if the summary is blank
   */
  public Issued issue(DocumentType type, LocalDate on, String summary, Secrecy secrecy) {
    RegisterEntry entry = next(type, on, summary, secrecy);
    return new Issued(with(entry), entry);
  }

  private RegisterEntry next(DocumentType type, LocalDate on, String summary, Secrecy secrecy) {
    requireNonNull(type, "type");
    requireNonNull(on, "on");
    requireNonNull(summary, "summary");
    requireNonNull(secrecy, "secrecy");
    checkArgument(
        type.system() == policy.system(),
        "the register of %s numbers %ss; %s is a type of %ss",
        issuer.code(),
        policy.system().englishName(),
        type,
        type.system().englishName());
    checkArgument(
        covers.contains(on),
        "the register of %s under %s covers %s; a document issued on %s belongs to another register",
        issuer.code(),
        policy,
        covers,
        on);
    Optional<RegisterEntry> last = last(type);
    last.ifPresent(
        previous ->
            checkArgument(
                !on.isBefore(previous.issuedOn()),
                "issue dates do not go backwards within a sequence: %s was issued on %s, so the next cannot be"
                    + " issued on %s",
                previous.symbol(),
                previous.issuedOn(),
                on));
    int number = last.map(RegisterEntry::number).orElse(0) + 1;
    DocumentSymbol symbol =
        policy.system() == DocumentSystem.PARTY
            ? DocumentSymbol.party(number, type.code(), issuer.code())
            : DocumentSymbol.state(number, type.code(), issuer.code());
    return RegisterEntry.builder()
        .symbol(symbol)
        .type(type)
        .issuedOn(on)
        .summary(summary)
        .secrecy(secrecy)
        .build();
  }

  /** This register with one more entry, which carries the next number of its sequence. */
  private OutgoingRegister with(RegisterEntry entry) {
    ImmutableList<Sequence> longer = sequences;
    if (policy.perType()) {
      String code = entry.type().code();
      Integer position = entries.size();
      ImmutableList.Builder<Sequence> changed = ImmutableList.builderWithExpectedSize(sequences.size() + 1);
      boolean found = false;
      for (Sequence sequence : sequences) {
        if (sequence.code.equals(code)) {
          changed.add(new Sequence(code, sequence.positions.plus(position)));
          found = true;
        } else {
          changed.add(sequence);
        }
      }
      if (!found) {
        changed.add(new Sequence(code, PersistentVector.<Integer>empty().plus(position)));
      }
      longer = changed.build();
    }
    return new OutgoingRegister(
        issuer, policy, covers, entries.plus(entry), longer, voids + (entry.isVoid() ? 1 : 0));
  }

  /** The last entry of the sequence a type is numbered in, without reading the other entries. */
  private Optional<RegisterEntry> last(DocumentType type) {
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    if (!policy.perType()) {
      return Optional.of(entries.last());
    }
    return sequenceOf(type.code()).map(s -> entries.get(s.positions.last()));
  }

  private Optional<Sequence> sequenceOf(String code) {
    for (Sequence sequence : sequences) {
      if (sequence.code.equals(code)) {
        return Optional.of(sequence);
      }
    }
    return Optional.empty();
  }

  /** The positions in the register of the entries of one type code, in order of issue: number n at index n - 1. */
  @Immutable
  private static final class Sequence {
    final String code;
    final PersistentVector<Integer> positions;

    Sequence(String code, PersistentVector<Integer> positions) {
      this.code = code;
      this.positions = positions;
    }
  }

  /**
   * Voids an issued number: the entry stays, marked void with the day and the reason, and the number is not given
   * again.
   *
   * @param symbol the symbol of the entry, not null
   * @param on the day of voiding, not before the day of issue, not null
   * @param reason why the number is voided, not blank
   * @return the register with the entry voided, not null
   * @throws IllegalArgumentException if this register holds no entry of that symbol
   * @throws IllegalArgumentException if the number is already void
   * @throws IllegalArgumentException if the day is before the day of issue, or the reason is blank
   */
  public OutgoingRegister voidNumber(DocumentSymbol symbol, LocalDate on, String reason) {
    requireNonNull(symbol, "symbol");
    Voiding voiding = Voiding.of(requireNonNull(on, "on"), requireNonNull(reason, "reason"));
    int position = positionOf(symbol);
    if (position >= 0) {
      RegisterEntry voided = entries.get(position).voided(voiding);
      return new OutgoingRegister(
          issuer, policy, covers, entries.with(position, voided), sequences, voids + 1);
    }
    throw new IllegalArgumentException(
        "only a number that was given can be voided: the register of "
            + issuer.code()
            + " covering "
            + covers
            + " gave no "
            + symbol);
  }

  /**
   * Returns this register with its period ended on a day, for example a term ended by the closing day of the next
   * congress.
   *
   * @param lastDay the last day covered, within {@link #covers()}, not before the last issue, not null
   * @return the register covering {@code [start..lastDay]}, not null
   * @throws IllegalArgumentException if the day is outside the days covered, or a document was issued after it
   * @throws IllegalArgumentException if this is a State register and the day is not 31 December
   */
  public OutgoingRegister endingOn(LocalDate lastDay) {
    Validity shorter = covers.endingOn(requireNonNull(lastDay, "lastDay"));
    for (RegisterEntry entry : entries) {
      checkArgument(
          !entry.issuedOn().isAfter(lastDay),
          "a register cannot end before its last issue: %s was issued on %s, after %s",
          entry.symbol(),
          entry.issuedOn(),
          lastDay);
    }
    OutgoingRegister empty = of(issuer, policy, shorter);
    return new OutgoingRegister(empty.issuer, empty.policy, empty.covers, entries, sequences, voids);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OutgoingRegister other
        && issuer.equals(other.issuer)
        && policy == other.policy
        && covers.equals(other.covers)
        && entries().equals(other.entries());
  }

  @Override
  public int hashCode() {
    return Objects.hash(issuer, policy, covers, entries());
  }

  /**
   * Returns the issuer, policy, days and size: "OutgoingRegister[VPTU, PARTY_TERM, [2020-10-15..), 12 entries, 1
   * void]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "OutgoingRegister["
        + issuer.code()
        + ", "
        + policy
        + ", "
        + covers
        + ", "
        + entries.size()
        + " entries, "
        + voids
        + " void]";
  }
}
