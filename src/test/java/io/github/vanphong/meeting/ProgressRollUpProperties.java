package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.testing.MeetingArbitraries;
import io.github.vanphong.testing.OrganizationArbitraries;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A unit's rolled-up figures are its own plus its children's; nothing is lost on the way up. */
class ProgressRollUpProperties {

  record Case(OrgChart chart, LocalDate day, ActionItemSummary summary) {}

  @Provide
  Arbitrary<Case> cases() {
    return Combinators.combine(OrganizationArbitraries.orgCharts(), MeetingArbitraries.actionItemSummaries())
        .flatAs((chart, summary) -> OrganizationArbitraries.daysOf(chart).map(day -> new Case(chart, day, summary)));
  }

  @Property(tries = 200)
  void aUnitsFiguresAreItsOwnPlusItsChildren(@ForAll("cases") Case c) {
    ProgressRollUp rollUp = ProgressRollUp.of(c.summary(), c.chart(), c.day());
    UnitTree tree = c.chart().asOf(c.day());
    for (Unit unit : tree.units()) {
      Progress expected = rollUp.ownProgressOf(unit.id());
      for (Unit child : tree.children(unit.id())) {
        expected = expected.plus(rollUp.progressOf(child.id()));
      }
      assertThat(rollUp.progressOf(unit.id())).as("%s", unit.id()).isEqualTo(expected);
    }
  }

  @Property(tries = 200)
  void nothingIsLostOnTheWayUp(@ForAll("cases") Case c) {
    ProgressRollUp rollUp = ProgressRollUp.of(c.summary(), c.chart(), c.day());
    UnitTree tree = c.chart().asOf(c.day());
    Progress roots = tree.roots().stream().map(u -> rollUp.progressOf(u.id())).reduce(Progress.empty(), Progress::plus);
    Progress unplaced = rollUp.unplaced().values().stream().reduce(Progress.empty(), Progress::plus);
    assertThat(roots.plus(unplaced)).isEqualTo(c.summary().total());
    assertThat(rollUp.total()).isEqualTo(c.summary().total());
    assertThat(rollUp.rolledUp().keySet()).allSatisfy(id -> assertThat(tree.contains(id)).isTrue());
  }

  /** The top units are the roots of the tree with items under them; with the unplaced they count every item once. */
  @Property(tries = 200)
  void theTopUnitsAndTheUnplacedAddUpToTheTotal(@ForAll("cases") Case c) {
    ProgressRollUp rollUp = ProgressRollUp.of(c.summary(), c.chart(), c.day());
    UnitTree tree = c.chart().asOf(c.day());
    Map<UnitId, Progress> roots = new TreeMap<>();
    for (Unit root : tree.roots()) {
      Progress p = rollUp.progressOf(root.id());
      if (!p.isEmpty()) {
        roots.put(root.id(), p);
      }
    }
    assertThat(rollUp.topUnits()).containsExactlyEntriesOf(roots);
    Progress sum = rollUp.topUnits().values().stream().reduce(Progress.empty(), Progress::plus);
    sum = rollUp.unplaced().values().stream().reduce(sum, Progress::plus);
    assertThat(sum).isEqualTo(rollUp.total());
    String text = rollUp.toString();
    assertThat(text).startsWith("ProgressRollUp[as of " + c.day() + ": " + rollUp.total().total() + " item");
    rollUp.topUnits().forEach((unit, p) -> assertThat(text).contains("under " + unit + " " + p.total() + " item"));
    assertThat(text).doesNotContain("_").doesNotContain("{");
  }

  @Property(tries = 300)
  void theRollUpEqualsTheItemByItemPlacement(@ForAll("cases") Case c) {
    ProgressRollUp rollUp = ProgressRollUp.of(c.summary(), c.chart(), c.day());
    UnitTree tree = c.chart().asOf(c.day());
    Map<UnitId, Progress> own = new TreeMap<>();
    Map<UnitId, Progress> rolledUp = new TreeMap<>();
    Map<UnitId, Progress> unplaced = new TreeMap<>();
    c.summary()
        .byUnit()
        .forEach(
            (unit, progress) -> {
              Optional<UnitId> carrier = c.chart().historyCarrier(unit, c.day()).filter(tree::contains);
              if (carrier.isEmpty()) {
                unplaced.put(unit, progress);
                return;
              }
              own.merge(carrier.get(), progress, Progress::plus);
              rolledUp.merge(carrier.get(), progress, Progress::plus);
              for (Unit above : tree.ancestors(carrier.get())) {
                rolledUp.merge(above.id(), progress, Progress::plus);
              }
            });
    assertThat(rollUp.rolledUp()).containsExactlyEntriesOf(rolledUp);
    assertThat(rollUp.unplaced()).containsExactlyEntriesOf(unplaced);
    for (UnitId unit : rolledUp.keySet()) {
      assertThat(rollUp.ownProgressOf(unit)).as("%s", unit).isEqualTo(own.getOrDefault(unit, Progress.empty()));
    }
  }

  @Property(tries = 100)
  void aGeneratedRollUpIsDatedAndConsistent(@ForAll ProgressRollUp rollUp) {
    assertThat(rollUp.date()).isNotNull();
    assertThat(rollUp.rolledUp().values()).allSatisfy(p -> assertThat(p.isEmpty()).isFalse());
  }
}
