package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Every provider of this package's value types as one, for example {@code @ForAll LunarDate}, {@code @ForAll
 * Petition} and {@code @ForAll ConclusionNotice}: for each type it asks the one provider of the package that
 * provides it.
 *
 * <p>It is what the module {@code io.github.vanphong.jqwik} (the jar of classifier {@code jqwik}) declares with
 * {@code provides}, for suites on the module path, where the {@code META-INF/services} file of this jar is ignored.
 * It is not registered in that file: on the class path jqwik finds each provider there, and this one would give
 * every type twice. Days ({@link DayArbitraryProvider}) are not among its types: they need a higher priority than
 * jqwik's own, which the types of this package do not.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class VanphongArbitraryProvider implements ArbitraryProvider {

  private static final ImmutableList<ArbitraryProvider> PROVIDERS =
      ImmutableList.of(
          new LawArbitraryProvider(),
          new CalendarArbitraryProvider(),
          new WorkingCalendarArbitraryProvider(),
          new OrganizationArbitraryProvider(),
          new StaffingArbitraryProvider(),
          new PetitionRuleArbitraryProvider(),
          new ClassificationArbitraryProvider(),
          new DocumentArbitraryProvider(),
          new MeetingArbitraryProvider(),
          new PetitionArbitraryProvider(),
          new ReceptionArbitraryProvider(),
          new ElectionArbitraryProvider(),
          // Party assets: the office's rooms
          new AssetArbitraryProvider(),
          // Party finance: the budget calendar
          new BudgetArbitraryProvider(),
          // money and finance
          new MoneyArbitraryProvider(),
          new FinanceArbitraryProvider(),
          // assets
          new AssetRegisterArbitraryProvider(),
          // cars
          new VehicleArbitraryProvider(),
          // reporting regimes
          new ReportArbitraryProvider(),
          // the archive
          new ArchiveArbitraryProvider(),
          // work programmes and the rhythm of meetings
          new ProgrammeArbitraryProvider());

  /** Creates the provider; the module {@code io.github.vanphong.jqwik} hands it to the service loader. */
  public VanphongArbitraryProvider() {}

  /**
   * Returns the providers of this package that this one asks, each of them registered on its own in {@code
   * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
   *
   * @return the providers, not null, in no particular order
   */
  public static List<ArbitraryProvider> providers() {
    return PROVIDERS;
  }

  /**
   * Tells whether one of the providers of this package provides the type.
   *
   * @param targetType the type of a {@code @ForAll} parameter, not null
   * @return true for every value type of the library that this package provides
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return PROVIDERS.stream().anyMatch(p -> p.canProvideFor(targetType));
  }

  /**
   * Returns the arbitraries of the providers that provide the type: one, since each type has one provider.
   *
   * @param targetType the type of a {@code @ForAll} parameter, not null
   * @param subtypeProvider jqwik's provider of type arguments, not null, passed on
   * @return the arbitraries, not null, empty for a type that no provider of this package provides
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return PROVIDERS.stream()
        .filter(p -> p.canProvideFor(targetType))
        .flatMap(p -> p.provideFor(targetType, subtypeProvider).stream())
        .collect(ImmutableSet.toImmutableSet());
  }
}
