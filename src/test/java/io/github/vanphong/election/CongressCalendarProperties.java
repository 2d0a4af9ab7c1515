package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.testing.ElectionArbitraries;
import io.github.vanphong.testing.GenericArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The congress calendar: the day due against the term, the merge laws of its figures, and refusals. */
class CongressCalendarProperties {

  private static final LocalDate DAY = LocalDate.of(2023, 6, 16);

  @Property(tries = 300)
  void theNextCongressIsDueAfterTheLastAndWithinTheTermAndTheMove(@ForAll CongressCheck check) {
    if (check.dueOn().isEmpty()) {
      assertThat(check.status()).isIn(CongressStatus.NOT_RECORDED, CongressStatus.NO_TERM);
      return;
    }
    LocalDate last = check.lastHeldOn().orElseThrow();
    CongressTerm term = check.term().orElseThrow();
    LocalDate due = check.dueOn().orElseThrow();
    assertThat(due).isAfter(last).isEqualTo(last.plusMonths(term.months()));
    assertThat(check.earliestOn().orElseThrow()).isAfter(last).isBeforeOrEqualTo(due);
    assertThat(check.latestOn().orElseThrow())
        .isAfterOrEqualTo(due)
        .isBeforeOrEqualTo(last.plusMonths(term.months() + term.maximumShiftMonths()));
    CongressStatus status = check.status();
    LocalDate asOf = check.asOf();
    assertThat(status == CongressStatus.OVERDUE).isEqualTo(asOf.isAfter(check.latestOn().orElseThrow()));
    assertThat(status == CongressStatus.IN_TERM).isEqualTo(asOf.isBefore(check.earliestOn().orElseThrow()));
  }

  @Provide
  Arbitrary<List<List<CongressCheck>>> checks() {
    Arbitrary<List<CongressCheck>> list = ElectionArbitraries.congressChecksOn(DAY).list().ofMaxSize(6);
    return Combinators.combine(list, list, list).as(List::of);
  }

  @Property(tries = 60)
  void figuresOfOneDayMergeAssociativelyAndCommutatively(@ForAll("checks") List<List<CongressCheck>> lists) {
    SummaryLaws.mergeLaws(
        CongressSummary.empty(),
        lists.get(0).stream().collect(CongressSummary.collector()),
        lists.get(1).stream().collect(CongressSummary.collector()),
        lists.get(2).stream().collect(CongressSummary.collector()));
  }

  @Property(tries = 60)
  void theCollectorIsTheFoldOfSingleFiguresAtAnySplit(
      @ForAll("checks") List<List<CongressCheck>> lists, @ForAll int at) {
    SummaryLaws.collectorLaws(
        lists.get(0), at, CongressSummary.collector(), CongressSummary::of, CongressSummary.empty());
  }

  @Property(tries = 40)
  void figuresOfAnotherDayAreRefused(@ForAll CongressCheck check) {
    CongressCheck later =
        CongressCheck.of(check.unit(), check.tier(), check.lastHeldOn(), check.term(), check.asOf().plusDays(1));
    SummaryLaws.anotherDayIsRefused(
        CongressSummary.of(check), CongressSummary.of(later), CongressSummary.empty(), CongressSummary::asOf);
  }

  @Property(tries = 60)
  void everyUnitCheckedIsCountedOnceInItsStatus(@ForAll("checks") List<List<CongressCheck>> lists) {
    List<CongressCheck> checks = lists.get(0);
    CongressSummary summary = checks.stream().collect(CongressSummary.collector());
    assertThat(summary.total()).isEqualTo(checks.size());
    for (CongressStatus status : CongressStatus.values()) {
      assertThat(summary.count(status)).isEqualTo(checks.stream().filter(c -> c.status() == status).count());
    }
  }

  @Property(tries = 40)
  void aRollUpLosesNoUnit(@ForAll CongressRollUp rollUp) {
    assertThat(rollUp.total().total())
        .isEqualTo(
            rollUp.unplaced().values().stream().mapToInt(CongressSummary::total).sum()
                + rollUp.rolledUp().keySet().stream().mapToInt(u -> rollUp.ownSummaryOf(u).total()).sum());
  }

  @Property(tries = 100)
  void aRecordRefusedChangesNothing(@ForAll CongressRegister register) {
    if (register.records().isEmpty()) {
      return;
    }
    CongressRecord again = register.records().first();
    String before = register.toString();
    assertThatThrownBy(() -> register.record(again)).isInstanceOf(IllegalArgumentException.class);
    assertThat(register).hasToString(before);
    assertThat(CongressRegister.of(List.copyOf(register.records()))).isEqualTo(register);
  }

  @Provide
  Arbitrary<LocalDate> statuteDays() {
    return GenericArbitraries.days(LocalDate.of(2011, 1, 19), LocalDate.of(2030, 12, 31));
  }

  @Property(tries = 200)
  void theStandardBookChoosesOneTermForEveryTierAndDayFromTheStatute(
      @ForAll CongressTier tier, @ForAll("statuteDays") LocalDate day) {
    boolean districtGone = tier == CongressTier.DISTRICT && day.isAfter(LocalDate.of(2025, 6, 30));
    assertThat(CongressRuleBook.standard().termFor(tier, day).isPresent()).isEqualTo(!districtGone);
  }
}
