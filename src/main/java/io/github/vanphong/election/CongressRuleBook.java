package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.NamedLists;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The terms of Party congresses (nhiệm kỳ đại hội), each chosen by the day of the congress that opened it, and the
 * congress calendar of an organisation: for every Party organisation of a chart, the next congress due and whether it
 * is due or overdue on a day, given the congresses an application recorded ({@link CongressRegister}). For example a
 * cell that held its congress on 2020-06-15 is due again on 2022-12-15 and overdue after 2023-06-15.
 *
 * <p>The standard book ({@link #standard()}) holds the terms of Điều lệ Đảng 2011: the national congress every five
 * years, moved by at most a year (Điều 15, khoản 1, verified in a reproduction of the text); provincial and district
 * congresses likewise (Điều 18: the article reported, its wording read only in an older Statute, so
 * <b>unconfirmed</b>); grassroots congresses every five years (Điều 22, khoản 1, not read: the shift of a year is an
 * assumption, <b>unconfirmed</b>); a cell under a grassroots committee twice in five years, moved by at most six
 * months with the grassroots committee's consent (Điều 24, khoản 3, as quoted by the Party's press). District
 * congresses end with the district level on 2025-06-30 (Quy định 294-QĐ/TW). The five-year pilot for cells under
 * Quy định 294-QĐ/TW is not in the standard book, since it applies only where the pilot does: {@link
 * #CELL_PILOT_TERM_2025} is there for an application to put in.
 *
 * <p>A unit's last congress is the one recorded for its own identifier: a unit formed by a merger starts with no
 * congress recorded ({@link CongressStatus#NOT_RECORDED}) until the application records the congress that opened it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CongressRuleBook {

  /** The national congress: every five years, moved by at most a year (Điều lệ Đảng 2011, Điều 15, khoản 1). */
  public static final CongressTerm NATIONAL_TERM_2011 =
      CongressTerm.builder()
          .name("NATIONAL_TERM_2011")
          .tier(CongressTier.NATIONAL)
          .months(60)
          .maximumShiftMonths(12)
          .basis(basis("Điều 15, khoản 1", Confirmation.VERIFIED, Optional.empty()))
          .build();

  /**
   * A provincial congress: every five years, moved by at most a year (Điều lệ Đảng 2011, Điều 18, reported; its
   * wording read in an older Statute only, so unconfirmed).
   */
  public static final CongressTerm PROVINCIAL_TERM_2011 =
      CongressTerm.builder()
          .name("PROVINCIAL_TERM_2011")
          .tier(CongressTier.PROVINCIAL)
          .months(60)
          .maximumShiftMonths(12)
          .basis(basis("Điều 18", Confirmation.UNCONFIRMED, Optional.empty()))
          .build();

  /**
   * A district congress: as a provincial one (Điều lệ Đảng 2011, Điều 18, unconfirmed), for congresses held until the
   * district level ended on 2025-06-30.
   */
  public static final CongressTerm DISTRICT_TERM_2011 =
      CongressTerm.builder()
          .name("DISTRICT_TERM_2011")
          .tier(CongressTier.DISTRICT)
          .months(60)
          .maximumShiftMonths(12)
          .basis(basis("Điều 18", Confirmation.UNCONFIRMED, Optional.of(LocalDate.of(2025, 6, 30))))
          .build();

  /**
   * A grassroots congress: every five years (Điều lệ Đảng 2011, Điều 22, khoản 1, not read); the shift of at most a
   * year is an assumption. Unconfirmed: an application replaces it once the article is read.
   */
  public static final CongressTerm GRASSROOTS_TERM_2011 =
      CongressTerm.builder()
          .name("GRASSROOTS_TERM_2011")
          .tier(CongressTier.GRASSROOTS)
          .months(60)
          .maximumShiftMonths(12)
          .basis(basis("Điều 22, khoản 1", Confirmation.UNCONFIRMED, Optional.empty()))
          .build();

  /**
   * A cell under a grassroots committee: twice in five years, moved by at most six months with the grassroots
   * committee's consent (Điều lệ Đảng 2011, Điều 24, khoản 3: "Đại hội chi bộ do chi ủy triệu tập năm năm hai lần …
   * không quá sáu tháng").
   */
  public static final CongressTerm CELL_TERM_2011 =
      CongressTerm.builder()
          .name("CELL_TERM_2011")
          .tier(CongressTier.CELL)
          .months(30)
          .maximumShiftMonths(6)
          .basis(basis("Điều 24, khoản 3", Confirmation.REPORTED, Optional.empty()))
          .build();

  /**
   * The pilot of Quy định 294-QĐ/TW for cells: a congress once in five years, for congresses from 2025-07-01 (as
   * reported); the shift of six months is carried over from the Statute, unconfirmed. Not in the standard book: an
   * application whose cells are in the pilot ends {@link #CELL_TERM_2011} on 2025-06-30 (a copy with that
   * validity, put in with {@link #with(CongressTerm) with}), then puts this term in, since one term is chosen for a
   * congress.
   */
  public static final CongressTerm CELL_PILOT_TERM_2025 =
      CongressTerm.builder()
          .name("CELL_PILOT_TERM_2025")
          .tier(CongressTier.CELL)
          .months(60)
          .maximumShiftMonths(6)
          .basis(
              LegalBasis.builder()
                  .instrument(Instruments.PARTY_REGULATION_294_2025)
                  .article("Quy định thi hành Điều lệ, nhiệm kỳ chi bộ (thí điểm)")
                  .confirmation(Confirmation.UNCONFIRMED)
                  .build())
          .build();

  private static final CongressRuleBook STANDARD =
      new CongressRuleBook(
          ImmutableList.of(
              NATIONAL_TERM_2011, PROVINCIAL_TERM_2011, DISTRICT_TERM_2011, GRASSROOTS_TERM_2011, CELL_TERM_2011));

  private final ImmutableList<CongressTerm> terms;

  private CongressRuleBook(ImmutableList<CongressTerm> terms) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < terms.size(); i++) {
      CongressTerm term = terms.get(i);
      checkArgument(names.add(term.name()), "a rule book names each term once; %s is there twice", Texts.quote(term.name()));
      for (int j = 0; j < i; j++) {
        CongressTerm other = terms.get(j);
        checkArgument(
            other.tier() != term.tier() || !other.validity().overlaps(term.validity()),
            "one term is chosen for a congress: %s and %s both date %s congresses of %s",
            other.name(),
            term.name(),
            term.tier(),
            other.validity().intersection(term.validity()).map(Object::toString).orElse(""));
      }
    }
    this.terms = terms;
  }

  private static LegalBasis basis(String article, Confirmation confirmation, Optional<LocalDate> until) {
    LegalBasis.Builder basis =
        LegalBasis.builder()
            .instrument(Instruments.PARTY_STATUTE_2011)
            .article(article)
            .confirmation(confirmation);
    until.ifPresent(basis::inForceUntil);
    return basis.build();
  }

  /**
   * Returns the standard book: the terms of Điều lệ Đảng 2011.
   *
   * @return the book, not null
   */
  public static CongressRuleBook standard() {
    return STANDARD;
  }

  /**
   * Returns a book of an application's terms.
   *
   * @param terms the terms, not null, none null
   * @return the book, not null
   * @throws IllegalArgumentException if two terms have one name, or two of one tier are chosen for a same day
   */
  public static CongressRuleBook of(List<CongressTerm> terms) {
    return new CongressRuleBook(Arguments.list(terms, "terms"));
  }

  /**
   * Returns this book with a term in place of the one of its name, or added; this book is left as it was.
   *
   * @param term the term, not null
   * @return the new book, not null
   * @throws IllegalArgumentException if the term would be chosen for a day another term of its tier is
   */
  public CongressRuleBook with(CongressTerm term) {
    requireNonNull(term, "term");
    return new CongressRuleBook(NamedLists.with(terms, term, CongressTerm::name));
  }

  /**
   * Returns this book without the term of a name; this book is left as it was.
   *
   * @param name the name, not null
   * @return the new book, not null
   */
  public CongressRuleBook without(String name) {
    requireNonNull(name, "name");
    return new CongressRuleBook(NamedLists.without(terms, name, CongressTerm::name));
  }

  /**
   * Returns the terms, in the order of the book.
   *
   * @return the terms, not null
   */
  public ImmutableList<CongressTerm> terms() {
    return terms;
  }

  /**
   * Returns the term of a tier chosen for a congress held on a day.
   *
   * @param tier the tier, not null
   * @param heldOn the day of the congress, not null
   * @return the term, or empty if the book has none for the tier and day
   */
  public Optional<CongressTerm> termFor(CongressTier tier, LocalDate heldOn) {
    requireNonNull(tier, "tier");
    requireNonNull(heldOn, "heldOn");
    return terms.stream().filter(t -> t.tier() == tier && t.isChosenFor(heldOn)).findFirst();
  }

  /**
   * Returns how each Party organisation of a tree stands on the tree's day: its tier, its last congress recorded on or
   * before the day, the term chosen for it and the status. Offices, boards and State bodies hold no congress and are
   * left out.
   *
   * @param tree the units on the day asked about, not null
   * @param register the congresses held, not null
   * @return the checks, in the order of the tree, not null
   */
  public ImmutableList<CongressCheck> check(UnitTree tree, CongressRegister register) {
    requireNonNull(tree, "tree");
    requireNonNull(register, "register");
    LocalDate asOf = tree.date();
    ImmutableList.Builder<CongressCheck> checks = ImmutableList.builder();
    for (Unit unit : tree.units()) {
      Optional<CongressTier> tier = CongressTier.of(tree, unit);
      if (tier.isEmpty()) {
        continue;
      }
      Optional<LocalDate> last = register.lastHeld(unit.id(), asOf);
      Optional<CongressTerm> term = last.flatMap(day -> termFor(tier.get(), day));
      checks.add(CongressCheck.of(unit.id(), tier.get(), last, term, asOf));
    }
    return checks.build();
  }

  /**
   * Returns how each Party organisation of a chart stands on a day, as {@link #check(UnitTree, CongressRegister)
   * check} does for the chart's units alive that day.
   *
   * @param chart the org chart, not null
   * @param register the congresses held, not null
   * @param asOf the day asked about, not null
   * @return the checks, not null
   */
  public ImmutableList<CongressCheck> check(OrgChart chart, CongressRegister register, LocalDate asOf) {
    requireNonNull(chart, "chart");
    requireNonNull(register, "register");
    requireNonNull(asOf, "asOf");
    return check(chart.asOf(asOf), register);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CongressRuleBook other && terms.equals(other.terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /**
   * Returns a readable form: "CongressRuleBook[NATIONAL_TERM_2011, …]".
   *
   * @return the names of the terms, not null
   */
  @Override
  public String toString() {
    return "CongressRuleBook" + terms.stream().map(CongressTerm::name).toList();
  }
}
