package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A dated step of the budget calendar: what is to be done, by which day of which year relative to the budget year,
 * for which budget years, under which instrument. For example {@link BudgetCalendar#NATIONAL_ASSEMBLY_DECIDES_2015}:
 * the National Assembly decides the estimates by 15 November of the year before the budget year (Luật Ngân sách nhà
 * nước 83/2015/QH13, Điều 44), for budget years 2018 to 2026.
 *
 * <p>A step is a rule of the calendar's book ({@link BudgetCalendar#with}, {@link BudgetCalendar#without}): an
 * application replaces one whose day it knows better, such as a step marked unconfirmed. The names are kept in
 * Unicode NFC.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@ValueType
public abstract class BudgetStep implements Bilingual, Rule {

  /** The first budget year the library's calendar answers for. */
  public static final int FIRST_BUDGET_YEAR = 2017;

  /** The last budget year the library's calendar answers for. */
  public static final int LAST_BUDGET_YEAR = 2199;

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  BudgetStep() {}

  /**
   * The step's name, as the code spells it, for example "NATIONAL_ASSEMBLY_DECIDES_2015".
   *
   * @return the name, 1 to 64 characters of {@code [A-Z0-9_]} starting with a letter
   */
  @Override
  public abstract String name();

  /**
   * What is done, in Vietnamese, for example "Quốc hội quyết định dự toán ngân sách nhà nước".
   *
   * @return the Vietnamese name, not blank, in NFC
   */
  @Override
  public abstract String vietnameseName();

  /**
   * What is done, in English, for example "The National Assembly decides the estimates".
   *
   * @return the English name, not blank
   */
  @Override
  public abstract String englishName();

  /**
   * The phase of the budget cycle the step belongs to.
   *
   * @return the phase, not null
   */
  public abstract BudgetPhase phase();

  /**
   * The year of the due day, counted from the budget year: -1 for the year before (the estimates), 0 for the budget
   * year, 1 for the year after (the closing of the year).
   *
   * @return -1, 0 or 1
   */
  public abstract int yearOffset();

  /**
   * The day of the year the step is due by, inclusive: for example {@code --11-15}.
   *
   * @return the day, not null
   */
  public abstract MonthDay due();

  /**
   * The first budget year the step applies to.
   *
   * @return the year, from {@link #FIRST_BUDGET_YEAR} to {@link #LAST_BUDGET_YEAR}
   */
  public abstract int firstBudgetYear();

  /**
   * The last budget year the step applies to, if it ends.
   *
   * @return the year, not before {@link #firstBudgetYear()}, or empty if the step still applies
   */
  public abstract Optional<Integer> lastBudgetYear();

  /**
   * The instrument and article that set the step, with how firmly it is confirmed; a step whose basis is
   * unconfirmed is data an application replaces with its own.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns the citation of the step's basis, for example "Luật Ngân sách nhà nước 83/2015/QH13, Điều 44".
   *
   * @return the citation, present
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis().citation());
  }

  /**
   * Tells whether the step applies to a budget year.
   *
   * @param budgetYear the budget year
   * @return true if the year lies from {@link #firstBudgetYear()} to {@link #lastBudgetYear()}
   */
  public boolean appliesTo(int budgetYear) {
    return budgetYear >= firstBudgetYear() && lastBudgetYear().map(last -> budgetYear <= last).orElse(budgetYear <= LAST_BUDGET_YEAR);
  }

  /**
   * Returns the day the step is due by in a budget year: its day of the year, in the budget year moved by {@link
   * #yearOffset()}; 29 February becomes the 28th in a common year.
   *
   * @param budgetYear a budget year the step applies to
   * @return the due day, not null
   * @throws IllegalArgumentException if the step does not apply to the year
   */
  public LocalDate dueIn(int budgetYear) {
    checkArgument(
        appliesTo(budgetYear),
        "budget step %s applies to budget years %s to %s, not %s",
        name(),
        firstBudgetYear(),
        lastBudgetYear().orElse(LAST_BUDGET_YEAR),
        budgetYear);
    return due().atYear(budgetYear + yearOffset());
  }

  /**
   * Returns a builder; every attribute but {@link #lastBudgetYear()} is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BudgetStep}; {@code from(step)} starts from an existing step, to replace its day or basis.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableBudgetStep.Builder {
    Builder() {}
  }

  @Value.Check
  BudgetStep normalize() {
    checkArgument(
        NAME.matcher(name()).matches(),
        "a budget step's name is 1 to 64 characters of [A-Z0-9_] starting with a letter: %s",
        Texts.quote(name()));
    checkArgument(!Texts.isBlank(vietnameseName()), "budget step %s needs a Vietnamese name: %s", name(), Texts.quote(vietnameseName()));
    checkArgument(!Texts.isBlank(englishName()), "budget step %s needs an English name: %s", name(), Texts.quote(englishName()));
    checkArgument(
        yearOffset() >= -1 && yearOffset() <= 1,
        "budget step %s falls in the year before, of or after the budget year (-1, 0 or 1): %s",
        name(),
        yearOffset());
    checkArgument(
        firstBudgetYear() >= FIRST_BUDGET_YEAR && firstBudgetYear() <= LAST_BUDGET_YEAR,
        "budget step %s starts with a budget year from %s to %s: %s",
        name(),
        FIRST_BUDGET_YEAR,
        LAST_BUDGET_YEAR,
        firstBudgetYear());
    lastBudgetYear()
        .ifPresent(
            last ->
                checkArgument(
                    last >= firstBudgetYear() && last <= LAST_BUDGET_YEAR,
                    "budget step %s ends with a budget year from %s to %s: %s",
                    name(),
                    firstBudgetYear(),
                    LAST_BUDGET_YEAR,
                    last));
    String vietnamese = Normalizer.normalize(vietnameseName(), Normalizer.Form.NFC);
    String english = Normalizer.normalize(englishName(), Normalizer.Form.NFC);
    return vietnamese.equals(vietnameseName()) && english.equals(englishName())
        ? this
        : builder().from(this).vietnameseName(vietnamese).englishName(english).build();
  }

  /**
   * Returns the name, the day and the citation: "NATIONAL_ASSEMBLY_DECIDES_2015 --11-15 (year -1), Luật Ngân sách
   * nhà nước 83/2015/QH13, Điều 44".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return name() + " " + due() + " (year " + (yearOffset() > 0 ? "+" : "") + yearOffset() + "), " + basis().citation();
  }
}
