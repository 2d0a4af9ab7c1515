package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.Rule;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The term (nhiệm kỳ) of the congresses of a tier of Party organisations: how many months after a congress the next is
 * due, and by how many months the convening committee may, with the higher committee's consent, hold it earlier or
 * later. For example {@link CongressRuleBook#CELL_TERM_2011}: a cell under a grassroots committee holds its congress
 * twice in five years, every 30 months, earlier or later by at most 6 months with the grassroots committee's consent
 * (Điều lệ Đảng 2011, Điều 24, khoản 3).
 *
 * <p>A term is chosen by the day of the congress that opened it, not by the day asked about: a congress held under the
 * Statute's terms keeps them until the next. {@link #validity()} holds those days; a term whose figures are not
 * confirmed by the text read says so in its basis's {@link Confirmation}, and an application replaces it in its own
 * book ({@link CongressRuleBook#with(CongressTerm) with}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class CongressTerm implements Rule {

  CongressTerm() {}

  /**
   * The name, for example "CELL_TERM_2011", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The tier whose congresses the term dates.
   *
   * @return the tier, not null
   */
  public abstract CongressTier tier();

  /**
   * The months from a congress to the next one due, for example 60 for "năm năm một lần", 30 for "năm năm hai lần".
   *
   * @return the months, 1 or more
   */
  public abstract int months();

  /**
   * The most months the congress may be held earlier or later than due, with the higher committee's consent, for
   * example 12 for "không quá một năm".
   *
   * @return the months, 0 or more, fewer than {@link #months()}
   */
  public abstract int maximumShiftMonths();

  /**
   * The legal basis, with its confirmation.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * The days of the congresses whose term this is; those of its basis unless set.
   *
   * @return the days, not null
   */
  @Value.Default
  public Validity validity() {
    return basis().validity();
  }

  /**
   * Returns a builder. The name, tier, months, shift and basis are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CongressTerm}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCongressTerm.Builder {
    Builder() {}
  }

  /**
   * Tells whether the term is chosen for a congress held on a day.
   *
   * @param heldOn the day of the congress that opens the term, not null
   * @return true if the day lies within {@link #validity()}
   */
  public boolean isChosenFor(LocalDate heldOn) {
    return validity().contains(requireNonNull(heldOn, "heldOn"));
  }

  /**
   * Returns the day the next congress is due after one held on a day: that day plus {@link #months()}.
   *
   * @param heldOn the day of the last congress, not null
   * @return the day due, after {@code heldOn}
   */
  public LocalDate dueAfter(LocalDate heldOn) {
    return requireNonNull(heldOn, "heldOn").plusMonths(months());
  }

  @Override
  public Optional<String> citation() {
    return Optional.of(basis().citation());
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(name()), "a congress term needs a name: %s", Texts.quote(name()));
    checkArgument(months() >= 1 && months() <= 1200, "%s: a term lasts 1 to 1200 months; it was %s", name(), months());
    checkArgument(
        maximumShiftMonths() >= 0 && maximumShiftMonths() < months(),
        "%s: a congress moves by 0 months or more, fewer than its term of %s; the shift was %s",
        name(),
        months(),
        maximumShiftMonths());
  }

  /**
   * Returns the readable form, for example "CELL_TERM_2011: CELL every 30 months, moved by at most 6, Điều lệ Đảng
   * Cộng sản Việt Nam 2011, Điều 24, khoản 3 [2011-01-19..)".
   *
   * @return the name, tier, months, shift, basis and days, not null
   */
  @Override
  public String toString() {
    return name()
        + ": "
        + tier()
        + " every "
        + months()
        + " months, moved by at most "
        + maximumShiftMonths()
        + ", "
        + basis().citation()
        + " "
        + validity()
        + (basis().confirmation() == Confirmation.VERIFIED
            ? ""
            : " (" + basis().confirmation().englishName().toLowerCase(Locale.ROOT) + ")");
  }
}
