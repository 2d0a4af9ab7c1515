package io.github.vanphong.election;

import static io.github.vanphong.election.ElectionFixtures.CAN_THO;
import static io.github.vanphong.election.ElectionFixtures.PROVINCE;
import static io.github.vanphong.election.ElectionFixtures.VI_THANH;
import static io.github.vanphong.election.ResultFixtures.AN;
import static io.github.vanphong.election.ResultFixtures.BINH;
import static io.github.vanphong.election.ResultFixtures.CUONG;
import static io.github.vanphong.election.ResultFixtures.DAY_2016;
import static io.github.vanphong.election.ResultFixtures.tally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultSummaryTest {

  private static final ConstituencyResult FILLED =
      ConstituencyResult.of(
          ElectionLevel.PROVINCIAL_COUNCIL, DAY_2016, tally("Đơn vị bầu cử số 1", 1, 900, Map.of(AN, 600, BINH, 300)));
  private static final ConstituencyResult RE_RUN =
      ConstituencyResult.of(
          ElectionLevel.PROVINCIAL_COUNCIL, DAY_2016, tally("Đơn vị bầu cử số 2", 1, 400, Map.of(CUONG, 400)));
  private static final ConstituencyResult TOP_UP =
      ConstituencyResultTest.twoOfFive(DAY_2016);

  @Test
  void aResultCountsItsTurnoutSeatsAndTheRoundsItCalls() {
    ResultSummary summary =
        List.of(FILLED, RE_RUN, TOP_UP).stream()
            .collect(ResultSummary.collector(r -> r == FILLED ? VI_THANH : PROVINCE));
    assertThat(summary.electionDay()).contains(DAY_2016);
    assertThat(summary.units()).containsExactly(PROVINCE, VI_THANH);
    assertThat(summary.count(ResultFigure.CONSTITUENCIES)).isEqualTo(3);
    assertThat(summary.count(ResultFigure.VOTERS)).isEqualTo(3_000);
    assertThat(summary.count(ResultFigure.VOTED)).isEqualTo(2_200);
    assertThat(summary.count(ResultFigure.SEATS)).isEqualTo(7);
    assertThat(summary.count(ResultFigure.FILLED)).isEqualTo(3);
    assertThat(summary.count(ResultFigure.RE_RUNS)).isEqualTo(1);
    assertThat(summary.count(ResultFigure.TOP_UPS)).isEqualTo(1);
    assertThat(summary.forUnit(VI_THANH).byUnit().get(VI_THANH)).doesNotContainKey(ResultFigure.RE_RUNS);
    assertThat(summary.forUnit(CAN_THO)).isEqualTo(ResultSummary.empty());
    assertThat(ResultSummary.empty().isEmpty()).isTrue();
    assertThat(ResultSummary.empty()).hasToString("ResultSummary[no constituency]");
    assertThat(summary.toString()).startsWith("ResultSummary[2016-05-22, {HG-TU={CONSTITUENCIES=2");
    ConstituencyResult reRun = RE_RUN.reRun(tally("Đơn vị bầu cử số 2", 1, 600, Map.of(CUONG, 600)));
    assertThat(ResultSummary.of(PROVINCE, reRun).count(ResultFigure.VOTED)).as("election day's turnout").isEqualTo(400);
    assertThat(ResultSummary.of(PROVINCE, reRun).count(ResultFigure.RE_RUNS)).isEqualTo(1);
  }

  @Test
  void figuresOfDifferentElectionsDoNotMerge() {
    ConstituencyResult of2021 =
        ConstituencyResult.of(
            ElectionLevel.PROVINCIAL_COUNCIL,
            LocalDate.of(2021, 5, 23),
            tally("Đơn vị bầu cử số 1", 1, 900, Map.of(AN, 600, BINH, 300)));
    assertThatThrownBy(() -> ResultSummary.of(PROVINCE, FILLED).plus(ResultSummary.of(PROVINCE, of2021)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one election");
  }

  @Test
  void figuresReadBackAreChecked() {
    assertThatThrownBy(() -> ResultSummary.of(DAY_2016, Map.of(PROVINCE, Map.of(ResultFigure.SEATS, 2))))
        .hasMessageContaining("a constituency or more");
    assertThatThrownBy(
            () ->
                ResultSummary.of(
                    DAY_2016,
                    Map.of(PROVINCE, Map.of(ResultFigure.CONSTITUENCIES, 1, ResultFigure.VOTED, 2))))
        .hasMessageContaining("no more voters vote");
    assertThatThrownBy(
            () ->
                ResultSummary.of(
                    DAY_2016, Map.of(PROVINCE, Map.of(ResultFigure.CONSTITUENCIES, 1, ResultFigure.FILLED, 2))))
        .hasMessageContaining("no more seats are filled");
    assertThatThrownBy(
            () ->
                ResultSummary.of(
                    DAY_2016, Map.of(PROVINCE, Map.of(ResultFigure.CONSTITUENCIES, 1, ResultFigure.TOP_UPS, 2))))
        .hasMessageContaining("at most one");
    assertThatThrownBy(
            () -> ResultSummary.of(DAY_2016, Map.of(PROVINCE, Map.of(ResultFigure.CONSTITUENCIES, 0))))
        .hasMessageContaining("positive");
    assertThat(ResultSummary.of(DAY_2016, Map.of())).isEqualTo(ResultSummary.empty());
  }

  @Test
  void resultsRollUpToTheProvinceAndAfterTheMergerToItsSuccessor() {
    OrgChart chart = ElectionFixtures.chart();
    ResultSummary summary =
        ResultSummary.of(VI_THANH, FILLED)
            .plus(ResultSummary.of(PROVINCE, TOP_UP))
            .plus(ResultSummary.of(UnitId.of("HG-GONE"), RE_RUN));
    ResultRollUp rollUp = ResultRollUp.of(summary, chart, DAY_2016);
    assertThat(rollUp.summaryOf(PROVINCE).count(ResultFigure.SEATS)).isEqualTo(6);
    assertThat(rollUp.summaryOf(VI_THANH).count(ResultFigure.SEATS)).isEqualTo(1);
    assertThat(rollUp.ownSummaryOf(PROVINCE).count(ResultFigure.SEATS)).isEqualTo(5);
    assertThat(rollUp.unplaced().keySet()).containsExactly(UnitId.of("HG-GONE"));
    assertThat(rollUp.total().count(ResultFigure.CONSTITUENCIES)).isEqualTo(3);
    assertThat(rollUp).hasToString("ResultRollUp[2016-05-22, 3 constituencies, 2 units, 1 unplaced]");
    assertThat(rollUp.date()).isEqualTo(DAY_2016);
    assertThat(rollUp.rolledUp()).hasSize(2);
    ResultRollUp after = ResultRollUp.of(summary, chart, LocalDate.of(2026, 1, 1));
    assertThat(after.summaryOf(CAN_THO).count(ResultFigure.SEATS)).isEqualTo(6);
    assertThat(ResultRollUp.of(summary, chart.asOf(DAY_2016))).isEqualTo(rollUp).hasSameHashCodeAs(rollUp);
  }
}
