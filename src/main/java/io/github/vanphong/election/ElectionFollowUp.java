package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An office's follow-up of an election timeline: the unit that follows it, the timeline, and the day each milestone
 * was recorded done. For example the office of Tỉnh ủy Hậu Giang follows the 2016 timeline and records the voter
 * lists posted on 2016-04-11; on 2016-04-20 that milestone is {@link MilestoneStatus#DONE}, and the candidate lists,
 * due by 2016-05-02, are {@link MilestoneStatus#DUE} with 12 days left.
 *
 * <p>The value is immutable: {@link #recordDone} returns a new follow-up, and a refused record leaves this one as it
 * was. A record is refused if the timeline has no milestone of the name, if the milestone is already recorded done,
 * or if its day is before the follow-up starts: by default the timeline's first milestone, earlier if the office
 * started sooner (the election of 2026-03-15 was announced on 2025-05-21, 298 days ahead). A record may be dated
 * after the day a status is asked about: it counts from its own day on.
 *
 * <p>To follow one election only, follow the timeline {@linkplain ElectionTimeline#forLevel of that level}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ElectionFollowUp {

  private final UnitId unit;
  private final ElectionTimeline timeline;
  private final LocalDate startsOn;

  @SuppressWarnings("Immutable") // ImmutableMap of immutable values
  private final ImmutableMap<String, LocalDate> done;

  private ElectionFollowUp(
      UnitId unit, ElectionTimeline timeline, LocalDate startsOn, ImmutableMap<String, LocalDate> done) {
    this.unit = unit;
    this.timeline = timeline;
    this.startsOn = startsOn;
    this.done = done;
  }

  /**
   * Returns the follow-up of a timeline by a unit, nothing done yet, starting on the timeline's first day.
   *
   * @param unit the unit that follows the timeline, not null
   * @param timeline the timeline, not null
   * @return the follow-up, not null
   */
  public static ElectionFollowUp of(UnitId unit, ElectionTimeline timeline) {
    requireNonNull(timeline, "timeline");
    return of(unit, timeline, timeline.start());
  }

  /**
   * Returns the follow-up of a timeline by a unit, nothing done yet, starting on a day no later than the timeline's
   * first milestone.
   *
   * @param unit the unit that follows the timeline, not null
   * @param timeline the timeline, not null
   * @param startsOn the first day a milestone may be recorded done, on or before {@link ElectionTimeline#start()}
   * @return the follow-up, not null
   * @throws IllegalArgumentException if {@code startsOn} is after the timeline's first milestone
   */
  public static ElectionFollowUp of(UnitId unit, ElectionTimeline timeline, LocalDate startsOn) {
    requireNonNull(unit, "unit");
    requireNonNull(timeline, "timeline");
    requireNonNull(startsOn, "startsOn");
    checkArgument(
        !startsOn.isAfter(timeline.start()),
        "a follow-up starts no later than the first milestone of its timeline, %s; startsOn was %s",
        timeline.start(),
        startsOn);
    return new ElectionFollowUp(unit, timeline, startsOn, ImmutableMap.of());
  }

  /**
   * Returns this follow-up with a milestone recorded done on a day. This one is left as it was, refused or not.
   *
   * @param milestone the name of the milestone, one of the timeline's, for example "VOTER_LISTS_POSTED_2015"
   * @param on the day it was done, not before {@link #startsOn()}, not null
   * @return the new follow-up, not null
   * @throws IllegalArgumentException naming the milestone and the value, if the timeline has no milestone of that
   *     name, if it is already recorded done, or if {@code on} is before the follow-up starts
   */
  public ElectionFollowUp recordDone(String milestone, LocalDate on) {
    requireNonNull(milestone, "milestone");
    requireNonNull(on, "on");
    checkArgument(
        timeline.milestone(milestone).isPresent(),
        "the timeline of %s has no milestone named %s",
        timeline.electionDay(),
        Texts.quote(milestone));
    LocalDate before = done.get(milestone);
    checkArgument(
        before == null, "a milestone is recorded done once; %s was recorded done on %s, on was %s", milestone, before, on);
    checkArgument(
        !on.isBefore(startsOn),
        "a milestone is recorded done on or after the day the follow-up starts, %s; %s on was %s",
        startsOn,
        milestone,
        on);
    Map<String, LocalDate> next = new LinkedHashMap<>(done);
    next.put(milestone, on);
    return new ElectionFollowUp(unit, timeline, startsOn, ImmutableMap.copyOf(next));
  }

  /**
   * Returns the unit that follows the timeline.
   *
   * @return the unit, not null
   */
  public UnitId unit() {
    return unit;
  }

  /**
   * Returns the timeline.
   *
   * @return the timeline, not null
   */
  public ElectionTimeline timeline() {
    return timeline;
  }

  /**
   * Returns the first day a milestone may be recorded done.
   *
   * @return the day, not null
   */
  public LocalDate startsOn() {
    return startsOn;
  }

  /**
   * Returns the milestones recorded done, by name, in the order recorded.
   *
   * @return the days done, by milestone name, not null
   */
  public ImmutableMap<String, LocalDate> done() {
    return done;
  }

  /**
   * Returns the day a milestone was recorded done.
   *
   * @param milestone the name of the milestone, not null
   * @return the day, or empty if it is not recorded done
   */
  public Optional<LocalDate> doneOn(String milestone) {
    return Optional.ofNullable(done.get(requireNonNull(milestone, "milestone")));
  }

  /**
   * Returns how a milestone stands on a day.
   *
   * @param milestone the name of the milestone, one of the timeline's, not null
   * @param asOf the day, not null
   * @return the check, not null
   * @throws IllegalArgumentException if the timeline has no milestone of that name
   */
  public MilestoneCheck check(String milestone, LocalDate asOf) {
    Milestone m =
        timeline
            .milestone(milestone)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the timeline of " + timeline.electionDay() + " has no milestone named " + Texts.quote(milestone)));
    return MilestoneCheck.of(m, doneOn(milestone), asOf);
  }

  /**
   * Returns how every milestone stands on a day, in the order of the timeline.
   *
   * @param asOf the day, not null
   * @return the checks, one per milestone, not null
   */
  public ImmutableList<MilestoneCheck> checks(LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    return timeline.milestones().stream()
        .map(m -> MilestoneCheck.of(m, doneOn(m.name()), asOf))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ElectionFollowUp other
        && unit.equals(other.unit)
        && timeline.equals(other.timeline)
        && startsOn.equals(other.startsOn)
        && done.equals(other.done);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, timeline, startsOn, done);
  }

  /**
   * Returns a readable form, for example "ElectionFollowUp[HG-VPTU, 2016-05-22, 3 of 37 done]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ElectionFollowUp["
        + unit
        + ", "
        + timeline.electionDay()
        + ", "
        + done.size()
        + " of "
        + timeline.milestones().size()
        + " done]";
  }
}
