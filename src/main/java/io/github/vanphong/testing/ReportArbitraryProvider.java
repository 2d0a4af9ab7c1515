package io.github.vanphong.testing;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik provider of periodic reporting's values, so that {@code @ForAll ReportCheck check} works in a property: it
 * provides {@code ReportingPeriod}, {@code DueRule}, {@code ReportingRegime}, {@code Recipient}, {@code
 * ObligationRule}, {@code ReportingObligations}, {@code ReportingObligation}, {@code Submission}, {@code ReportCheck},
 * {@code ReportingCompliance}, {@code ReportingComplianceRollUp}, {@code OfficeReport} and {@code OfficeReportRollUp}
 * from {@link ReportArbitraries}. Enums such as
 * {@code PeriodKind} and {@code ReportStatus} need no provider: jqwik generates every enum.
 *
 * <p>It also provides {@code ProgrammeConclusion}, a concluded programme item linked to the session that concluded
 * it ({@link ReportArbitraries#programmeConclusions()}).
 *
 * <p>It is registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; jqwik creates it
 * through the public no-argument constructor.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ReportArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; jqwik calls this through the service loader. */
  public ReportArbitraryProvider() {}

  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ReportArbitraries.forType(targetType.getRawType()).isPresent();
  }

  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return ReportArbitraries.forType(targetType.getRawType()).map(Set::<Arbitrary<?>>of).orElse(Set.of());
  }
}
