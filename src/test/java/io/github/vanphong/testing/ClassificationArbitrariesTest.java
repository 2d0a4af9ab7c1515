package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.petition.ClassificationRule;
import io.github.vanphong.petition.Classifier;
import io.github.vanphong.petition.EligibilityRule;
import io.github.vanphong.petition.LetterFacts;
import io.github.vanphong.petition.RoutingRule;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class ClassificationArbitrariesTest {

  private static final List<Class<?>> PROVIDED =
      List.of(LetterFacts.class, EligibilityRule.class, RoutingRule.class, ClassificationRule.class, Classifier.class);

  private final ClassificationArbitraryProvider provider = new ClassificationArbitraryProvider();

  @Property(tries = 50)
  void generatedRulesRestOnBasesInOrderFrom2010To2030(@ForAll ClassificationRule rule) {
    assertThat(rule.bases()).hasSizeBetween(1, 3);
    assertThat(rule.bases()).isSortedAccordingTo((a, b) -> a.inForceFrom().compareTo(b.inForceFrom()));
    assertThat(rule.bases().get(0).inForceFrom()).isBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31));
    assertThat(rule.name()).startsWith("QUY_CHE_");
  }

  @Property(tries = 20)
  void everyClassificationTypeResolvesThroughTheProvider(
      @ForAll LetterFacts facts,
      @ForAll EligibilityRule eligibility,
      @ForAll RoutingRule routing,
      @ForAll Classifier classifier) {
    assertThat(facts.toString()).startsWith("LetterFacts{");
    assertThat(eligibility.kinds()).isNotEmpty();
    assertThat(routing.subjectKinds()).isNotEmpty();
    assertThat(classifier.rules().size()).isBetween(0, Classifier.standard().rules().size() + 5);
    Set<String> names = new HashSet<>();
    classifier.rules().forEach(r -> assertThat(names.add(r.name())).isTrue());
  }

  @Test
  void generatedFactsTakeEveryValue() {
    List<LetterFacts> sample = ClassificationArbitraries.letterFacts().sampleStream().limit(300).toList();
    assertThat(sample).extracting(LetterFacts::withinCompetence).contains(true, false);
    assertThat(sample).extracting(LetterFacts::alreadyForwarded).contains(true, false);
    assertThat(sample).extracting(LetterFacts::inVietnamese).contains(true, false);
    assertThat(sample).anySatisfy(f -> assertThat(f.topics()).hasSizeGreaterThan(1));
  }

  @Test
  void theProviderProvidesOnlyTheClassificationTypes() {
    for (Class<?> type : PROVIDED) {
      assertThat(provider.canProvideFor(TypeUsage.of(type))).as("%s", type).isTrue();
      assertThat(provider.provideFor(TypeUsage.of(type), t -> Set.of())).as("%s", type).hasSize(1);
    }
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.provideFor(TypeUsage.of(String.class), t -> Set.of())).isEmpty();
  }

  @Test
  void theProviderIsRegisteredAndAloneInProvidingItsTypes() {
    List<ArbitraryProvider> providers =
        ServiceLoader.load(ArbitraryProvider.class).stream().map(ServiceLoader.Provider::get).toList();
    assertThat(providers).anySatisfy(p -> assertThat(p).isInstanceOf(ClassificationArbitraryProvider.class));
    for (Class<?> type : PROVIDED) {
      assertThat(providers.stream().filter(p -> p.canProvideFor(TypeUsage.of(type))).count()).as("%s", type).isEqualTo(1);
    }
  }
}
