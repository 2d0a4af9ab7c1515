package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.UnitId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A briefing or review the office convenes, as it happened: its kind, day and convening unit, who chaired it and in
 * which post, the units and people invited, the attendance by level, the agenda and the numbered conclusions. For
 * example the first briefing of Hậu Giang's party committee offices, on the afternoon of 2016-03-01, convened by
 * Văn phòng Tỉnh ủy and chaired by Huỳnh Thanh Tạo, Standing Deputy Secretary of the Provincial Party Committee
 * (also Chair of the provincial People's Council), with nearly 200 cadres of the district-level offices.
 *
 * <p>A briefing is a record, not a workflow: its conclusions become {@link ActionItem}s ({@link #assign}), which
 * carry their own history. It may recur ({@link #recurrence()}), and then knows when the next one is due. Whether
 * the chair held the post named, and whether the units invited existed on the day, is checked against an {@link
 * OrgChart} by {@link #inconsistenciesWith(OrgChart) inconsistenciesWith}, which names each check failed as a {@link BriefingRule}.
 * The title and the agenda are kept in Unicode NFC.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class Briefing {

  Briefing() {}

  /**
   * The identifier.
   *
   * @return the identifier, not null
   */
  public abstract BriefingId id();

  /**
   * What the meeting is for.
   *
   * @return the kind, not null
   */
  public abstract MeetingKind kind();

  /**
   * The title, in NFC, for example "Giao ban công tác văn phòng cấp ủy lần đầu tiên".
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * The day of the meeting.
   *
   * @return the day, not null
   */
  public abstract LocalDate date();

  /**
   * The unit that convened and organised it, for example Văn phòng Tỉnh ủy.
   *
   * @return the unit's identifier, not null
   */
  public abstract UnitId convenedBy();

  /**
   * The person who chaired it.
   *
   * @return the chair's identifier, not null
   */
  public abstract PersonId chair();

  /**
   * The post in which the chair presided, for example the Standing Deputy Secretary of the Provincial Party
   * Committee; the chair may hold other posts too.
   *
   * @return the post, not null
   */
  public abstract Post chairPost();

  /**
   * The units invited, in the order given.
   *
   * @return the units, possibly empty, not null
   */
  public abstract ImmutableSet<UnitId> invitedUnits();

  /**
   * The people invited by name, in the order given.
   *
   * @return the people, possibly empty, not null
   */
  public abstract ImmutableSet<PersonId> invitedPeople();

  /**
   * Who was expected and who came, by level; nothing recorded unless set.
   *
   * @return the attendance, not null
   */
  @Value.Default
  public Attendance attendance() {
    return Attendance.none();
  }

  /**
   * The items of the agenda, in order, each in NFC.
   *
   * @return the agenda, possibly empty, none blank, not null
   */
  public abstract ImmutableList<String> agenda();

  /**
   * The conclusions, numbered from 1 in order.
   *
   * @return the conclusions, possibly empty, not null
   */
  public abstract ImmutableList<Conclusion> conclusions();

  /**
   * How the briefing recurs, if it does.
   *
   * @return the recurrence, or empty for a one-off meeting
   */
  public abstract Optional<Recurrence> recurrence();

  /**
   * Returns a builder. The identifier, kind, title, day, convening unit, chair and chair's post are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Briefing}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableBriefing.Builder {
    Builder() {}
  }

  @Value.Check
  Briefing normalize() {
    checkArgument(!Texts.isBlank(title()), "briefing %s needs a title: %s", id(), Texts.quote(title()));
    for (int i = 0; i < agenda().size(); i++) {
      checkArgument(!Texts.isBlank(agenda().get(i)), "item %s of the agenda of briefing %s is blank", i + 1, id());
    }
    for (int i = 0; i < conclusions().size(); i++) {
      checkArgument(
          conclusions().get(i).number() == i + 1,
          "the conclusions of a briefing are numbered 1, 2, 3 … in order; conclusion %s of briefing %s is numbered %s",
          i + 1,
          id(),
          conclusions().get(i).number());
    }
    String title = nfc(title());
    ImmutableList<String> agenda = agenda().stream().map(Briefing::nfc).collect(ImmutableList.toImmutableList());
    if (title.equals(title()) && agenda.equals(agenda())) {
      return this;
    }
    return builder().from(this).title(title).agenda(agenda).build();
  }

  private static String nfc(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /**
   * Returns the conclusion with the given number.
   *
   * @param number the number, from 1 to the number of conclusions
   * @return the conclusion, not null
   * @throws IllegalArgumentException if the briefing has no conclusion with that number
   */
  public Conclusion conclusion(int number) {
    checkArgument(
        number >= 1 && number <= conclusions().size(),
        "briefing %s has conclusions 1 to %s; there is no conclusion %s",
        id(),
        conclusions().size(),
        number);
    return conclusions().get(number - 1);
  }

  /**
   * Returns this briefing with one more conclusion, numbered after the last.
   *
   * @param text what the conclusion says, not blank
   * @return the new briefing, not null
   * @throws IllegalArgumentException if the text is blank
   */
  public Briefing withConclusion(String text) {
    return builder().from(this).addConclusions(Conclusion.of(conclusions().size() + 1, text)).build();
  }

  /**
   * Assigns a conclusion to a unit: the first event of a new action item.
   *
   * @param number the number of the conclusion, from 1 to the number of conclusions
   * @param id the item's identifier, not null
   * @param owner the unit in charge, not null
   * @param deadline the deadline set, counted from the briefing or its conclusion notice, not null
   * @param on the day of the assignment, not before the briefing nor the day the deadline counts from, not null
   * @param by who assigned it, not null
   * @return the action item, {@link ActionItemState#ASSIGNED}, not null
   * @throws IllegalArgumentException if the briefing has no such conclusion, or the assignment is dated before the
   *     briefing or before the day the deadline counts from
   */
  public ActionItem assign(
      int number, ActionItemId id, UnitId owner, Deadline deadline, LocalDate on, PersonId by) {
    requireNonNull(id, "id");
    requireNonNull(owner, "owner");
    requireNonNull(deadline, "deadline");
    requireNonNull(on, "on");
    requireNonNull(by, "by");
    Conclusion conclusion = conclusion(number);
    checkArgument(
        !on.isBefore(date()),
        "a conclusion is assigned on or after the day of its briefing (%s, %s); %s is dated %s",
        date(),
        id(),
        id,
        on);
    return ActionItem.assign(id, id(), conclusion, owner, deadline, on, by);
  }

  /**
   * Returns the day the next briefing of the series is due after a given day.
   *
   * @param day the day, not null
   * @return the next occurrence after {@code day}, or empty for a one-off meeting
   */
  public Optional<LocalDate> nextDueAfter(LocalDate day) {
    requireNonNull(day, "day");
    return recurrence().map(r -> r.nextAfter(day));
  }

  /**
   * Returns every inconsistency the org chart finds in this record, one per check failed ({@link BriefingRule}): the
   * chair not a person of the chart ({@link BriefingRule#CHAIR_KNOWN}) or not holding the post named on the day
   * ({@link BriefingRule#CHAIR_HOLDS_POST}), the convening unit ({@link BriefingRule#CONVENER_ALIVE}) or an invited
   * unit ({@link BriefingRule#INVITED_UNIT_ALIVE}) not alive on the day, an invited person not a person of the chart
   * ({@link BriefingRule#INVITED_PERSON_KNOWN}). For example a briefing of 2026 convened by a district office ended
   * on 2025-06-30 has a {@link BriefingRule#CONVENER_ALIVE} inconsistency naming that office. The chart is the
   * application's; the inconsistencies are for it to act on, and this briefing is left as it was.
   *
   * @param chart the org chart, not null
   * @return the inconsistencies, in the order of the rules, then of the invitations; empty if the chart bears the
   *     record out, not null
   */
  public ImmutableList<BriefingInconsistency> inconsistenciesWith(OrgChart chart) {
    requireNonNull(chart, "chart");
    List<BriefingInconsistency> found = new ArrayList<>();
    if (chart.person(chair()).isEmpty()) {
      found.add(
          inconsistency(
              BriefingRule.CHAIR_KNOWN, "the chair " + chair() + " is not a person of the chart", chair()));
    } else if (!chart.postsOf(chair(), date()).contains(chairPost())) {
      found.add(
          inconsistency(
              BriefingRule.CHAIR_HOLDS_POST,
              "the chair "
                  + chair()
                  + " does not hold the post "
                  + chairPost()
                  + " on "
                  + date()
                  + "; posts held: "
                  + chart.postsOf(chair(), date()),
              chair(),
              chairPost()));
    }
    if (chart.unit(convenedBy(), date()).isEmpty()) {
      found.add(
          inconsistency(
              BriefingRule.CONVENER_ALIVE,
              "the convening unit " + convenedBy() + " is not alive on " + date(),
              convenedBy()));
    }
    for (UnitId unit : invitedUnits()) {
      if (chart.unit(unit, date()).isEmpty()) {
        found.add(
            inconsistency(
                BriefingRule.INVITED_UNIT_ALIVE, "the invited unit " + unit + " is not alive on " + date(), unit));
      }
    }
    for (PersonId person : invitedPeople()) {
      if (chart.person(person).isEmpty()) {
        found.add(
            inconsistency(
                BriefingRule.INVITED_PERSON_KNOWN,
                "the invited person " + person + " is not a person of the chart",
                person));
      }
    }
    return ImmutableList.copyOf(found);
  }

  private BriefingInconsistency inconsistency(BriefingRule rule, String facts, Object... values) {
    return BriefingInconsistency.of(rule, id(), date(), facts, values);
  }

  /**
   * Returns the identifier, kind, day, title, chair and the numbers of units invited and conclusions:
   * "Briefing[HG-GB-2016-03-01, BRIEFING on 2016-03-01, Giao ban công tác văn phòng cấp ủy lần đầu tiên, chaired
   * by HG-P-HTT as Standing Deputy Secretary of HG-TU, 11 units invited, 6 conclusions]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "Briefing["
        + id()
        + ", "
        + kind()
        + " on "
        + date()
        + ", "
        + title()
        + ", chaired by "
        + chair()
        + " as "
        + chairPost()
        + ", "
        + invitedUnits().size()
        + " units invited, "
        + conclusions().size()
        + " conclusions]";
  }
}
