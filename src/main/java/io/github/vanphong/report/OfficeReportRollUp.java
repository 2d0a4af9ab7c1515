package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The office reports of a period carried up a tree of units: each unit's report is its own figures plus those of
 * every unit under it. For example Hậu Giang's provincial committee's report for the first quarter of 2016 holds the
 * provincial office's own figures and those of the district committees and their communes, each part added to the
 * same part ({@link OfficeReport#plus}).
 *
 * <p>At every unit the rolled-up report is its own plus the rolled-up reports of its children; over the tree, the
 * sum of every own report. The reports of units the tree does not hold are kept apart ({@link #unplaced()}), never
 * dropped. After a restructuring the same own reports are carried onto the units that carry their history on a later
 * day ({@link #reaggregated(OrgChart, LocalDate)}): Hậu Giang's figures of 2016 land on Cần Thơ's committee after
 * 2025-07-01, the districts' on the communes that succeeded them, and the totals do not change.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OfficeReportRollUp {

  private final UnitTree tree;
  private final ImmutableSortedMap<UnitId, OfficeReport> own;
  private final ImmutableMap<UnitId, OfficeReport> rolledUp;
  private final OfficeReport unplaced;

  private OfficeReportRollUp(
      UnitTree tree,
      ImmutableSortedMap<UnitId, OfficeReport> own,
      ImmutableMap<UnitId, OfficeReport> rolledUp,
      OfficeReport unplaced) {
    this.tree = tree;
    this.own = own;
    this.rolledUp = rolledUp;
    this.unplaced = unplaced;
  }

  /**
   * Rolls units' own reports of one period up a tree.
   *
   * @param reports each unit's own report, all of one period, not null, none null
   * @param tree the units, not null
   * @return the roll-up, not null
   * @throws IllegalArgumentException if two reports are of different periods ({@link
   *     ReportingRule#FIGURES_OF_THE_PERIOD})
   */
  public static OfficeReportRollUp of(Map<UnitId, OfficeReport> reports, UnitTree tree) {
    Arguments.entries(reports, "reports");
    requireNonNull(tree, "tree");
    ImmutableSortedMap<UnitId, OfficeReport> own = ImmutableSortedMap.copyOf(reports);
    checkOnePeriod(own);
    Map<UnitId, OfficeReport> rolledUp = new HashMap<>();
    for (Unit root : tree.roots()) {
      place(root.id(), own, tree, rolledUp);
    }
    OfficeReport unplaced = OfficeReport.empty();
    for (Map.Entry<UnitId, OfficeReport> report : own.entrySet()) {
      if (!tree.contains(report.getKey())) {
        unplaced = unplaced.plus(report.getValue());
      }
    }
    return new OfficeReportRollUp(tree, own, ImmutableMap.copyOf(rolledUp), unplaced);
  }

  /**
   * Rolls units' own reports of one period up the tree of an org chart as of the period's last day.
   *
   * @param reports each unit's own report, all of one period, not null, none null
   * @param chart the org chart, not null
   * @return the roll-up over the chart's tree of the period's last day, not null
   * @throws IllegalArgumentException if two reports are of different periods, or none has a period
   * @throws java.time.DateTimeException if the period's last day is outside the chart's range
   */
  public static OfficeReportRollUp of(Map<UnitId, OfficeReport> reports, OrgChart chart) {
    Arguments.entries(reports, "reports");
    requireNonNull(chart, "chart");
    LocalDate day =
        checkOnePeriod(ImmutableSortedMap.copyOf(reports))
            .map(ReportingPeriod::last)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        ReportingRule.FIGURES_OF_THE_PERIOD.name()
                            + ": a chart is rolled up as of a report's last day; no report has a period"));
    return of(reports, chart.asOf(day));
  }

  private static Optional<ReportingPeriod> checkOnePeriod(Map<UnitId, OfficeReport> reports) {
    Optional<ReportingPeriod> period = Optional.empty();
    for (Map.Entry<UnitId, OfficeReport> report : reports.entrySet()) {
      Optional<ReportingPeriod> next = report.getValue().period();
      if (next.isPresent()) {
        checkArgument(
            period.isEmpty() || period.equals(next),
            "%s: the reports rolled up are of one period; %s's is of %s, another's of %s",
            ReportingRule.FIGURES_OF_THE_PERIOD.name(),
            report.getKey(),
            next.get(),
            period.map(Object::toString).orElse(""));
        period = next;
      }
    }
    return period;
  }

  private static OfficeReport place(
      UnitId id, Map<UnitId, OfficeReport> own, UnitTree tree, Map<UnitId, OfficeReport> rolledUp) {
    OfficeReport sum = own.getOrDefault(id, OfficeReport.empty());
    for (Unit child : tree.children(id)) {
      sum = sum.plus(place(child.id(), own, tree, rolledUp));
    }
    rolledUp.put(id, sum);
    return sum;
  }

  /**
   * Returns the same own reports carried onto the units that carry their history on a later day, rolled up the
   * chart's tree of that day: each unit's report is added to its carrier's ({@link OrgChart#historyCarriers}); a
   * unit with no carrier that day keeps its own, unplaced if the tree of that day does not hold it.
   *
   * @param chart the org chart that holds the restructuring, not null
   * @param day the day of the organisation to count under, not null
   * @return the roll-up over the tree of {@code day}, with the same {@link #grandTotal() grand total}, not null
   * @throws java.time.DateTimeException if the day is outside the chart's range
   */
  public OfficeReportRollUp reaggregated(OrgChart chart, LocalDate day) {
    requireNonNull(chart, "chart");
    requireNonNull(day, "day");
    UnitTree later = chart.asOf(day);
    ImmutableMap<UnitId, UnitId> carriers = chart.historyCarriers(own.keySet(), day);
    Map<UnitId, OfficeReport> moved = new TreeMap<>();
    own.forEach(
        (unit, report) -> moved.merge(carriers.getOrDefault(unit, unit), report, OfficeReport::plus));
    return of(moved, later);
  }

  /**
   * Returns the tree the reports are rolled up.
   *
   * @return the tree, not null
   */
  public UnitTree tree() {
    return tree;
  }

  /**
   * Returns the day of the tree.
   *
   * @return the day, not null
   */
  public LocalDate date() {
    return tree.date();
  }

  /**
   * Returns the units' own reports.
   *
   * @return each unit's own report, not null
   */
  public ImmutableSortedMap<UnitId, OfficeReport> reports() {
    return own;
  }

  /**
   * Returns a unit's own report.
   *
   * @param unit the unit, not null
   * @return its report, empty if it has none or the tree does not hold it
   */
  public OfficeReport own(UnitId unit) {
    requireNonNull(unit, "unit");
    return tree.contains(unit) ? own.getOrDefault(unit, OfficeReport.empty()) : OfficeReport.empty();
  }

  /**
   * Returns a unit's report with those of every unit under it.
   *
   * @param unit the unit, not null
   * @return the sum of the reports of the unit and of the units under it, empty if the tree does not hold it
   */
  public OfficeReport rolledUp(UnitId unit) {
    requireNonNull(unit, "unit");
    return rolledUp.getOrDefault(unit, OfficeReport.empty());
  }

  /**
   * Returns the report of every unit of the tree: the sum of its top units' rolled-up reports.
   *
   * @return the report, not null
   */
  public OfficeReport total() {
    OfficeReport total = OfficeReport.empty();
    for (Unit root : tree.roots()) {
      total = total.plus(rolledUp(root.id()));
    }
    return total;
  }

  /**
   * Returns the sum of the reports of units the tree does not hold.
   *
   * @return the report, empty if every report was placed, not null
   */
  public OfficeReport unplaced() {
    return unplaced;
  }

  /**
   * Returns the sum of every own report, placed or not: {@link #total()} plus {@link #unplaced()}.
   *
   * @return the report, not null
   */
  public OfficeReport grandTotal() {
    return total().plus(unplaced);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OfficeReportRollUp other && tree.equals(other.tree) && own.equals(other.own);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tree, own);
  }

  /**
   * Returns the day, the total and what is unplaced.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "OfficeReportRollUp[" + date() + ", " + total() + ", unplaced " + unplaced + "]";
  }
}
