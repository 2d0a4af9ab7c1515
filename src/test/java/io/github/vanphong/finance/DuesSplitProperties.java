package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitTree;
import java.util.HashMap;
import java.util.Map;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The laws of the split of dues: nothing is lost between the levels, summaries merge, a refusal changes nothing. */
class DuesSplitProperties {

  @Property(tries = 200)
  void atEveryUnitWhatIsCollectedAndReceivedIsKeptAndSentUp(@ForAll DuesRollUp rollUp) {
    DuesSummary summary = rollUp.summary();
    for (UnitId unit : summary.units()) {
      DuesSummary line = summary.forUnit(unit);
      assertThat(line.collected().plus(line.received())).isEqualTo(line.kept().plus(line.sentUp()));
      assertThat(line.sentUp().isNegative()).isFalse();
    }
    assertThat(summary.kept().plus(rollUp.sentAbove())).isEqualTo(summary.collected());
  }

  @Property(tries = 200)
  void whatAUnitReceivesIsWhatItsChildrenSendUp(
      @ForAll UnitTree tree,
      @ForAll @Size(min = 1, max = 8) List<DuesLevel> levels,
      @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 100_000_000L) Long> amounts,
      @ForAll @IntRange(min = 30, max = 50) int share,
      @ForAll @IntRange(min = 0, max = 177) int month) {
    Map<UnitId, DuesLevel> levelOf = new HashMap<>();
    Map<UnitId, Money> collected = new HashMap<>();
    Map<UnitId, Rate> shares = new HashMap<>();
    for (int i = 0; i < tree.size(); i++) {
      UnitId unit = tree.units().get(i).id();
      DuesLevel level = levels.get(i % levels.size());
      levelOf.put(unit, level);
      collected.put(unit, Money.ofDong(amounts.get(i % amounts.size())));
      if (level == DuesLevel.CELL_UNDER_GRASSROOTS) {
        shares.put(unit, Rate.percent(String.valueOf(share)));
      }
    }
    DuesRollUp rollUp =
        DuesRollUp.of(
            tree, YearMonth.of(2011, 4).plusMonths(month), DuesSplitRuleBook.standard(), levelOf, collected, shares);
    Money sentByTops = Money.ZERO;
    for (Unit unit : tree.units()) {
      DuesSummary line = rollUp.summaryOf(unit.id());
      Money fromChildren = Money.ZERO;
      for (Unit child : tree.children(unit.id())) {
        fromChildren = fromChildren.plus(rollUp.summaryOf(child.id()).sentUp());
      }
      assertThat(line.received()).isEqualTo(fromChildren);
      assertThat(line.collected()).isEqualTo(collected.get(unit.id()));
      assertThat(line.collected().plus(line.received())).isEqualTo(line.kept().plus(line.sentUp()));
      if (unit.parent().isEmpty() || !tree.contains(unit.parent().get())) {
        sentByTops = sentByTops.plus(line.sentUp());
      }
    }
    assertThat(rollUp.sentAbove()).isEqualTo(sentByTops);
  }

  @Property(tries = 200)
  void theKeptPartIsWithinTheRangeAndSentUpIsTheRest(
      @ForAll DuesSplitRule rule,
      @ForAll @LongRange(min = 0, max = 1_000_000_000L) long held,
      @ForAll @IntRange(min = 0, max = 100) int where) {
    Rate share = where < 50 ? rule.lowestKept() : rule.highestKept();
    Money kept = rule.keptOf(Money.ofDong(held), share);
    Money sent = Money.ofDong(held).minus(kept);
    assertThat(kept.isNegative()).isFalse();
    assertThat(sent.isNegative()).isFalse();
    assertThat(kept.plus(sent)).isEqualTo(Money.ofDong(held));
  }

  @Property(tries = 200)
  void duesSummariesMerge(@ForAll DuesSummary a, @ForAll DuesSummary b, @ForAll DuesSummary c) {
    SummaryLaws.mergeLaws(DuesSummary.empty(), a, b, c);
  }

  @Property(tries = 100)
  void theCollectorIsTheFoldOfPlus(@ForAll @Size(max = 6) List<DuesSummary> parts, @ForAll int at) {
    SummaryLaws.collectorLaws(parts, at, DuesSummary.collector(), s -> s, DuesSummary.empty());
  }

  @Property(tries = 100)
  void aRefusedLineChangesNothing(@ForAll DuesSummary summary, @ForAll @LongRange(min = 1, max = 1_000) long over) {
    DuesSummary before = summary;
    assertThatThrownBy(
            () ->
                summary.plus(
                    DuesSummary.of(
                        UnitId.of("HG-CB1"),
                        YearMonth.of(2020, 3),
                        Money.ofDong(100),
                        Money.ZERO,
                        Money.ofDong(100 + over))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(summary).isEqualTo(before);
  }

  @Property(tries = 50)
  void aRefusedRuleLeavesTheBookAsItWas(@ForAll DuesSplitRuleBook book, @ForAll DuesSplitRule rule) {
    List<DuesSplitRule> before = List.copyOf(book.rules());
    DuesSplitRule clash =
        DuesSplitRule.of(
            "CLASH_" + rule.name(),
            rule.level(),
            rule.lowestKept(),
            rule.highestKept(),
            rule.validity(),
            rule.rounding(),
            rule.basis());
    assertThatThrownBy(() -> book.with(clash)).isInstanceOf(IllegalArgumentException.class);
    assertThat(book.rules()).isEqualTo(before);
  }
}
