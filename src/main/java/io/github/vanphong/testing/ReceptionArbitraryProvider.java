package io.github.vanphong.testing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik fill {@code @ForAll} parameters of the reception's types from {@link ReceptionArbitraries}: for example
 * {@code @Property void p(@ForAll ReceptionSession session)} gets sessions at any point of their workflow. It provides
 * every public value type of {@code io.github.vanphong.reception}; enums such as {@code RefusalGround} need no
 * provider, as jqwik generates every enum.
 *
 * <p>It is registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}, so jqwik finds it once
 * vanphong is on the test class path. It is not declared in {@code module-info}: jqwik is optional.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ReceptionArbitraryProvider implements ArbitraryProvider {

  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(SessionId.class, ReceptionArbitraries::sessionIds)
          .put(CutOff.class, ReceptionArbitraries::cutOffs)
          .put(ReportPeriod.class, ReceptionArbitraries::reportPeriods)
          .put(DutyHolder.class, ReceptionArbitraries::dutyHolders)
          .put(ReceptionDuty.class, ReceptionArbitraries::duties)
          .put(RefusalRule.class, ReceptionArbitraries::refusalRules)
          .put(DelegationRule.class, ReceptionArbitraries::delegationRules)
          .put(ProcedureRule.class, ReceptionArbitraries::procedureRules)
          .put(ReceptionRule.class, ReceptionArbitraries::rules)
          .put(ReceptionRuleBook.class, ReceptionArbitraries::ruleBooks)
          .put(Delegation.class, ReceptionArbitraries::delegations)
          .put(Matter.class, ReceptionArbitraries::matters)
          .put(ReceptionViolation.class, ReceptionArbitraries::violations)
          .put(SessionOpening.class, ReceptionArbitraries::openings)
          .put(SessionEvent.class, ReceptionArbitraries::events)
          .put(Refusal.class, ReceptionArbitraries::refusals)
          .put(ReceptionSession.class, ReceptionArbitraries::sessions)
          .put(ReceptionRegister.class, ReceptionArbitraries::registers)
          .put(ReceptionEntry.class, ReceptionArbitraries::entries)
          .put(Entered.class, ReceptionArbitraries::entered)
          .put(ScheduleDay.class, ReceptionArbitraries::scheduleDays)
          .put(ScheduledDate.class, ReceptionArbitraries::scheduledDates)
          .put(ReceptionSchedule.class, ReceptionArbitraries::schedules)
          .put(Acting.class, ReceptionArbitraries::actings)
          .put(AdHocCall.class, ReceptionArbitraries::adHocCalls)
          .put(ComplianceCheck.class, ReceptionArbitraries::complianceChecks)
          .put(ReceptionCompliance.class, ReceptionArbitraries::compliances)
          .put(DutyPeriod.class, ReceptionArbitraries::dutyPeriods)
          .put(ComplianceSummary.class, ReceptionArbitraries::complianceSummaries)
          .put(ComplianceRollUp.class, ReceptionArbitraries::complianceRollUps)
          .put(ReceptionTally.class, ReceptionArbitraries::tallies)
          .build();

  /** Creates the provider; jqwik calls this through the service loader. */
  public ReceptionArbitraryProvider() {}

  /**
   * Tells whether the type is one of the reception's types this provider fills.
   *
   * @param targetType the type of a {@code @ForAll} parameter, not null
   * @return true for every public value type of the reception package
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
  }

  /**
   * Returns the arbitrary for the type.
   *
   * @param targetType the type of a {@code @ForAll} parameter, one this provider {@linkplain
   *     #canProvideFor(TypeUsage) can provide for}
   * @param subtypeProvider not used: these types have no type parameters
   * @return one arbitrary, or none for another type
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return ARBITRARIES.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(Map.Entry::getValue)
        .map(Supplier::get)
        .collect(ImmutableSet.toImmutableSet());
  }
}
