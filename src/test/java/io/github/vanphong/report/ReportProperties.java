package io.github.vanphong.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.testing.GenericArbitraries;
import io.github.vanphong.testing.ReportArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of periods, due days, summaries and roll-ups over generated values. */
class ReportProperties {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  @Provide
  Arbitrary<LocalDate> days() {
    return GenericArbitraries.days();
  }

  @Provide
  Arbitrary<CutOff> cutOffs() {
    return ReportArbitraries.cutOffs();
  }

  @Property(tries = 300)
  void everyDayLiesInExactlyOneMonthAndOneYear(
      @ForAll("days") LocalDate day, @ForAll("cutOffs") CutOff cutOff) {
    for (PeriodKind kind : List.of(PeriodKind.MONTH, PeriodKind.YEAR)) {
      ReportingPeriod period = ReportingPeriod.containing(kind, day, cutOff).orElseThrow();
      assertThat(period.contains(day)).isTrue();
      // the periods before and after do not hold it, and they touch this one
      Optional<ReportingPeriod> before = ReportingPeriod.containing(kind, period.first().minusDays(1), cutOff);
      Optional<ReportingPeriod> after = ReportingPeriod.containing(kind, period.last().plusDays(1), cutOff);
      assertThat(before.orElseThrow().contains(day)).isFalse();
      assertThat(after.orElseThrow().contains(day)).isFalse();
      assertThat(before.orElseThrow().last().plusDays(1)).isEqualTo(period.first());
    }
  }

  @Property(tries = 300)
  void everyDayLiesInExactlyOneQuarterAndOneHalf(@ForAll("days") LocalDate day, @ForAll("cutOffs") CutOff cutOff) {
    long quarters =
        List.of(PeriodKind.FIRST_QUARTER, PeriodKind.SECOND_QUARTER, PeriodKind.THIRD_QUARTER, PeriodKind.FOURTH_QUARTER)
            .stream()
            .filter(kind -> ReportingPeriod.containing(kind, day, cutOff).isPresent())
            .count();
    long halves =
        List.of(PeriodKind.FIRST_SIX_MONTHS, PeriodKind.LAST_SIX_MONTHS).stream()
            .filter(kind -> ReportingPeriod.containing(kind, day, cutOff).isPresent())
            .count();
    assertThat(quarters).isEqualTo(1);
    assertThat(halves).isEqualTo(1);
  }

  @Property(tries = 300)
  void aPeriodContainingADayIsThePeriodOfItsKindAndYear(
      @ForAll("days") LocalDate day, @ForAll("cutOffs") CutOff cutOff) {
    for (PeriodKind kind : List.of(PeriodKind.NINE_MONTHS, PeriodKind.THIRD_QUARTER, PeriodKind.LAST_SIX_MONTHS)) {
      ReportingPeriod.containing(kind, day, cutOff)
          .ifPresent(p -> assertThat(p).isEqualTo(ReportingPeriod.of(kind, p.last().getYear(), cutOff)));
    }
  }

  @Property(tries = 200)
  void aDueDayIsAWorkingDayAtLeastOneWorkingDayAfterTheCutOff(@ForAll ReportCheck check) {
    LocalDate due = check.dueDate();
    assertThat(CALENDAR.isWorkingDay(due)).isTrue();
    assertThat(due).isAfterOrEqualTo(CALENDAR.plusWorkingDays(check.period().last(), 1));
    assertThat(CALENDAR.workingDaysBetween(check.period().last(), due)).isGreaterThanOrEqualTo(1);
  }

  @Property(tries = 200)
  void aStatusFollowsFromTheDaysAlone(@ForAll ReportCheck check) {
    ReportStatus status = check.status();
    assertThat(status.isSent()).isEqualTo(check.sentOn().isPresent());
    check.sentOn().ifPresent(sent -> assertThat(sent).isBeforeOrEqualTo(check.asOf()));
    if (status == ReportStatus.MISSING) {
      assertThat(check.asOf()).isAfter(check.dueDate());
    }
  }

  @Property(tries = 100)
  void compliancesObeyTheMergeLaws(
      @ForAll ReportingCompliance a, @ForAll ReportingCompliance b, @ForAll ReportingCompliance c) {
    LocalDate day = a.asOf().orElse(LocalDate.of(2020, 1, 1));
    ReportingCompliance onA = moved(a, day);
    ReportingCompliance onB = moved(b, day);
    ReportingCompliance onC = moved(c, day);
    SummaryLaws.mergeLaws(ReportingCompliance.empty(), onA, onB, onC);
    SummaryLaws.collectorLaws(
        List.of(onA, onB, onC), 2, ReportingCompliance.collector(), s -> s, ReportingCompliance.empty());
  }

  /** The same lines, judged on another day. */
  private static ReportingCompliance moved(ReportingCompliance summary, LocalDate day) {
    ReportingCompliance result = ReportingCompliance.empty();
    for (UnitId unit : summary.units()) {
      ReportingCompliance line = summary.forUnit(unit);
      result =
          result.plus(ReportingCompliance.of(day, unit, line.onTime(), line.late(), line.missing(), line.notYetDue()));
    }
    return result;
  }

  @Property(tries = 100)
  void aUnitsRolledUpFiguresAreItsOwnPlusThoseOfItsChildren(@ForAll ReportingComplianceRollUp rollUp) {
    UnitTree tree = rollUp.tree();
    for (Unit unit : tree.units()) {
      ReportingCompliance expected = rollUp.own(unit.id());
      for (Unit child : tree.children(unit.id())) {
        expected = expected.plus(rollUp.rolledUp(child.id()));
      }
      assertThat(rollUp.rolledUp(unit.id())).isEqualTo(expected);
    }
    ReportingCompliance own = ReportingCompliance.empty();
    for (Unit unit : tree.units()) {
      own = own.plus(rollUp.own(unit.id()));
    }
    assertThat(rollUp.total()).isEqualTo(own);
    assertThat(rollUp.total().plus(rollUp.unplaced())).isEqualTo(rollUp.summary());
  }
}
