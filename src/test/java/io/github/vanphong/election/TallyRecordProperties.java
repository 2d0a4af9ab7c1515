package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.SummaryLaws;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.testing.ElectionArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The tally records of polling areas merge into the constituency's as the ballots do; the merge laws hold. */
class TallyRecordProperties {

  private static final CandidateList LIST =
      CandidateList.of(
          "Đơn vị bầu cử số 2",
          ElectionLevel.PROVINCIAL_COUNCIL,
          3,
          List.of(
              ResultFixtures.AN, ResultFixtures.BINH, ResultFixtures.CUONG, ResultFixtures.DUNG, ResultFixtures.HA));

  /** One polling area: its voters, those who voted, the ballots issued and its ballots. */
  record Area(int voters, int voted, int issued, List<Ballot> ballots) {
    TallyRecord tally() {
      return TallyRecord.count(LIST, voters, voted, issued, ballots);
    }
  }

  @Provide
  Arbitrary<List<Area>> areas() {
    return Combinators.combine(
            ElectionArbitraries.ballotsOf(LIST).list().ofMaxSize(20),
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 30))
        .as((ballots, more, absent) -> new Area(ballots.size() + more + absent, ballots.size() + more, ballots.size() + more, ballots))
        .list()
        .ofMaxSize(6);
  }

  @Property(tries = 100)
  void mergedTalliesEqualTheTallyOfTheMergedBallots(@ForAll("areas") List<Area> areas) {
    TallyRecord merged = areas.stream().map(Area::tally).collect(TallyRecord.collector());
    List<Ballot> all = new ArrayList<>();
    areas.forEach(a -> all.addAll(a.ballots()));
    TallyRecord ofAll =
        TallyRecord.count(
            LIST,
            areas.stream().mapToInt(Area::voters).sum(),
            areas.stream().mapToInt(Area::voted).sum(),
            areas.stream().mapToInt(Area::issued).sum(),
            all);
    assertThat(merged).isEqualTo(areas.isEmpty() ? TallyRecord.empty() : ofAll);
  }

  @Property(tries = 60)
  void recordsOfOneConstituencyMergeAssociativelyAndCommutatively(
      @ForAll("areas") List<Area> a, @ForAll("areas") List<Area> b, @ForAll("areas") List<Area> c) {
    SummaryLaws.mergeLaws(TallyRecord.empty(), tally(a), tally(b), tally(c));
  }

  @Property(tries = 60)
  void theCollectorIsTheFoldOfSingleRecordsAtAnySplit(@ForAll("areas") List<Area> areas, @ForAll int at) {
    SummaryLaws.collectorLaws(
        areas.stream().map(Area::tally).collect(ImmutableList.toImmutableList()),
        at,
        TallyRecord.collector(),
        t -> t,
        TallyRecord.empty());
  }

  @Property(tries = 60)
  void aRecordOfAnotherConstituencyIsRefusedAndNeitherChanges(@ForAll("areas") List<Area> areas) {
    TallyRecord mine = tally(areas);
    if (mine.isEmpty()) {
      return;
    }
    TallyRecord other =
        TallyRecord.builder()
            .constituency("Đơn vị bầu cử số 9")
            .seats(3)
            .votes(Candidate.of(PersonId.of("UCV-99"), "Ngô Văn Tư", LocalDate.of(1950, 1, 1)), 0)
            .build();
    String before = mine.toString();
    assertThatThrownBy(() -> mine.plus(other)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> other.plus(mine)).isInstanceOf(IllegalArgumentException.class);
    assertThat(mine).hasToString(before).isEqualTo(tally(areas));
  }

  @Property(tries = 100)
  void everyGeneratedRecordKeepsItsInvariants(@ForAll TallyRecord record) {
    assertThat(record.returned()).isLessThanOrEqualTo(record.issued());
    assertThat(record.valid() + record.invalid()).isEqualTo(record.returned());
    assertThat(record.voted()).isLessThanOrEqualTo(record.voters());
    long sum = record.votes().values().stream().mapToLong(Integer::longValue).sum();
    assertThat(sum).isBetween((long) record.valid(), (long) record.valid() * record.seats());
    record.votes().values().forEach(n -> assertThat(n).isBetween(0, record.valid()));
  }

  private static TallyRecord tally(List<Area> areas) {
    return areas.stream().map(Area::tally).collect(TallyRecord.collector());
  }
}
