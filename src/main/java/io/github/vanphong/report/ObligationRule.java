package io.github.vanphong.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.UnitKind;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An application's rule of who reports what to whom: "every unit of a kind reports some kinds of a regime to its
 * parent", or to a named recipient. For example every district committee (huyện ủy) sends the quarterly
 * petition-work reports to the provincial committee above it. The instruments name the levels that report; which
 * units of a chart they are is the application's declaration.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObligationRule {

  private final UnitKind unitKind;
  private final ReportingRegime regime;
  private final ImmutableSet<PeriodKind> kinds;
  private final @Nullable Recipient recipient;

  private ObligationRule(
      UnitKind unitKind, ReportingRegime regime, ImmutableSet<PeriodKind> kinds, @Nullable Recipient recipient) {
    this.unitKind = unitKind;
    this.regime = regime;
    this.kinds = kinds;
    this.recipient = recipient;
  }

  /**
   * Returns the rule "every unit of the kind reports to its parent in the chart".
   *
   * @param unitKind the kind of unit that reports, not null
   * @param regime the regime, not null
   * @param kinds the kinds of report owed, one or more of the regime's, not null, none null
   * @return the rule, not null
   * @throws IllegalArgumentException if there is no kind or a kind is not the regime's ({@link
   *     ReportingRule#KIND_OF_REGIME})
   */
  public static ObligationRule toParent(UnitKind unitKind, ReportingRegime regime, Set<PeriodKind> kinds) {
    return make(unitKind, regime, kinds, null);
  }

  /**
   * Returns the rule "every unit of the kind reports to this recipient".
   *
   * @param unitKind the kind of unit that reports, not null
   * @param regime the regime, not null
   * @param kinds the kinds of report owed, one or more of the regime's, not null, none null
   * @param recipient the recipient, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if there is no kind or a kind is not the regime's ({@link
   *     ReportingRule#KIND_OF_REGIME})
   */
  public static ObligationRule to(
      UnitKind unitKind, ReportingRegime regime, Set<PeriodKind> kinds, Recipient recipient) {
    return make(unitKind, regime, kinds, requireNonNull(recipient, "recipient"));
  }

  private static ObligationRule make(
      UnitKind unitKind, ReportingRegime regime, Set<PeriodKind> kinds, @Nullable Recipient recipient) {
    requireNonNull(unitKind, "unitKind");
    requireNonNull(regime, "regime");
    ImmutableSet<PeriodKind> owed = Sets.immutableEnumSet(Arguments.elements(kinds, "kinds"));
    ReportingObligation.checkKinds(regime, owed);
    return new ObligationRule(unitKind, regime, owed, recipient);
  }

  /**
   * Returns the kind of unit that reports.
   *
   * @return the kind, not null
   */
  public UnitKind unitKind() {
    return unitKind;
  }

  /**
   * Returns the regime.
   *
   * @return the regime, not null
   */
  public ReportingRegime regime() {
    return regime;
  }

  /**
   * Returns the kinds of report owed.
   *
   * @return the kinds, one or more, not null
   */
  public ImmutableSet<PeriodKind> kinds() {
    return kinds;
  }

  /**
   * Returns the named recipient.
   *
   * @return the recipient, or empty if the units report to their parent
   */
  public Optional<Recipient> recipient() {
    return Optional.ofNullable(recipient);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ObligationRule other
        && unitKind == other.unitKind
        && regime.equals(other.regime)
        && kinds.equals(other.kinds)
        && Objects.equals(recipient, other.recipient);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unitKind, regime, kinds, recipient);
  }

  /**
   * Returns the rule, for example "DISTRICT_COMMITTEE → parent: ... [FIRST_QUARTER]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return unitKind + " → " + (recipient == null ? "parent" : recipient.toString()) + ": " + regime.name() + " " + kinds;
  }
}
