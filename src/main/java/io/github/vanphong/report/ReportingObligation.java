package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What one unit owes: the reports of some kinds of a regime, sent to a recipient. For example the office of a
 * district committee owes the quarterly petition-work reports of Thông tư 02/2021/TT-TTCP to the provincial
 * committee's office. An application declares the rules that give them ({@link ReportingObligations}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingObligation {

  private final UnitId unit;
  private final Recipient recipient;
  private final ReportingRegime regime;
  private final ImmutableSet<PeriodKind> kinds;

  private ReportingObligation(
      UnitId unit, Recipient recipient, ReportingRegime regime, ImmutableSet<PeriodKind> kinds) {
    this.unit = unit;
    this.recipient = recipient;
    this.regime = regime;
    this.kinds = kinds;
  }

  /**
   * Returns an obligation.
   *
   * @param unit the unit that reports, not null
   * @param recipient whom it reports to, not null
   * @param regime the regime, not null
   * @param kinds the kinds of report owed, one or more of the regime's, not null, none null
   * @return the obligation, not null
   * @throws IllegalArgumentException if there is no kind, a kind is not the regime's ({@link
   *     ReportingRule#KIND_OF_REGIME}), or the unit reports to itself
   */
  public static ReportingObligation of(
      UnitId unit, Recipient recipient, ReportingRegime regime, Set<PeriodKind> kinds) {
    requireNonNull(unit, "unit");
    requireNonNull(recipient, "recipient");
    requireNonNull(regime, "regime");
    ImmutableSet<PeriodKind> owed = Sets.immutableEnumSet(Arguments.elements(kinds, "kinds"));
    checkKinds(regime, owed);
    checkArgument(
        !recipient.unitId().map(unit::equals).orElse(false), "a unit does not report to itself: %s", unit);
    return new ReportingObligation(unit, recipient, regime, owed);
  }

  static void checkKinds(ReportingRegime regime, Set<PeriodKind> kinds) {
    checkArgument(!kinds.isEmpty(), "an obligation owes at least one kind of report of %s", regime.name());
    checkArgument(
        regime.kinds().containsAll(kinds),
        "%s: the kinds owed %s are not all kinds of %s, whose kinds are %s",
        ReportingRule.KIND_OF_REGIME.name(),
        kinds,
        regime.name(),
        regime.kinds());
  }

  /**
   * Returns the unit that reports.
   *
   * @return the unit, not null
   */
  public UnitId unit() {
    return unit;
  }

  /**
   * Returns whom the unit reports to.
   *
   * @return the recipient, not null
   */
  public Recipient recipient() {
    return recipient;
  }

  /**
   * Returns the regime.
   *
   * @return the regime, not null
   */
  public ReportingRegime regime() {
    return regime;
  }

  /**
   * Returns the kinds of report owed.
   *
   * @return the kinds, one or more, in their order, not null
   */
  public ImmutableSet<PeriodKind> kinds() {
    return kinds;
  }

  /**
   * Returns the due day of a period's report under the regime.
   *
   * @param period a period of a kind owed, counted with the regime's cut-off, not null
   * @param calendar the working calendar, not null
   * @return the due day, not null
   * @throws IllegalArgumentException if the period is not of a kind owed ({@link ReportingRule#PERIOD_OF_OBLIGATION}),
   *     or the regime refuses it ({@link ReportingRegime#dueDate})
   * @throws java.time.DateTimeException if a day counted lies outside the calendar's range
   */
  public LocalDate dueDate(ReportingPeriod period, WorkingCalendar calendar) {
    checkPeriod(period);
    return regime.dueDate(period, calendar);
  }

  void checkPeriod(ReportingPeriod period) {
    requireNonNull(period, "period");
    checkArgument(
        kinds.contains(period.kind()),
        "%s: %s owes %s reports of %s, not %s",
        ReportingRule.PERIOD_OF_OBLIGATION.name(),
        unit,
        kinds,
        regime.name(),
        period);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportingObligation other
        && unit.equals(other.unit)
        && recipient.equals(other.recipient)
        && regime.equals(other.regime)
        && kinds.equals(other.kinds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, recipient, regime, kinds);
  }

  /**
   * Returns the unit, the recipient, the regime and the kinds.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return unit + " → " + recipient + ": " + regime.name() + " " + kinds;
  }
}
