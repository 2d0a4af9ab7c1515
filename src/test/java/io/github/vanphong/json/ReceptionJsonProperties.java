package io.github.vanphong.json;

import static io.github.vanphong.json.JsonLaws.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import io.github.vanphong.reception.Acting;
import io.github.vanphong.reception.AdHocGround;
import io.github.vanphong.reception.Cadence;
import io.github.vanphong.reception.ComplianceStatus;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.DelegationRule;
import io.github.vanphong.reception.DutyHolder;
import io.github.vanphong.reception.DutyPeriod;
import io.github.vanphong.reception.ParticipatingBody;
import io.github.vanphong.reception.ProcedureRequirement;
import io.github.vanphong.reception.ProcedureRule;
import io.github.vanphong.reception.ReceptionDuty;
import io.github.vanphong.reception.ReceptionOutcome;
import io.github.vanphong.reception.ReceptionPlace;
import io.github.vanphong.reception.ReceptionRule;
import io.github.vanphong.reception.ReceptionRuleBook;
import io.github.vanphong.reception.ReceptionSchedule;
import io.github.vanphong.reception.RefusalGround;
import io.github.vanphong.reception.RefusalNotice;
import io.github.vanphong.reception.RefusalRule;
import io.github.vanphong.reception.RegisterColumn;
import io.github.vanphong.reception.RegisterForm;
import io.github.vanphong.reception.ReportPeriod;
import io.github.vanphong.reception.ReportPeriodKind;
import io.github.vanphong.reception.ScheduleDay;
import io.github.vanphong.reception.ScheduleShift;
import io.github.vanphong.reception.ScheduledDate;
import io.github.vanphong.reception.SessionCommand;
import io.github.vanphong.reception.SessionId;
import io.github.vanphong.reception.SessionKind;
import io.github.vanphong.reception.SessionOpening;
import io.github.vanphong.reception.SessionState;
import io.github.vanphong.testing.ReceptionArbitraries;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.reception}. */
class ReceptionJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  @Property(tries = 20)
  void enumerationsObeyTheLaws(@ForAll("constants") Enum<?> constant) {
    assertLaws(constant);
  }

  @Provide
  Arbitrary<Enum<?>> constants() {
    return Arbitraries.oneOf(
        Arbitraries.of(AdHocGround.class),
        Arbitraries.of(Cadence.class),
        Arbitraries.of(ComplianceStatus.class),
        Arbitraries.of(ParticipatingBody.class),
        Arbitraries.of(ProcedureRequirement.class),
        Arbitraries.of(ReceptionOutcome.class),
        Arbitraries.of(ReceptionPlace.class),
        Arbitraries.of(RefusalGround.class),
        Arbitraries.of(RefusalNotice.class),
        Arbitraries.of(RegisterColumn.class),
        Arbitraries.of(RegisterForm.class),
        Arbitraries.of(ReportPeriodKind.class),
        Arbitraries.of(ScheduleShift.class),
        Arbitraries.of(SessionCommand.class),
        Arbitraries.of(SessionKind.class),
        Arbitraries.of(SessionState.class));
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> void assertLaws(Enum<?> constant) {
    JsonLaws.assertLaws((E) constant, (Class<E>) constant.getDeclaringClass());
  }

  @Property(tries = 50)
  void sessionIdsObeyTheLaws(@ForAll SessionId id) {
    JsonLaws.assertLaws(id, SessionId.class);
  }

  @Property(tries = 50)
  void cutOffsObeyTheLaws(@ForAll CutOff cutOff) {
    JsonLaws.assertLaws(cutOff, CutOff.class);
  }

  @Property(tries = 100)
  void reportPeriodsObeyTheLaws(@ForAll ReportPeriod period) {
    JsonLaws.assertLaws(period, ReportPeriod.class);
  }

  @Property(tries = 100)
  void scheduleDaysObeyTheLaws(@ForAll ScheduleDay day) {
    JsonLaws.assertLaws(day, ScheduleDay.class);
  }

  @Property(tries = 50)
  void scheduledDatesObeyTheLaws(@ForAll ScheduledDate date) {
    JsonLaws.assertLaws(date, ScheduledDate.class);
  }

  @Property(tries = 50)
  void dutyHoldersObeyTheLaws(@ForAll DutyHolder holder) {
    JsonLaws.assertLaws(holder, DutyHolder.class);
  }

  @Property(tries = 50)
  void actingsObeyTheLaws(@ForAll Acting acting) {
    JsonLaws.assertLaws(acting, Acting.class);
  }

  @Property(tries = 50)
  void dutiesObeyTheLaws(@ForAll ReceptionDuty duty) {
    JsonLaws.assertLaws(duty, ReceptionDuty.class);
  }

  @Property(tries = 50)
  void refusalRulesObeyTheLaws(@ForAll RefusalRule rule) {
    JsonLaws.assertLaws(rule, RefusalRule.class);
  }

  @Property(tries = 50)
  void delegationRulesObeyTheLaws(@ForAll DelegationRule rule) {
    JsonLaws.assertLaws(rule, DelegationRule.class);
  }

  @Property(tries = 50)
  void procedureRulesObeyTheLaws(@ForAll ProcedureRule rule) {
    JsonLaws.assertLaws(rule, ProcedureRule.class);
  }

  /** A rule is written with its variant's tag inside a rule book; alone, its own class's form has no tag. */
  @Property(tries = 50)
  void rulesObeyTheLawsInsideABook(@ForAll ReceptionRule rule) {
    JsonLaws.assertLaws(ReceptionRuleBook.of(List.of(rule)), ReceptionRuleBook.class);
  }

  @Property(tries = 10)
  void ruleBooksObeyTheLaws(@ForAll ReceptionRuleBook book) {
    JsonLaws.assertRoundTrip(book, ReceptionRuleBook.class);
  }

  @Example
  void theStandardRuleBookObeysTheLaws() {
    JsonLaws.assertLaws(ReceptionRuleBook.of(ReceptionRuleBook.standard().rules().subList(0, 3)), ReceptionRuleBook.class);
    JsonLaws.assertRoundTrip(ReceptionRuleBook.standard(), ReceptionRuleBook.class);
  }

  @Property(tries = 50)
  void schedulesObeyTheLaws(@ForAll ReceptionSchedule schedule) {
    JsonLaws.assertLaws(schedule, ReceptionSchedule.class);
  }

  @Property(tries = 50)
  void dutyPeriodsObeyTheLaws(@ForAll DutyPeriod period) {
    JsonLaws.assertLaws(period, DutyPeriod.class);
  }

  @Property(tries = 50)
  void openingsObeyTheLaws(@ForAll SessionOpening opening) {
    JsonLaws.assertLaws(opening, SessionOpening.class);
  }

  @Example
  void aRangeIsWrittenByItsEnds() {
    assertThat(JsonLaws.write(ReceptionRuleBook.DELEGATION_OF_5_TO_10))
        .contains("\"headcount\":{\"atLeast\":5,\"atMost\":10}");
    assertThat(JsonLaws.write(ReceptionRuleBook.DELEGATION_OVER_10)).contains("\"headcount\":{\"atLeast\":11}");
    DelegationRule open =
        DelegationRule.builder()
            .from(ReceptionRuleBook.DELEGATION_OF_5_TO_10)
            .headcount(Range.open(4, 11))
            .build();
    assertThat(JsonLaws.write(open)).contains("\"headcount\":{\"moreThan\":4,\"lessThan\":11}");
    JsonLaws.assertLaws(open, DelegationRule.class);
  }

  @Example
  void aRangeWithTwoLowerEndsIsRefused() {
    String json =
        JsonLaws.write(ReceptionRuleBook.DELEGATION_OF_5_TO_10)
            .replace("\"headcount\":{\"atLeast\":5", "\"headcount\":{\"atLeast\":5,\"moreThan\":4");
    assertRefusedAt(json, DelegationRule.class, "$.headcount");
  }

  @Example
  void aReportPeriodIsWrittenByItsFirstMonth() {
    ReportPeriod quarter = ReportPeriod.quarter(2016, 2, CutOff.onDay(20));
    assertThat(JsonLaws.write(quarter))
        .isEqualTo("{\"kind\":\"quarter\",\"firstMonth\":\"2016-04\",\"cutOff\":{\"dayOfMonth\":20}}");
    JsonLaws.assertLaws(ReportPeriod.month(YearMonth.of(2016, 3), CutOff.monthEnd()), ReportPeriod.class);
  }

  @Example
  void aQuarterThatDoesNotBeginAQuarterIsRefused() {
    assertRefusedAt(
        "{\"kind\":\"quarter\",\"firstMonth\":\"2016-05\",\"cutOff\":{}}", ReportPeriod.class, "$.firstMonth");
    assertRefusedAt("{\"kind\":\"year\",\"firstMonth\":\"2016-02\",\"cutOff\":{}}", ReportPeriod.class, "$.firstMonth");
  }

  @Example
  void aScheduleDayNamesOneForm() {
    assertThat(JsonLaws.write(ScheduleDay.lastOfMonth(DayOfWeek.FRIDAY)))
        .isEqualTo("{\"weekday\":\"friday\",\"last\":true}");
    assertThat(JsonLaws.write(ScheduleDay.nthOfMonth(2, DayOfWeek.MONDAY)))
        .isEqualTo("{\"weekday\":\"monday\",\"rank\":2}");
    assertRefusedAt("{\"dayOfMonth\":15,\"weekday\":\"monday\"}", ScheduleDay.class, "$");
    assertRefusedAt("{\"weekday\":\"monday\",\"rank\":2,\"last\":true}", ScheduleDay.class, "$");
    assertRefusedAt("{}", ScheduleDay.class, "$");
    assertRefusedAt("{\"dayOfMonth\":32}", ScheduleDay.class, "$");
  }

  @Example
  void aDutyHolderOfUnitsAndKindsAtOnceIsRefused() {
    assertRefusedAt(
        "{\"postKinds\":[\"secretary\"],\"unitKinds\":[\"office\"],\"units\":[\"VPTU\"],\"levels\":[]}",
        DutyHolder.class,
        "$");
  }

  @Example
  void anUnknownRuleIsRefusedNamingTheRules() {
    assertRefusedAt("{\"rule\":\"penalty\",\"name\":\"X\"}", ReceptionRule.class, "$.rule");
  }
}
