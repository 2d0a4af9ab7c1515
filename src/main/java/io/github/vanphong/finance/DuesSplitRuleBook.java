package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.NamedLists;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The splits of collected dues between the levels of the Party (trích để lại, nộp lên cấp trên), each chosen by the
 * month: for example in March 2020 a commune's grassroots organisation keeps 90% of its dues and sends 10% to the
 * district committee ({@link #COMMUNE_GRASSROOTS_2011}).
 *
 * <p>The standard book ({@link #standard()}) holds the four splits of Quy định 342-QĐ/TW for the months from April
 * 2011 to January 2026, as reported by a secondary source (the text was not read). For the months from February 2026
 * Quy định 01-QĐ/TW governs, and its table was not found: the standard book has no rule for those months and refuses
 * them, naming the gap, until an application adds its own rules ({@link #with(DuesSplitRule) with}). A split of 70%
 * kept and 30% sent up for a cell, printed by one third-party application, is not confirmed and is not in the book.
 * The standard rules round the kept part half up to the đồng, the application's choice, not the text's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DuesSplitRuleBook {

  /** The rounding of the kept part in the standard rules: half up to the đồng, the application's choice. */
  public static final Rounding STANDARD_ROUNDING = Rounding.toDong(RoundingMode.HALF_UP);

  /** The first month of Quy định 01-QĐ/TW, whose split is not found (a gap the application fills). */
  public static final YearMonth FIRST_MONTH_OF_01_2026 = YearMonth.of(2026, 2);

  private static final Validity UNDER_342 = Validity.between(LocalDate.of(2011, 4, 1), LocalDate.of(2026, 1, 31));
  private static final LegalBasis SPLIT_342 =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_DUES_REGULATION_342_2010)
          .article("Mục II, điểm 1 (phân cấp quản lý đảng phí)")
          .confirmation(Confirmation.REPORTED)
          .build();

  /** A cell under a grassroots committee, April 2011 to January 2026: keeps 30% to 50% (Quy định 342-QĐ/TW). */
  public static final DuesSplitRule CELL_UNDER_GRASSROOTS_2011 =
      standard("CELL_UNDER_GRASSROOTS_2011", DuesLevel.CELL_UNDER_GRASSROOTS, "30", "50");

  /**
   * A grassroots organisation of a commune, ward or town, April 2011 to January 2026: keeps 90%, sends 10% (Quy định
   * 342-QĐ/TW).
   */
  public static final DuesSplitRule COMMUNE_GRASSROOTS_2011 =
      standard("COMMUNE_GRASSROOTS_2011", DuesLevel.COMMUNE_GRASSROOTS, "90", "90");

  /** Another grassroots organisation, April 2011 to January 2026: keeps 70%, sends 30% (Quy định 342-QĐ/TW). */
  public static final DuesSplitRule OTHER_GRASSROOTS_2011 =
      standard("OTHER_GRASSROOTS_2011", DuesLevel.OTHER_GRASSROOTS, "70", "70");

  /** Each level above the grassroots, April 2011 to January 2026: keeps 50%, sends 50% (Quy định 342-QĐ/TW). */
  public static final DuesSplitRule ABOVE_GRASSROOTS_2011 =
      standard("ABOVE_GRASSROOTS_2011", DuesLevel.ABOVE_GRASSROOTS, "50", "50");

  private static final DuesSplitRuleBook STANDARD =
      new DuesSplitRuleBook(
          ImmutableList.of(
              CELL_UNDER_GRASSROOTS_2011, COMMUNE_GRASSROOTS_2011, OTHER_GRASSROOTS_2011, ABOVE_GRASSROOTS_2011));

  private final ImmutableList<DuesSplitRule> rules;

  private DuesSplitRuleBook(ImmutableList<DuesSplitRule> rules) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      DuesSplitRule rule = rules.get(i);
      checkArgument(
          names.add(rule.name()), "a split rule book names each rule once; %s is there twice", Texts.quote(rule.name()));
      for (int j = 0; j < i; j++) {
        DuesSplitRule other = rules.get(j);
        checkArgument(
            other.level() != rule.level() || !other.validity().overlaps(rule.validity()),
            "one dues split is chosen for a month: %s and %s both hold for %s",
            other.name(),
            rule.name(),
            rule.level());
      }
    }
    this.rules = rules;
  }

  private static DuesSplitRule standard(String name, DuesLevel level, String lowest, String highest) {
    return DuesSplitRule.of(
        name, level, Rate.percent(lowest), Rate.percent(highest), UNDER_342, STANDARD_ROUNDING, SPLIT_342);
  }

  /**
   * Returns the standard book: the splits of Quy định 342-QĐ/TW, and none for the months of Quy định 01-QĐ/TW.
   *
   * @return the book, not null
   */
  public static DuesSplitRuleBook standard() {
    return STANDARD;
  }

  /**
   * Returns a book of an application's rules.
   *
   * @param rules the rules, not null, none null
   * @return the book, not null
   * @throws IllegalArgumentException if two rules have one name, or two of a level hold for a same month
   */
  public static DuesSplitRuleBook of(List<DuesSplitRule> rules) {
    return new DuesSplitRuleBook(Arguments.list(rules, "rules"));
  }

  /**
   * Returns this book with a rule in place of the one of its name, or added; this book is left as it was. This is how
   * an application supplies the split of Quy định 01-QĐ/TW it reads.
   *
   * @param rule the rule, not null
   * @return the new book, not null
   * @throws IllegalArgumentException if the rule would hold for a month another rule of its level holds for
   */
  public DuesSplitRuleBook with(DuesSplitRule rule) {
    requireNonNull(rule, "rule");
    return new DuesSplitRuleBook(NamedLists.with(rules, rule, DuesSplitRule::name));
  }

  /**
   * Returns the rules, in the order of the book.
   *
   * @return the rules, not null
   */
  public ImmutableList<DuesSplitRule> rules() {
    return rules;
  }

  /**
   * Returns the rule for a level chosen for a month.
   *
   * @param level the kind of organisation, not null
   * @param month the month, not null
   * @return the rule, or empty if the book has none
   */
  public Optional<DuesSplitRule> ruleFor(DuesLevel level, YearMonth month) {
    requireNonNull(level, "level");
    requireNonNull(month, "month");
    return rules.stream().filter(r -> r.level() == level && r.isChosenFor(month)).findFirst();
  }

  /**
   * Returns the rule for a level chosen for a month, or refuses a month the book has no rule for.
   *
   * @param level the kind of organisation, not null
   * @param month the month, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the book has no rule for the level and month; from February 2026 the message
   *     names the gap of Quy định 01-QĐ/TW
   */
  public DuesSplitRule ruleOf(DuesLevel level, YearMonth month) {
    return ruleFor(level, month)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    month.isBefore(FIRST_MONTH_OF_01_2026)
                        ? "no dues split rule of the book holds for " + level + " in " + month
                        : "no dues split rule of the book holds for "
                            + level
                            + " in "
                            + month
                            + ": the split under "
                            + Instruments.PARTY_DUES_REGULATION_01_2026.name()
                            + " is a gap (not found); supply it with DuesSplitRuleBook.with(...)"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DuesSplitRuleBook other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns a readable form: "DuesSplitRuleBook[CELL_UNDER_GRASSROOTS_2011, …]".
   *
   * @return the names of the rules, not null
   */
  @Override
  public String toString() {
    return "DuesSplitRuleBook" + rules.stream().map(DuesSplitRule::name).toList();
  }
}
