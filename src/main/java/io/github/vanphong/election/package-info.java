/**
 * Elections of National Assembly and People's Council deputies (bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân
 * dân): the timeline the Election Law dates from election day, the office's follow-up of it, the candidate lists, and
 * the count and the results.
 *
 * <p>{@link io.github.vanphong.election.ElectionRuleBook} holds every rule of the timeline, each a named {@link
 * io.github.vanphong.election.ElectionRule} with its legal basis, chosen by the election day: the original law's day
 * counts for the elections of 2016 and 2021, the amended law's for the election of 2026. An {@link
 * io.github.vanphong.election.ElectionTimeline} dates every {@link io.github.vanphong.election.Milestone} of an election
 * from its day, a Sunday; an {@link io.github.vanphong.election.ElectionFollowUp} records when an office did each; a
 * {@link io.github.vanphong.election.MilestoneCheck} says how one stands on a day ({@link
 * io.github.vanphong.election.MilestoneStatus}); {@link io.github.vanphong.election.MilestoneSummary} is the summary
 * that merges, and {@link io.github.vanphong.election.MilestoneRollUp} its view over the units of an org chart.
 *
 * <p>A {@link io.github.vanphong.election.CandidateList} is the list of {@link io.github.vanphong.election.Candidate}s
 * of one constituency; its findings ({@link io.github.vanphong.election.CandidateViolation}) are the breaches of the
 * {@link io.github.vanphong.election.CandidateRule}s: seats, surplus, alphabetical order ({@link
 * io.github.vanphong.election.VietnameseCollation}) and one constituency per candidate.
 *
 * <p>After the vote, a {@link io.github.vanphong.election.Ballot} is valid or invalid on every {@link
 * io.github.vanphong.election.BallotGround} found ({@link io.github.vanphong.election.BallotValidity}); a polling area's
 * {@link io.github.vanphong.election.TallyRecord} merges into its constituency's; a {@link
 * io.github.vanphong.election.ConstituencyResult} says who is elected under which {@link
 * io.github.vanphong.election.ResultRule} and whether a re-run or a top-up election follows; a {@link
 * io.github.vanphong.election.ByElection} whether a by-election is held; {@link
 * io.github.vanphong.election.ResultSummary} and {@link io.github.vanphong.election.ResultRollUp} count the results by
 * unit up to the province and the nation.
 *
 * <p>The rules rest on Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 85/2015/QH13 and its amendment
 * Luật 83/2025/QH15; docs/rules.md lists each rule with its article, its days and its mark.
 */
@NullMarked
package io.github.vanphong.election;

import org.jspecify.annotations.NullMarked;
