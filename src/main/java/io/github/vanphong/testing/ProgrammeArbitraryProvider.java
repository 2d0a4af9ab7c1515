package io.github.vanphong.testing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.programme.HeldMeeting;
import io.github.vanphong.programme.MeetingRhythmBook;
import io.github.vanphong.programme.ProgrammeItem;
import io.github.vanphong.programme.ProgrammeItemEvent;
import io.github.vanphong.programme.ProgrammeItemId;
import io.github.vanphong.programme.ProgrammePeriod;
import io.github.vanphong.programme.ProgrammeRollUp;
import io.github.vanphong.programme.ProgrammeSummary;
import io.github.vanphong.programme.RegularMeetingRule;
import io.github.vanphong.programme.RhythmReport;
import io.github.vanphong.programme.RhythmViolation;
import io.github.vanphong.programme.WorkProgramme;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Provides {@link ProgrammeArbitraries} by type, so that {@code @ForAll WorkProgramme programme}, {@code @ForAll
 * RhythmReport report} and the others work in any jqwik property. Registered in {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ProgrammeArbitraryProvider implements ArbitraryProvider {

  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(ProgrammeItemId.class, ProgrammeArbitraries::itemIds)
          .put(ProgrammePeriod.class, ProgrammeArbitraries::periods)
          .put(ProgrammeItemEvent.class, ProgrammeArbitraries::events)
          .put(ProgrammeItem.class, ProgrammeArbitraries::items)
          .put(WorkProgramme.class, ProgrammeArbitraries::programmes)
          .put(ProgrammeSummary.class, ProgrammeArbitraries::summaries)
          .put(ProgrammeRollUp.class, ProgrammeArbitraries::rollUps)
          .put(HeldMeeting.class, ProgrammeArbitraries::meetings)
          .put(RegularMeetingRule.class, ProgrammeArbitraries::rules)
          .put(MeetingRhythmBook.class, ProgrammeArbitraries::books)
          .put(RhythmReport.class, ProgrammeArbitraries::rhythmReports)
          .put(RhythmViolation.class, ProgrammeArbitraries::violations)
          .build();

  /** Creates the provider; jqwik calls this through the service loader. */
  public ProgrammeArbitraryProvider() {}

  /**
   * Tells whether the type is one of the programme types this provider fills.
   *
   * @param targetType the type of a {@code @ForAll} parameter, not null
   * @return true for every public value type of the programme package
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
