package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.reception.Acting;
import io.github.vanphong.reception.AdHocCall;
import io.github.vanphong.reception.ComplianceCheck;
import io.github.vanphong.reception.ComplianceRollUp;
import io.github.vanphong.reception.ComplianceSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.Delegation;
import io.github.vanphong.reception.DelegationRule;
import io.github.vanphong.reception.DutyHolder;
import io.github.vanphong.reception.DutyPeriod;
import io.github.vanphong.reception.Entered;
import io.github.vanphong.reception.Matter;
import io.github.vanphong.reception.ProcedureRule;
import io.github.vanphong.reception.ReceptionCompliance;
import io.github.vanphong.reception.ReceptionDuty;
import io.github.vanphong.reception.ReceptionEntry;
import io.github.vanphong.reception.ReceptionRegister;
import io.github.vanphong.reception.ReceptionRule;
import io.github.vanphong.reception.ReceptionRuleBook;
import io.github.vanphong.reception.ReceptionSchedule;
import io.github.vanphong.reception.ReceptionSession;
import io.github.vanphong.reception.ReceptionTally;
import io.github.vanphong.reception.ReceptionViolation;
import io.github.vanphong.reception.Refusal;
import io.github.vanphong.reception.RefusalRule;
import io.github.vanphong.reception.ReportPeriod;
import io.github.vanphong.reception.ScheduleDay;
import io.github.vanphong.reception.ScheduledDate;
import io.github.vanphong.reception.SessionEvent;
import io.github.vanphong.reception.SessionId;
import io.github.vanphong.reception.SessionOpening;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class ReceptionArbitrariesTest {

  private static final List<Class<?>> PROVIDED =
      List.of(
          SessionId.class, CutOff.class, ReportPeriod.class, DutyHolder.class, ReceptionDuty.class,
          RefusalRule.class, DelegationRule.class, ProcedureRule.class, ReceptionRule.class,
          ReceptionRuleBook.class, Delegation.class, Matter.class, ReceptionViolation.class, SessionOpening.class,
          SessionEvent.class, Refusal.class, ReceptionSession.class, ReceptionRegister.class, ReceptionEntry.class,
          Entered.class, ScheduleDay.class, ScheduledDate.class, ReceptionSchedule.class, Acting.class,
          AdHocCall.class, ComplianceCheck.class, ReceptionCompliance.class, DutyPeriod.class,
          ComplianceSummary.class, ComplianceRollUp.class, ReceptionTally.class);

  @Test
  void everyReceptionTypeIsProvidedByExactlyOneRegisteredProvider() {
    List<ArbitraryProvider> providers =
        ServiceLoader.load(ArbitraryProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.getClass().getPackageName().equals("io.github.vanphong.testing"))
            .collect(Collectors.toList());
    assertThat(providers).extracting(p -> p.getClass().getSimpleName()).contains("ReceptionArbitraryProvider");
    for (Class<?> type : PROVIDED) {
      TypeUsage usage = TypeUsage.of(type);
      assertThat(providers.stream().filter(p -> p.canProvideFor(usage)).count()).as("%s", type).isEqualTo(1);
      assertThat(new ReceptionArbitraryProvider().provideFor(usage, u -> java.util.Set.of())).hasSize(1);
    }
    assertThat(new ReceptionArbitraryProvider().provideFor(TypeUsage.of(String.class), u -> java.util.Set.of()))
        .isEmpty();
  }

  @Test
  void theProvinceHoldsAHolderForEveryHeadsPostAndTheMergersOf2025() {
    OrgChart province = ReceptionArbitraries.province();
    assertThat(province.asOf(LocalDate.of(2016, 1, 1)).size()).isEqualTo(16);
    assertThat(province.asOf(LocalDate.of(2026, 1, 1)).size()).isEqualTo(7);
    assertThat(province.appointments()).extracting(a -> a.post().kind()).contains(PostKind.NATIONAL_ASSEMBLY_DEPUTY);
  }

  @Property(tries = 10)
  void theWorkflowsAndRegistersAreOnesTheLibraryMade(
      @ForAll ReceptionSession session,
      @ForAll ReceptionRegister register,
      @ForAll Entered entered,
      @ForAll ReceptionEntry entry,
      @ForAll Refusal refusal,
      @ForAll SessionEvent event,
      @ForAll SessionOpening opening) {
    assertThat(ReceptionSession.replay(session.history())).isEqualTo(session);
    assertThat(ReceptionRegister.restore(register.keeper(), register.entries())).isEqualTo(register);
    assertThat(entered.register().entries()).containsAll(entered.entries());
    assertThat(entry.number()).isPositive();
    assertThat(refusal.number()).isPositive();
    assertThat(event.on()).isAfterOrEqualTo(ReceptionArbitraries.FIRST_DAY);
    assertThat(opening.id().value()).startsWith("TCD-");
  }

  @Property(tries = 10)
  void theRulesAndValuesAreValid(
      @ForAll ReceptionRuleBook book,
      @ForAll ReceptionRule rule,
      @ForAll ReceptionDuty duty,
      @ForAll DutyHolder holder,
      @ForAll RefusalRule refusalRule,
      @ForAll DelegationRule delegationRule,
      @ForAll ProcedureRule procedureRule,
      @ForAll Delegation delegation) {
    assertThat(book.rules()).isNotEmpty();
    assertThat(rule.name()).isNotBlank();
    assertThat(duty.days()).isPositive();
    assertThat(holder.postKinds()).isNotEmpty();
    assertThat(refusalRule.ground()).isNotNull();
    assertThat(delegationRule.headcount().hasLowerBound()).isTrue();
    assertThat(procedureRule.requirement()).isNotNull();
    assertThat(delegation.representatives()).isBetween(1, delegation.headcount());
  }

  @Property(tries = 10)
  void theSchedulesPeriodsAndComplianceAreValid(
      @ForAll Matter matter,
      @ForAll ReceptionViolation violation,
      @ForAll ScheduleDay day,
      @ForAll ScheduledDate date,
      @ForAll ReceptionSchedule schedule,
      @ForAll CutOff cutOff,
      @ForAll ReportPeriod period,
      @ForAll SessionId id) {
    assertThat(matter.summary()).isNotBlank();
    assertThat(violation.message()).isNotBlank();
    assertThat(day.toString()).isNotBlank();
    assertThat(date.held()).isNotNull();
    assertThat(schedule.days()).isNotEmpty();
    assertThat(period.cutOff()).isNotNull();
    assertThat(cutOff.toString()).isNotBlank();
    assertThat(id.value()).startsWith("TCD-");
  }

  @Property(tries = 10)
  void theComplianceAndStatisticsAreValid(
      @ForAll Acting acting,
      @ForAll AdHocCall call,
      @ForAll ComplianceCheck check,
      @ForAll ReceptionCompliance compliance,
      @ForAll DutyPeriod dutyPeriod,
      @ForAll ComplianceSummary summary,
      @ForAll ComplianceRollUp rollUp,
      @ForAll ReceptionTally tally) {
    assertThat(acting.term().end()).isPresent();
    assertThat(call.post()).isNotNull();
    assertThat(check.chart()).isEqualTo(ReceptionArbitraries.province());
    assertThat(compliance.asOf()).isAfterOrEqualTo(compliance.period().first());
    assertThat(dutyPeriod.required()).isPositive();
    assertThat(summary.posts()).isBetween(0, 4);
    assertThat(rollUp.total().posts()).isBetween(0, 4);
    assertThat(tally.sessions()).isBetween(0, 6);
  }
}
