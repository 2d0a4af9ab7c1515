package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.reception.CutOff;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A reporting regime (chế độ báo cáo) with its instrument: the kinds of period it asks reports for, and for each its
 * cut-off and its due rule. For example the State's regime of Nghị định 09/2019/NĐ-CP: monthly, quarterly, half-year
 * and annual reports, counted from the 15th to the 14th (Điều 12), due to the Government by the 25th of the last month
 * of the period (Điều 13).
 *
 * <p>What an instrument does not set is absent, and the application supplies it: {@link #withCutOff} and {@link
 * #withDue} return a regime with the application's value, citing the basis the application gives; a period or a due
 * day asked of a kind without them is refused ({@link ReportingRule#CUT_OFF_GIVEN}, {@link
 * ReportingRule#DUE_RULE_GIVEN}). A regime refuses a due rule of a fixed day that leaves no working day after its
 * kind's cut-off ({@link ReportingRule#MINIMUM_GAP}, Nghị định 09/2019/NĐ-CP, Điều 8, khoản 5). A due day that falls on
 * a day off moves as the regime's {@link DayOffPolicy} says.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingRegime {

  private final String name;
  private final LegalBasis basis;
  private final ImmutableSet<PeriodKind> kinds;
  private final ImmutableMap<PeriodKind, CutOff> cutOffs;
  private final ImmutableMap<PeriodKind, DueRule> dues;
  private final DayOffPolicy dayOffPolicy;

  private ReportingRegime(
      String name,
      LegalBasis basis,
      ImmutableSet<PeriodKind> kinds,
      ImmutableMap<PeriodKind, CutOff> cutOffs,
      ImmutableMap<PeriodKind, DueRule> dues,
      DayOffPolicy dayOffPolicy) {
    this.name = name;
    this.basis = basis;
    this.kinds = kinds;
    this.cutOffs = cutOffs;
    this.dues = dues;
    this.dayOffPolicy = dayOffPolicy;
  }

  /**
   * Returns a regime of some kinds of period, with no cut-off and no due rule yet, under {@link
   * DayOffPolicy#NEXT_WORKING_DAY}.
   *
   * @param name the name, for example "Chế độ báo cáo định kỳ (Nghị định 09/2019/NĐ-CP)", not blank
   * @param basis the instrument and article that set the regime, not null
   * @param kinds the kinds of period, possibly none where the instrument's were not read, not null, none null
   * @return the regime, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static ReportingRegime of(String name, LegalBasis basis, Set<PeriodKind> kinds) {
    requireNonNull(name, "name");
    requireNonNull(basis, "basis");
    Arguments.elements(kinds, "kinds");
    checkArgument(!Texts.isBlank(name), "a reporting regime needs a name: %s", Texts.quote(name));
    return new ReportingRegime(
        Normalizer.normalize(name, Normalizer.Form.NFC),
        basis,
        Sets.immutableEnumSet(kinds),
        ImmutableMap.of(),
        ImmutableMap.of(),
        DayOffPolicy.NEXT_WORKING_DAY);
  }

  /**
   * Returns this regime with a kind of period added, for example a kind an application reads in an instrument the
   * library did not.
   *
   * @param kind the kind, not null
   * @return the regime, not null
   */
  public ReportingRegime withKind(PeriodKind kind) {
    requireNonNull(kind, "kind");
    EnumSet<PeriodKind> more = EnumSet.of(kind);
    more.addAll(kinds);
    return new ReportingRegime(name, basis, Sets.immutableEnumSet(more), cutOffs, dues, dayOffPolicy);
  }

  /**
   * Returns this regime with the cut-off of a kind set or replaced.
   *
   * @param kind a kind of the regime with fixed days, not null
   * @param cutOff the cut-off convention, not null
   * @return the regime, not null
   * @throws IllegalArgumentException if the kind is not one of the regime's or has no fixed period ({@link
   *     ReportingRule#KIND_OF_REGIME}), or the kind's due rule would leave no working day after this cut-off ({@link
   *     ReportingRule#MINIMUM_GAP})
   */
  public ReportingRegime withCutOff(PeriodKind kind, CutOff cutOff) {
    requireNonNull(kind, "kind");
    requireNonNull(cutOff, "cutOff");
    checkKind(kind);
    checkArgument(
        kind.hasFixedPeriod(),
        "%s: a cut-off is given for a kind of fixed days, not %s, in %s",
        ReportingRule.KIND_OF_REGIME.name(),
        kind,
        name);
    DueRule due = dues.get(kind);
    if (due != null) {
      checkGap(kind, cutOff, due);
    }
    return new ReportingRegime(name, basis, kinds, put(cutOffs, kind, cutOff), dues, dayOffPolicy);
  }

  /**
   * Returns this regime with the due rule of a kind set or replaced.
   *
   * @param kind a kind of the regime with fixed days or a term, not null
   * @param due the due rule, not null
   * @return the regime, not null
   * @throws IllegalArgumentException if the kind is not one of the regime's or is a special or ad-hoc report ({@link
   *     ReportingRule#KIND_OF_REGIME}), or the rule leaves no working day after the kind's cut-off ({@link
   *     ReportingRule#MINIMUM_GAP})
   */
  public ReportingRegime withDue(PeriodKind kind, DueRule due) {
    requireNonNull(kind, "kind");
    requireNonNull(due, "due");
    checkKind(kind);
    checkArgument(
        kind.hasFixedPeriod() || kind == PeriodKind.TERM,
        "%s: a due rule is given for a kind of fixed days or a term, not %s, in %s",
        ReportingRule.KIND_OF_REGIME.name(),
        kind,
        name);
    CutOff cutOff = cutOffs.get(kind);
    if (cutOff != null) {
      checkGap(kind, cutOff, due);
    }
    return new ReportingRegime(name, basis, kinds, cutOffs, put(dues, kind, due), dayOffPolicy);
  }

  /**
   * Returns this regime with another policy for a due day that falls on a day off.
   *
   * @param policy the policy, not null
   * @return the regime, not null
   */
  public ReportingRegime withDayOffPolicy(DayOffPolicy policy) {
    requireNonNull(policy, "policy");
    return new ReportingRegime(name, basis, kinds, cutOffs, dues, policy);
  }

  private void checkKind(PeriodKind kind) {
    checkArgument(
        kinds.contains(kind),
        "%s: %s is not a kind of period of %s, whose kinds are %s",
        ReportingRule.KIND_OF_REGIME.name(),
        kind,
        name,
        kinds);
  }

  private void checkGap(PeriodKind kind, CutOff cutOff, DueRule due) {
    checkArgument(
        due.leavesAGapAfter(cutOff),
        "%s: a report is due at least 1 working day after its cut-off (%s); in %s the %s report due %s has its"
            + " cut-off on %s",
        ReportingRule.MINIMUM_GAP.name(),
        ReportingRule.MINIMUM_GAP.citation().orElse(""),
        name,
        kind,
        due,
        cutOff);
  }

  private static <V> ImmutableMap<PeriodKind, V> put(Map<PeriodKind, V> map, PeriodKind kind, V value) {
    EnumMap<PeriodKind, V> copy = new EnumMap<>(PeriodKind.class);
    copy.putAll(map);
    copy.put(kind, value);
    return Maps.immutableEnumMap(copy);
  }

  /**
   * Returns the name.
   *
   * @return the name, not blank, in NFC
   */
  public String name() {
    return name;
  }

  /**
   * Returns the instrument and article that set the regime.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Returns the kinds of period the regime asks reports for.
   *
   * @return the kinds, in their order, not null
   */
  public ImmutableSet<PeriodKind> kinds() {
    return kinds;
  }

  /**
   * Returns the cut-off of a kind.
   *
   * @param kind the kind, not null
   * @return the cut-off, or empty if the kind is not the regime's or its cut-off is not given
   */
  public Optional<CutOff> cutOff(PeriodKind kind) {
    requireNonNull(kind, "kind");
    return Optional.ofNullable(cutOffs.get(kind));
  }

  /**
   * Returns the due rule of a kind.
   *
   * @param kind the kind, not null
   * @return the rule, or empty if the kind is not the regime's or its due rule is not given
   */
  public Optional<DueRule> due(PeriodKind kind) {
    requireNonNull(kind, "kind");
    return Optional.ofNullable(dues.get(kind));
  }

  /**
   * Returns what a due day on a day off becomes.
   *
   * @return the policy, not null
   */
  public DayOffPolicy dayOffPolicy() {
    return dayOffPolicy;
  }

  /**
   * Tells whether the regime's basis is in force on a day.
   *
   * @param day the day, not null
   * @return true if it is
   */
  public boolean isInForceOn(LocalDate day) {
    return basis.isInForceOn(day);
  }

  /**
   * Returns a report month of the regime.
   *
   * @param month the month, of a year from 1901 to 2199, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the regime has no monthly reports or no cut-off for them, or the year is out
   *     of range
   */
  public ReportingPeriod month(YearMonth month) {
    requireNonNull(month, "month");
    return ReportingPeriod.month(month, cutOffOf(PeriodKind.MONTH));
  }

  /**
   * Returns the period of a kind in a year: a quarter, six or nine months, or the year.
   *
   * @param kind the kind, not null
   * @param year the year, from 1901 to 2199
   * @return the period, not null
   * @throws IllegalArgumentException if the kind is not the regime's, has no cut-off given, or is not a kind of a
   *     year, or the year is out of range
   */
  public ReportingPeriod period(PeriodKind kind, int year) {
    requireNonNull(kind, "kind");
    return ReportingPeriod.of(kind, year, cutOffOf(kind));
  }

  /**
   * Returns the period of a kind of the regime that holds a day.
   *
   * @param kind the kind, not null
   * @param day the day, not null
   * @return the period, or empty if no period of the kind holds the day
   * @throws IllegalArgumentException if the kind is not the regime's or has no cut-off given
   */
  public Optional<ReportingPeriod> periodContaining(PeriodKind kind, LocalDate day) {
    requireNonNull(kind, "kind");
    requireNonNull(day, "day");
    return ReportingPeriod.containing(kind, day, cutOffOf(kind));
  }

  private CutOff cutOffOf(PeriodKind kind) {
    checkKind(kind);
    CutOff cutOff = cutOffs.get(kind);
    checkArgument(
        cutOff != null,
        "%s: %s sets no cut-off for the %s report; the application gives one (withCutOff)",
        ReportingRule.CUT_OFF_GIVEN.name(),
        name,
        kind);
    return cutOff;
  }

  /**
   * Returns the due day of a period of the regime: the day its kind's rule names, moved by the regime's {@link
   * DayOffPolicy} if it falls on a day off, and never before the first working day after the cut-off ({@link
   * ReportingRule#MINIMUM_GAP}).
   *
   * @param period a period of one of the regime's kinds, with the regime's cut-off for it, not null
   * @param calendar the working calendar, not null
   * @return the due day, not null
   * @throws IllegalArgumentException if the period's kind is not the regime's or its cut-off is another ({@link
   *     ReportingRule#KIND_OF_REGIME}), or the kind has no due rule given ({@link ReportingRule#DUE_RULE_GIVEN})
   * @throws java.time.DateTimeException if a day counted lies outside the calendar's range
   */
  public LocalDate dueDate(ReportingPeriod period, WorkingCalendar calendar) {
    requireNonNull(period, "period");
    requireNonNull(calendar, "calendar");
    PeriodKind kind = period.kind();
    checkKind(kind);
    checkArgument(
        period.cutOff().equals(Optional.ofNullable(cutOffs.get(kind))),
        "%s: the %s report of %s is counted with cut-off %s, not %s",
        ReportingRule.KIND_OF_REGIME.name(),
        kind,
        name,
        cutOffs.get(kind),
        period.cutOff().map(Object::toString).orElse("none"));
    DueRule due = dues.get(kind);
    checkArgument(
        due != null,
        "%s: %s sets no due day for the %s report; the application gives one (withDue)",
        ReportingRule.DUE_RULE_GIVEN.name(),
        name,
        kind);
    return due.dueDate(period, calendar, dayOffPolicy);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportingRegime other
        && name.equals(other.name)
        && basis.equals(other.basis)
        && kinds.equals(other.kinds)
        && cutOffs.equals(other.cutOffs)
        && dues.equals(other.dues)
        && dayOffPolicy == other.dayOffPolicy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, basis, kinds, cutOffs, dues, dayOffPolicy);
  }

  /**
   * Returns the name, the basis and the kinds, for example "Chế độ báo cáo định kỳ (Nghị định 09/2019/NĐ-CP, Điều
   * 12) [MONTH, FIRST_QUARTER, ...]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return name + " (" + basis.citation() + ") " + kinds;
  }
}
