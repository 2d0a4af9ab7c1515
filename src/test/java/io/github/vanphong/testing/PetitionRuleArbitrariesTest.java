package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.petition.Circumstances;
import io.github.vanphong.petition.Complexity;
import io.github.vanphong.petition.PetitionRuleBook;
import io.github.vanphong.petition.PetitionTimeLimit;
import java.time.LocalDate;
import java.util.Set;
import java.util.ServiceLoader;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class PetitionRuleArbitrariesTest {

  private final PetitionRuleArbitraryProvider provider = new PetitionRuleArbitraryProvider();

  @Property(tries = 50)
  void generatedRulesAreValidAndWithinTheirBounds(@ForAll PetitionTimeLimit rule) {
    assertThat(rule.kinds()).isNotEmpty().allSatisfy(k -> assertThat(rule.stage().appliesTo(k)).isTrue());
    assertThat(rule.limit().days()).isBetween(1, 200);
    assertThat(rule.maxExtensions()).isBetween(0, 3);
    assertThat(rule.maxExtensionDays()).isBetween(0, 60);
    assertThat(rule.validity().start()).isBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31));
  }

  @Property(tries = 50)
  void generatedWorkflowRulesAreValidAndFitTheirCommand(
      @ForAll io.github.vanphong.petition.WorkflowRule rule, @ForAll io.github.vanphong.petition.RuleDays days) {
    assertThat(rule.command()).isNotEqualTo(io.github.vanphong.petition.PetitionCommand.RECEIVE);
    assertThat(rule.kinds()).isNotEmpty();
    assertThat(rule.procedures()).isNotEmpty();
    assertThat(rule.validity().start()).isBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2040, 12, 31));
    assertThat(PetitionRuleBook.of(rule).workflowRules()).containsExactly(rule);
    assertThat(days.act()).isAfterOrEqualTo(days.received());
    days.accepted().ifPresent(a -> assertThat(days.act()).isAfterOrEqualTo(a));
  }

  @Property(tries = 20)
  void everyPetitionRuleTypeResolvesThroughTheProvider(
      @ForAll Complexity complexity, @ForAll Circumstances circumstances, @ForAll PetitionRuleBook book) {
    assertThat(complexity).isNotNull();
    assertThat(circumstances.toString()).contains("/");
    assertThat(book.rules().size()).isBetween(0, PetitionRuleBook.standard().rules().size() + 5);
  }

  @Test
  void theProviderProvidesOnlyThePetitionRuleTypes() {
    for (Class<?> type :
        Set.of(
            Complexity.class,
            Circumstances.class,
            PetitionTimeLimit.class,
            io.github.vanphong.petition.WorkflowRule.class,
            io.github.vanphong.petition.PetitionRule.class,
            io.github.vanphong.petition.RuleDays.class,
            PetitionRuleBook.class)) {
      assertThat(provider.canProvideFor(TypeUsage.of(type))).as("%s", type).isTrue();
      assertThat(provider.provideFor(TypeUsage.of(type), t -> Set.of())).as("%s", type).hasSize(1);
    }
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.provideFor(TypeUsage.of(String.class), t -> Set.of())).isEmpty();
  }

  @Test
  void theProviderIsRegisteredAsAService() {
    assertThat(ServiceLoader.load(ArbitraryProvider.class).stream().map(ServiceLoader.Provider::type))
        .contains(PetitionRuleArbitraryProvider.class);
  }

  @Test
  void generatedLimitsCountCalendarAndWorkingDays() {
    assertThat(
            PetitionRuleArbitraries.timeLimits().sampleStream().limit(200).map(r -> r.limit().count()).distinct())
        .containsExactlyInAnyOrder(io.github.vanphong.calendar.DayCount.values());
  }
}
