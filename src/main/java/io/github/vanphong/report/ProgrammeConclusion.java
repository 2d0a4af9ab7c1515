package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.ActionItemState;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.Conclusion;
import io.github.vanphong.meeting.Progress;
import io.github.vanphong.programme.ProgrammeItem;
import io.github.vanphong.programme.ProgrammeItemState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A matter of a work programme linked to the session that concluded it: the concluded {@link ProgrammeItem}, the
 * {@link Briefing} (a session of the body, a briefing or a review) at which it was discussed and concluded, the
 * number of the briefing's {@link Conclusion} that concluded it, and the {@link ActionItem}s assigned from that
 * conclusion, possibly none. For example the standing committee's item "review of the first half of 2016", concluded
 * at the session of 2016-07-20 by its conclusion 2, from which two units were given work.
 *
 * <p>A link is refused when built, with an {@link IllegalArgumentException} naming the {@link ConclusionLinkRule} and
 * the value at fault: the item is not concluded ({@link ConclusionLinkRule#ITEM_CONCLUDED}); it was concluded on
 * another day than the briefing's ({@link ConclusionLinkRule#CONCLUDED_ON_THE_BRIEFING_DAY}); the number is not one
 * of the briefing's conclusions ({@link ConclusionLinkRule#CONCLUSION_OF_THE_BRIEFING}); an action item comes from
 * another briefing or another conclusion ({@link ConclusionLinkRule#ACTION_ITEM_OF_THE_CONCLUSION}); or an action
 * item is given twice ({@link ConclusionLinkRule#ACTION_ITEM_ONCE}). None of these rules rests on an instrument read:
 * two are office practice, three are structural.
 *
 * <p>Whether the briefing was convened by the body whose programme holds the item is not checked, and cannot be from
 * these values: an item carries only the unit that prepares it ({@link ProgrammeItem#preparedBy()}), the committee
 * and the body are those of its {@link io.github.vanphong.programme.WorkProgramme}, and a briefing is convened by a
 * unit ({@link Briefing#convenedBy()}) that is as a rule the committee's office, not the committee; how the two are
 * related is a matter of the organisation chart.
 *
 * <p>The follow-up of the conclusion on a day is that of its action items, in the meeting package's figures: {@link
 * #progress(LocalDate)}, {@link #summary(LocalDate)}, whether all were reported done ({@link #isDoneOn(LocalDate)})
 * and which were overdue ({@link #overdueOn(LocalDate)}).
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class ProgrammeConclusion {

  ProgrammeConclusion() {}

  /**
   * The matter of the programme, concluded.
   *
   * @return the item, {@link ProgrammeItemState#CONCLUDED}, not null
   */
  public abstract ProgrammeItem item();

  /**
   * The briefing or session at which the matter was discussed and concluded.
   *
   * @return the briefing, not null
   */
  public abstract Briefing briefing();

  /**
   * The number of the briefing's conclusion that concluded the matter.
   *
   * @return the number, from 1 to the number of the briefing's conclusions
   */
  public abstract int conclusionNumber();

  /**
   * The action items assigned from that conclusion, in the order given.
   *
   * @return the items, each of the briefing and the conclusion, distinct by identifier, possibly empty, not null
   */
  public abstract ImmutableList<ActionItem> actionItems();

  /**
   * Links a concluded item to the briefing and conclusion that concluded it, and to the action items assigned from
   * that conclusion.
   *
   * @param item the matter, concluded on the day of the briefing, not null
   * @param briefing the briefing, not null
   * @param conclusionNumber the number of the conclusion, from 1 to the number of the briefing's conclusions
   * @param actionItems the action items assigned from that conclusion of that briefing, distinct by identifier, none
   *     null, possibly empty
   * @return the link, not null
   * @throws IllegalArgumentException naming the {@link ConclusionLinkRule} and the value, if the item is not concluded
   *     ({@code ITEM_CONCLUDED}), was concluded on another day ({@code CONCLUDED_ON_THE_BRIEFING_DAY}), the number is
   *     not one of the briefing's conclusions ({@code CONCLUSION_OF_THE_BRIEFING}), an action item is of another
   *     briefing or conclusion ({@code ACTION_ITEM_OF_THE_CONCLUSION}) or is given twice ({@code ACTION_ITEM_ONCE})
   */
  public static ProgrammeConclusion of(
      ProgrammeItem item, Briefing briefing, int conclusionNumber, Iterable<ActionItem> actionItems) {
    requireNonNull(item, "item");
    requireNonNull(briefing, "briefing");
    ImmutableList<ActionItem> list = Arguments.list(actionItems, "actionItems");
    return ImmutableProgrammeConclusion.builder()
        .item(item)
        .briefing(briefing)
        .conclusionNumber(conclusionNumber)
        .actionItems(list)
        .build();
  }

  @Value.Check
  void check() {
    ProgrammeItem item = item();
    Briefing briefing = briefing();
    Optional<LocalDate> concludedOn = item.concludedOn();
    checkArgument(
        item.state() == ProgrammeItemState.CONCLUDED,
        "%s: only a concluded programme item is linked to a conclusion; %s is %s",
        ConclusionLinkRule.ITEM_CONCLUDED.name(),
        item.id(),
        item.state());
    checkArgument(
        concludedOn.equals(Optional.of(briefing.date())),
        "%s: programme item %s was concluded on %s, briefing %s was held on %s",
        ConclusionLinkRule.CONCLUDED_ON_THE_BRIEFING_DAY.name(),
        item.id(),
        concludedOn.map(LocalDate::toString).orElse("no day"),
        briefing.id(),
        briefing.date());
    int count = briefing.conclusions().size();
    checkArgument(
        conclusionNumber() >= 1 && conclusionNumber() <= count,
        "%s: briefing %s has %s conclusions; there is no conclusion %s",
        ConclusionLinkRule.CONCLUSION_OF_THE_BRIEFING.name(),
        briefing.id(),
        count,
        conclusionNumber());
    Conclusion conclusion = briefing.conclusion(conclusionNumber());
    Set<ActionItemId> seen = new HashSet<>();
    for (ActionItem actionItem : actionItems()) {
      checkArgument(
          actionItem.briefing().equals(briefing.id()),
          "%s: action item %s was assigned at briefing %s, not %s",
          ConclusionLinkRule.ACTION_ITEM_OF_THE_CONCLUSION.name(),
          actionItem.id(),
          actionItem.briefing(),
          briefing.id());
      checkArgument(
          actionItem.conclusion().equals(conclusion),
          "%s: action item %s was assigned from conclusion %s of briefing %s, not from conclusion %s",
          ConclusionLinkRule.ACTION_ITEM_OF_THE_CONCLUSION.name(),
          actionItem.id(),
          actionItem.conclusion().number(),
          briefing.id(),
          conclusion.number());
      checkArgument(
          seen.add(actionItem.id()),
          "%s: action item %s is given twice",
          ConclusionLinkRule.ACTION_ITEM_ONCE.name(),
          actionItem.id());
    }
  }

  /**
   * Returns the conclusion that concluded the matter.
   *
   * @return the briefing's conclusion of {@link #conclusionNumber()}, not null
   */
  public Conclusion conclusion() {
    return briefing().conclusion(conclusionNumber());
  }

  /**
   * Returns the day the matter was concluded: that of the briefing.
   *
   * @return the day, not null
   */
  public LocalDate concludedOn() {
    return briefing().date();
  }

  /**
   * Returns this link with an action item put in: added at the end, or in place of the item with the same
   * identifier (its newer version, after a command). This link is left as it was.
   *
   * @param actionItem the action item, of the briefing and the conclusion, not null
   * @return the new link, not null
   * @throws IllegalArgumentException if the action item is of another briefing or conclusion ({@link
   *     ConclusionLinkRule#ACTION_ITEM_OF_THE_CONCLUSION})
   */
  public ProgrammeConclusion withActionItem(ActionItem actionItem) {
    requireNonNull(actionItem, "actionItem");
    List<ActionItem> items = new ArrayList<>();
    boolean replaced = false;
    for (ActionItem present : actionItems()) {
      if (present.id().equals(actionItem.id())) {
        items.add(actionItem);
        replaced = true;
      } else {
        items.add(present);
      }
    }
    if (!replaced) {
      items.add(actionItem);
    }
    return of(item(), briefing(), conclusionNumber(), items);
  }

  /**
   * Returns the figures of the action items at the end of a day, as the meeting package counts them.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the figures, {@link Progress#empty()} if no item was assigned by that day, not null
   * @throws java.time.DateTimeException if the day is outside the calendar's range
   */
  public Progress progress(LocalDate day) {
    requireNonNull(day, "day");
    return actionItems().stream().collect(Progress.collector(day));
  }

  /**
   * Returns the action items at the end of a day counted by state and by the unit in charge.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the summary, {@link ActionItemSummary#empty()} if no item was assigned by that day, not null
   * @throws java.time.DateTimeException if the day is outside the calendar's range
   */
  public ActionItemSummary summary(LocalDate day) {
    requireNonNull(day, "day");
    return actionItems().stream().collect(ActionItemSummary.collector(day));
  }

  /**
   * Tells whether the conclusion was carried out by the end of a day: every action item reported done by then. An
   * item cancelled, or not yet assigned on the day, is not done; a conclusion from which no work was assigned has
   * nothing left to do.
   *
   * @param day the day, not null
   * @return true if every action item was {@link ActionItemState#REPORTED_DONE} at the end of the day, or there is
   *     none
   */
  public boolean isDoneOn(LocalDate day) {
    requireNonNull(day, "day");
    Optional<ActionItemState> done = Optional.of(ActionItemState.REPORTED_DONE);
    return actionItems().stream().allMatch(a -> a.stateOn(day).equals(done));
  }

  /**
   * Returns the action items overdue at the end of a day: open, their deadline as extended by then passed.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the items, in the order of {@link #actionItems()}, possibly empty, not null
   * @throws java.time.DateTimeException if the day is outside the calendar's range
   */
  public ImmutableList<ActionItem> overdueOn(LocalDate day) {
    requireNonNull(day, "day");
    return actionItems().stream().filter(a -> a.isOverdueOn(day)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the item, the conclusion, the briefing, its day and the number of action items: "ProgrammeConclusion[
   * HG-BTV-7 concluded by conclusion 2 of HG-BTV-2016-07-20 on 2016-07-20, 2 action items]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    int n = actionItems().size();
    return "ProgrammeConclusion["
        + item().id()
        + " concluded by conclusion "
        + conclusionNumber()
        + " of "
        + briefing().id()
        + " on "
        + briefing().date()
        + ", "
        + n
        + (n == 1 ? " action item]" : " action items]");
  }
}
