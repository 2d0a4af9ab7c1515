package io.github.vanphong.testing;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik provider of the meeting values, so that {@code @ForAll ActionItem item} works in a property: it
 * provides {@code BriefingId}, {@code ActionItemId}, {@code AttendanceCount}, {@code Attendance}, {@code
 * Conclusion}, {@code Recurrence}, {@code Briefing}, {@code BriefingInconsistency}, {@code ActionItemEvent}, {@code
 * ActionItem}, {@code Progress}, {@code ActionItemSummary}, {@code ProgressRollUp}, {@code FollowUp} and {@code
 * ConclusionNotice} from {@link MeetingArbitraries}. Enums such as {@code MeetingKind} and {@code BriefingRule} need
 * no provider: jqwik generates every enum.
 *
 * <p>It is registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; jqwik creates it
 * through the public no-argument constructor.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class MeetingArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik calls this through the service loader. */
  public MeetingArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return MeetingArbitraries.forType(targetType.getRawType()).isPresent();
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return MeetingArbitraries.forType(targetType.getRawType()).map(Set::<Arbitrary<?>>of).orElse(Set.of());
  }
}
