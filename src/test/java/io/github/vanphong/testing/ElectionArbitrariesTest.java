package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.election.Ballot;
import io.github.vanphong.election.BallotValidity;
import io.github.vanphong.election.ByElection;
import io.github.vanphong.election.Candidate;
import io.github.vanphong.election.CandidateList;
import io.github.vanphong.election.CandidateOutcome;
import io.github.vanphong.election.CandidateViolation;
import io.github.vanphong.election.CongressCheck;
import io.github.vanphong.election.CongressRecord;
import io.github.vanphong.election.CongressRegister;
import io.github.vanphong.election.CongressRollUp;
import io.github.vanphong.election.CongressRuleBook;
import io.github.vanphong.election.CongressSummary;
import io.github.vanphong.election.CongressTerm;
import io.github.vanphong.election.ConstituencyResult;
import io.github.vanphong.election.ElectionFollowUp;
import io.github.vanphong.election.ElectionRule;
import io.github.vanphong.election.ElectionRuleBook;
import io.github.vanphong.election.ElectionTimeline;
import io.github.vanphong.election.Milestone;
import io.github.vanphong.election.MilestoneCheck;
import io.github.vanphong.election.MilestoneRollUp;
import io.github.vanphong.election.MilestoneSummary;
import io.github.vanphong.election.PartyCandidate;
import io.github.vanphong.election.PartyCandidateList;
import io.github.vanphong.election.PartyDelegateAllocation;
import io.github.vanphong.election.PartyElectionResult;
import io.github.vanphong.election.PartyElectionViolation;
import io.github.vanphong.election.PartyElectorate;
import io.github.vanphong.election.PartyOutcome;
import io.github.vanphong.election.PollingArea;
import io.github.vanphong.election.PollingAreaViolation;
import io.github.vanphong.election.ResultRollUp;
import io.github.vanphong.election.ResultSummary;
import io.github.vanphong.election.TallyRecord;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class ElectionArbitrariesTest {

  private static final List<Class<?>> PROVIDED =
      List.of(
          ElectionRule.class, ElectionRuleBook.class, ElectionTimeline.class, Milestone.class,
          ElectionFollowUp.class, MilestoneCheck.class, MilestoneSummary.class, MilestoneRollUp.class,
          PollingArea.class,
          PollingAreaViolation.class,
          Candidate.class, CandidateList.class, CandidateViolation.class, Ballot.class, BallotValidity.class,
          TallyRecord.class, ConstituencyResult.class, CandidateOutcome.class, ByElection.class, ResultSummary.class,
          ResultRollUp.class, CongressTerm.class, CongressRuleBook.class,
          CongressRecord.class, CongressRegister.class, CongressCheck.class, CongressSummary.class,
          CongressRollUp.class, PartyCandidate.class, PartyCandidateList.class, PartyElectorate.class,
          PartyOutcome.class, PartyElectionResult.class, PartyDelegateAllocation.class, PartyElectionViolation.class);

  @Test
  void everyElectionTypeIsProvidedByExactlyOneRegisteredProvider() {
    List<ArbitraryProvider> providers =
        ServiceLoader.load(ArbitraryProvider.class).stream()
            .map(ServiceLoader.Provider::get)
            .filter(p -> p.getClass().getPackageName().equals("io.github.vanphong.testing"))
            .collect(Collectors.toList());
    assertThat(providers).extracting(p -> p.getClass().getSimpleName()).contains("ElectionArbitraryProvider");
    for (Class<?> type : PROVIDED) {
      TypeUsage usage = TypeUsage.of(type);
      assertThat(providers.stream().filter(p -> p.canProvideFor(usage)).count()).as("%s", type).isEqualTo(1);
      assertThat(new ElectionArbitraryProvider().provideFor(usage, u -> Set.of())).hasSize(1);
      assertThat(new VanphongArbitraryProvider().canProvideFor(usage)).isTrue();
    }
    assertThat(new ElectionArbitraryProvider().provideFor(TypeUsage.of(String.class), u -> Set.of())).isEmpty();
  }

  @Property(tries = 100)
  void electionDaysAreSundaysWithinTheRange(@ForAll("electionDays") LocalDate day) {
    assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(day).isBetween(ElectionArbitraries.FIRST_ELECTION_DAY, ElectionArbitraries.LAST_ELECTION_DAY);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<LocalDate> electionDays() {
    return ElectionArbitraries.electionDays();
  }

  @Property(tries = 50)
  void followUpsRecordOnlyMilestonesOfTheirTimelineFromTheirFirstDay(@ForAll ElectionFollowUp followUp) {
    assertThat(followUp.startsOn()).isBeforeOrEqualTo(followUp.timeline().start());
    followUp
        .done()
        .forEach(
            (name, on) -> {
              assertThat(followUp.timeline().milestone(name)).isPresent();
              assertThat(on).isAfterOrEqualTo(followUp.startsOn());
            });
  }

  @Property(tries = 50)
  void summariesHoldOnADayOrAreEmpty(@ForAll MilestoneSummary summary) {
    assertThat(summary.asOf().isPresent()).isEqualTo(!summary.isEmpty());
  }
}
