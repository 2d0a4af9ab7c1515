package io.github.vanphong.testing;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Lets jqwik fill {@code @ForAll} parameters of the election's types from {@link ElectionArbitraries}: for example
 * {@code @Property void p(@ForAll ElectionFollowUp followUp)} gets follow-ups with some milestones recorded done. It
 * provides every public value type of {@code io.github.vanphong.election}; enums such as {@code ElectionStep} need no
 * provider, as jqwik generates every enum.
 *
 * <p>It is registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}, so jqwik finds it once
 * vanphong is on the test class path. It is not declared in {@code module-info}: jqwik is optional.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class ElectionArbitraryProvider implements ArbitraryProvider {

  private static final ImmutableMap<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(ElectionRule.class, ElectionArbitraries::rules)
          .put(CongressTerm.class, ElectionArbitraries::congressTerms)
          .put(CongressRuleBook.class, ElectionArbitraries::congressRuleBooks)
          .put(CongressRecord.class, ElectionArbitraries::congressRecords)
          .put(CongressRegister.class, ElectionArbitraries::congressRegisters)
          .put(CongressCheck.class, ElectionArbitraries::congressChecks)
          .put(CongressSummary.class, ElectionArbitraries::congressSummaries)
          .put(CongressRollUp.class, ElectionArbitraries::congressRollUps)
          .put(PartyCandidate.class, ElectionArbitraries::partyCandidates)
          .put(PartyCandidateList.class, ElectionArbitraries::partyCandidateLists)
          .put(PartyElectorate.class, ElectionArbitraries::partyElectorates)
          .put(PartyOutcome.class, ElectionArbitraries::partyOutcomes)
          .put(PartyElectionResult.class, ElectionArbitraries::partyElectionResults)
          .put(PartyDelegateAllocation.class, ElectionArbitraries::partyDelegateAllocations)
          .put(PartyElectionViolation.class, ElectionArbitraries::partyElectionViolations)
          .put(ElectionRuleBook.class, ElectionArbitraries::ruleBooks)
          .put(ElectionTimeline.class, ElectionArbitraries::timelines)
          .put(Milestone.class, ElectionArbitraries::milestones)
          .put(ElectionFollowUp.class, ElectionArbitraries::followUps)
          .put(MilestoneCheck.class, ElectionArbitraries::checks)
          .put(MilestoneSummary.class, ElectionArbitraries::summaries)
          .put(MilestoneRollUp.class, ElectionArbitraries::rollUps)
          .put(Candidate.class, ElectionArbitraries::candidates)
          .put(CandidateList.class, ElectionArbitraries::candidateLists)
          .put(CandidateViolation.class, ElectionArbitraries::candidateViolations)
          .put(PollingArea.class, ElectionArbitraries::pollingAreas)
          .put(PollingAreaViolation.class, ElectionArbitraries::pollingAreaViolations)
          .put(Ballot.class, ElectionArbitraries::ballots)
          .put(BallotValidity.class, ElectionArbitraries::ballotValidities)
          .put(TallyRecord.class, ElectionArbitraries::tallyRecords)
          .put(ConstituencyResult.class, ElectionArbitraries::constituencyResults)
          .put(CandidateOutcome.class, ElectionArbitraries::candidateOutcomes)
          .put(ByElection.class, ElectionArbitraries::byElections)
          .put(ResultSummary.class, ElectionArbitraries::resultSummaries)
          .put(ResultRollUp.class, ElectionArbitraries::resultRollUps)
          .build();

  /** Creates the provider; jqwik calls this through the service loader. */
  public ElectionArbitraryProvider() {}

  /**
   * Tells whether the type is one of the election's types this provider fills.
   *
   * @param targetType the type of a {@code @ForAll} parameter, not null
   * @return true for every public value type of the election package
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.keySet().stream().anyMatch(targetType::isOfType);
  }

  /**
   * Returns the arbitrary for the type.
   *
   * @param targetType the type of a {@code @ForAll} parameter, one this provider {@linkplain
   *     #canProvideFor(TypeUsage) can provide for}
   * @param subtypeProvider not used: these types have no type parameters
   * @return one arbitrary, or none for another type
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return ARBITRARIES.entrySet().stream()
        .filter(e -> targetType.isOfType(e.getKey()))
        .map(Map.Entry::getValue)
        .map(Supplier::get)
        .collect(ImmutableSet.toImmutableSet());
  }
}
