package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.LunarDate;
import io.github.vanphong.petition.Petition;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

/**
 * The one provider that the module path's service loader gets: it answers for the same types as the providers that
 * the class path finds one by one in {@code META-INF/services}, the day aside.
 */
class VanphongArbitraryProviderTest {

  private final VanphongArbitraryProvider provider = new VanphongArbitraryProvider();

  @Test
  void itAsksEveryProviderRegisteredForTheClassPathButTheDays() {
    Set<String> registered =
        ServiceLoader.load(ArbitraryProvider.class).stream()
            .map(ServiceLoader.Provider::type)
            .map(Class::getName)
            .filter(name -> name.startsWith("io.github.vanphong.testing."))
            .collect(Collectors.toSet());
    Set<String> asked =
        VanphongArbitraryProvider.providers().stream().map(p -> p.getClass().getName()).collect(Collectors.toSet());
    assertThat(registered).contains(DayArbitraryProvider.class.getName());
    assertThat(asked).doesNotContain(DayArbitraryProvider.class.getName());
    assertThat(asked).doesNotContain(VanphongArbitraryProvider.class.getName());
    assertThat(asked).containsExactlyInAnyOrderElementsOf(
        registered.stream().filter(name -> !name.equals(DayArbitraryProvider.class.getName())).toList());
  }

  @Test
  void itProvidesTheLibrarysTypesWithTheArbitraryOfTheirOwnProvider() {
    for (Class<?> type : List.of(LunarDate.class, Petition.class)) {
      TypeUsage usage = TypeUsage.of(type);
      assertThat(provider.canProvideFor(usage)).as("%s", type).isTrue();
      Set<Arbitrary<?>> arbitraries = provider.provideFor(usage, t -> Set.of());
      assertThat(arbitraries).as("%s", type).hasSize(1);
      assertThat(arbitraries.iterator().next().sample()).isInstanceOf(type);
    }
  }

  @Test
  void itProvidesNeitherDaysNorTypesOfOthers() {
    for (Class<?> type : List.of(LocalDate.class, String.class, Integer.class)) {
      TypeUsage usage = TypeUsage.of(type);
      assertThat(provider.canProvideFor(usage)).as("%s", type).isFalse();
      assertThat(provider.provideFor(usage, t -> Set.of())).as("%s", type).isEmpty();
    }
    assertThat(provider.priority()).isZero();
  }
}
