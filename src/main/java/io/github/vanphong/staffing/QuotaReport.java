package io.github.vanphong.staffing;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The result of a {@link QuotaCheck} over the units alive on one day: the compliance of every unit that has a norm
 * or an allocation, and every violation found. For example Hậu Giang on 2016-03-01: eight district offices, one of
 * them 7 below its norm.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class QuotaReport {

  QuotaReport() {}

  /**
   * The day checked.
   *
   * @return the day, not null
   */
  public abstract LocalDate date();

  /**
   * The compliance of every unit with a norm or an allocation, in the order of the tree.
   *
   * @return the compliances, not null
   */
  public abstract ImmutableList<QuotaCompliance> compliances();

  /**
   * Every violation found: those of each unit in the order of the tree, then the allocations that do not fit.
   *
   * @return the violations, empty if every rule holds
   */
  public abstract ImmutableList<StaffingViolation> violations();

  static QuotaReport of(
      LocalDate date, ImmutableList<QuotaCompliance> compliances, ImmutableList<StaffingViolation> violations) {
    return ImmutableQuotaReport.builder().date(date).compliances(compliances).violations(violations).build();
  }

  /**
   * Returns the compliance of a unit, if the unit has a norm or an allocation.
   *
   * @param unit the unit, not null
   * @return the compliance, or empty
   */
  public Optional<QuotaCompliance> compliance(UnitId unit) {
    return compliances().stream().filter(c -> c.unit().id().equals(unit)).findFirst();
  }

  /**
   * Returns the violations of one rule.
   *
   * @param rule the rule, not null
   * @return the violations of that rule, possibly empty
   */
  public ImmutableList<StaffingViolation> violationsOf(StaffingRule rule) {
    return violations().stream().filter(v -> v.rule() == rule).collect(ImmutableList.toImmutableList());
  }

  /**
   * Tells whether every rule holds.
   *
   * @return true if there is no violation
   */
  public boolean isCompliant() {
    return violations().isEmpty();
  }

  /**
   * Returns the summary of the compliances.
   *
   * @return the summary, not null
   */
  public StaffingSummary summary() {
    return compliances().stream().collect(StaffingSummary.collector());
  }

  /**
   * Returns a readable form: "QuotaReport[2016-03-01, 9 units, 2 violations]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "QuotaReport["
        + date()
        + ", "
        + compliances().size()
        + " units, "
        + violations().size()
        + " violations]";
  }
}
