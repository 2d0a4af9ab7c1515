package io.github.vanphong.testing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Person;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik fill {@code @ForAll} parameters of the organisation's types: {@link UnitId}, {@link Unit}, {@link
 * UnitTree}, {@link OrgChart}, {@link PersonId} and {@link Person}, from {@link OrganizationArbitraries}. For
 * example {@code @Property void p(@ForAll OrgChart chart)} gets valid charts. Enums such as {@code Level} need no
 * provider: jqwik generates every enum.
 *
 * <p>It is registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}, so jqwik finds it
 * once vanphong is on the test class path. It is not declared in {@code module-info}: jqwik is optional.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class OrganizationArbitraryProvider implements ArbitraryProvider {

  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.of(
          UnitId.class, OrganizationArbitraries::unitIds,
          Unit.class, OrganizationArbitraries::units,
          UnitTree.class, OrganizationArbitraries::unitTrees,
          OrgChart.class, OrganizationArbitraries::orgCharts,
          PersonId.class, OrganizationArbitraries::personIds,
          Person.class, OrganizationArbitraries::persons);

  /** Creates the provider; jqwik calls this through the service loader. */
  public OrganizationArbitraryProvider() {}

  /**
   * Tells whether the type is one of the organisation's types this provider fills.
   *
   * @param targetType the type of a {@code @ForAll} parameter, not null
   * @return true for {@link UnitId}, {@link Unit}, {@link UnitTree}, {@link OrgChart}, {@link PersonId} and
   *     {@link Person}
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
