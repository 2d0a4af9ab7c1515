package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reporting obligations an application declares, as rules over kinds of unit: for example "every district
 * committee reports the petition-work regime to its parent" and "every provincial committee reports the Party's
 * reception reports to Ban Nội chính Trung ương". For a unit of a tree ({@link #owedBy}) they give what it owes and to
 * whom; a rule to the parent gives nothing to a unit at the top of the tree, whose recipient the tree does not hold
 * (a rule naming the recipient does).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingObligations {

  private static final ReportingObligations NONE = new ReportingObligations(ImmutableList.of());

  private final ImmutableList<ObligationRule> rules;

  private ReportingObligations(ImmutableList<ObligationRule> rules) {
    this.rules = rules;
  }

  /**
   * Returns no obligation.
   *
   * @return the empty declaration, not null
   */
  public static ReportingObligations none() {
    return NONE;
  }

  /**
   * Returns the declaration of some rules, in their order; a rule given twice counts once.
   *
   * @param rules the rules, not null, none null
   * @return the declaration, not null
   */
  public static ReportingObligations of(List<ObligationRule> rules) {
    return new ReportingObligations(
        Arguments.list(rules, "rules").stream().distinct().collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns this declaration with one more rule, at the end, unless it holds it already.
   *
   * @param rule the rule, not null
   * @return the declaration, not null
   */
  public ReportingObligations with(ObligationRule rule) {
    requireNonNull(rule, "rule");
    return rules.contains(rule)
        ? this
        : new ReportingObligations(ImmutableList.<ObligationRule>builder().addAll(rules).add(rule).build());
  }

  /**
   * Returns the rules.
   *
   * @return the rules, in their order, not null
   */
  public ImmutableList<ObligationRule> rules() {
    return rules;
  }

  /**
   * Returns what a unit of a tree owes, rule by rule: each rule of the unit's kind gives an obligation to its named
   * recipient, or to the unit's parent if it has one in the tree.
   *
   * @param unit the unit, not null
   * @param tree the tree that holds it, not null
   * @return the obligations, in the order of the rules, not null
   * @throws IllegalArgumentException if the tree does not hold the unit
   */
  public ImmutableList<ReportingObligation> owedBy(UnitId unit, UnitTree tree) {
    requireNonNull(unit, "unit");
    requireNonNull(tree, "tree");
    Optional<Unit> found = tree.find(unit);
    checkArgument(found.isPresent(), "reporting obligations are owed by units of the tree: %s is not there", unit);
    return owed(found.get(), tree);
  }

  private ImmutableList<ReportingObligation> owed(Unit unit, UnitTree tree) {
    ImmutableList.Builder<ReportingObligation> owed = ImmutableList.builder();
    for (ObligationRule rule : rules) {
      if (rule.unitKind() != unit.kind()) {
        continue;
      }
      @Nullable Recipient recipient = rule.recipient().orElse(unit.parent().filter(tree::contains).map(Recipient::unit).orElse(null));
      if (recipient != null && !recipient.unitId().map(unit.id()::equals).orElse(false)) {
        owed.add(ReportingObligation.of(unit.id(), recipient, rule.regime(), rule.kinds()));
      }
    }
    return owed.build();
  }

  /**
   * Returns what every unit of a tree owes, unit by unit in the tree's order.
   *
   * @param tree the tree, not null
   * @return the obligations, not null
   */
  public ImmutableList<ReportingObligation> owedIn(UnitTree tree) {
    requireNonNull(tree, "tree");
    List<ReportingObligation> owed = new ArrayList<>();
    for (Unit unit : tree.units()) {
      owed.addAll(owed(unit, tree));
    }
    return ImmutableList.copyOf(owed);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportingObligations other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns the rules.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ReportingObligations" + rules;
  }
}
