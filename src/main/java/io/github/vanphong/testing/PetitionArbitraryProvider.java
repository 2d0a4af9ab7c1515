package io.github.vanphong.testing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.petition.Classification;
import io.github.vanphong.petition.Disclosure;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Link;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionEvent;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.Withdrawal;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik fill {@code @ForAll} parameters of the petition's types from {@link PetitionArbitraries}: for example
 * {@code @Property void p(@ForAll Petition petition)} gets petitions at any point of their workflow. It provides
 * {@link PetitionId}, {@link Identity}, {@link Petitioners}, {@link Subject}, {@link Link}, {@link Intake}, {@link
 * Classification}, {@link Withdrawal}, {@link PetitionEvent}, {@link Disclosure} and {@link Petition}. Enums such as
 * {@code PetitionState} need no provider: jqwik generates every enum. The time-limit rules are provided by {@link
 * PetitionRuleArbitraryProvider}.
 *
 * <p>It is registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}, so jqwik finds it
 * once vanphong is on the test class path. It is not declared in {@code module-info}: jqwik is optional.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class PetitionArbitraryProvider implements ArbitraryProvider {

  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(PetitionId.class, PetitionArbitraries::petitionIds)
          .put(Identity.class, PetitionArbitraries::identities)
          .put(Petitioners.class, PetitionArbitraries::petitioners)
          .put(Subject.class, PetitionArbitraries::subjects)
          .put(Link.class, PetitionArbitraries::links)
          .put(Intake.class, PetitionArbitraries::intakes)
          .put(Classification.class, PetitionArbitraries::classifications)
          .put(Withdrawal.class, PetitionArbitraries::withdrawals)
          .put(PetitionEvent.class, PetitionArbitraries::events)
          .put(Disclosure.class, PetitionArbitraries::disclosures)
          .put(Petition.class, PetitionArbitraries::petitions)
          .build();

  /** Creates the provider; jqwik calls this through the service loader. */
  public PetitionArbitraryProvider() {}

  /**
   * Tells whether the type is one of the petition's types this provider fills.
   *
   * @param targetType the type of a {@code @ForAll} parameter, not null
   * @return true for {@link PetitionId}, {@link Identity}, {@link Petitioners}, {@link Subject}, {@link Link},
   *     {@link Intake}, {@link Classification}, {@link Withdrawal}, {@link PetitionEvent}, {@link Disclosure} and
   *     {@link Petition}
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
