package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemCommand;
import io.github.vanphong.meeting.ActionItemEvent;
import io.github.vanphong.meeting.ActionItemId;
import io.github.vanphong.meeting.ActionItemState;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.Approximation;
import io.github.vanphong.meeting.Attendance;
import io.github.vanphong.meeting.AttendanceCount;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.BriefingId;
import io.github.vanphong.meeting.BriefingInconsistency;
import io.github.vanphong.meeting.BriefingRule;
import io.github.vanphong.meeting.Conclusion;
import io.github.vanphong.meeting.ConclusionNotice;
import io.github.vanphong.meeting.FollowUp;
import io.github.vanphong.meeting.MeetingKind;
import io.github.vanphong.meeting.Progress;
import io.github.vanphong.meeting.Recurrence;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of the types of {@code io.github.vanphong.meeting}: briefings, conclusions, action items and their
 * progress.
 */
final class MeetingCodecs {
  private MeetingCodecs() {}

  static final EnumCodec<ActionItemCommand> ACTION_ITEM_COMMAND =
      Codecs.codes(ActionItemCommand.class)
          .code(ActionItemCommand.ASSIGN, "assign")
          .code(ActionItemCommand.START, "start")
          .code(ActionItemCommand.EXTEND, "extend")
          .code(ActionItemCommand.REPORT_DONE, "report-done")
          .code(ActionItemCommand.CANCEL, "cancel")
          .build();

  static final EnumCodec<ActionItemState> ACTION_ITEM_STATE =
      Codecs.codes(ActionItemState.class)
          .code(ActionItemState.ASSIGNED, "assigned")
          .code(ActionItemState.IN_PROGRESS, "in-progress")
          .code(ActionItemState.EXTENDED, "extended")
          .code(ActionItemState.REPORTED_DONE, "reported-done")
          .code(ActionItemState.CANCELLED, "cancelled")
          .build();

  static final EnumCodec<Approximation> APPROXIMATION =
      Codecs.codes(Approximation.class)
          .code(Approximation.EXACT, "exact")
          .code(Approximation.NEARLY, "nearly")
          .code(Approximation.ABOUT, "about")
          .code(Approximation.MORE_THAN, "more-than")
          .build();

  static final EnumCodec<BriefingRule> BRIEFING_RULE =
      Codecs.codes(BriefingRule.class)
          .code(BriefingRule.CHAIR_KNOWN, "chair-known")
          .code(BriefingRule.CHAIR_HOLDS_POST, "chair-holds-post")
          .code(BriefingRule.CONVENER_ALIVE, "convener-alive")
          .code(BriefingRule.INVITED_UNIT_ALIVE, "invited-unit-alive")
          .code(BriefingRule.INVITED_PERSON_KNOWN, "invited-person-known")
          .build();

  static final EnumCodec<MeetingKind> MEETING_KIND =
      Codecs.codes(MeetingKind.class)
          .code(MeetingKind.BRIEFING, "briefing")
          .code(MeetingKind.INTERIM_REVIEW, "interim-review")
          .code(MeetingKind.FINAL_REVIEW, "final-review")
          .code(MeetingKind.CONFERENCE, "conference")
          .build();

  static final Codec<BriefingId> BRIEFING_ID =
      Codecs.text(BriefingId.class, "a briefing identifier", BriefingId::value, BriefingId::of);

  static final Codec<ActionItemId> ACTION_ITEM_ID =
      Codecs.text(ActionItemId.class, "an action item identifier", ActionItemId::value, ActionItemId::of);

  /** A count of people: {@code {"number": 200, "approximation": "nearly"}}. */
  static final Codec<AttendanceCount> ATTENDANCE_COUNT =
      Codecs.object(
          AttendanceCount.class,
          (out, c) -> out.integer("number", c.number()).put("approximation", APPROXIMATION, c.approximation()),
          in -> AttendanceCount.of(in.integer("number"), in.get("approximation", APPROXIMATION)));

  /** One level's count in an attendance: the level, then the count's fields. */
  private record LevelCount(Level level, AttendanceCount count) {}

  private static final Codec<LevelCount> LEVEL_COUNT =
      Codecs.object(
          LevelCount.class,
          (out, c) ->
              out.put("level", OrganizationCodecs.LEVEL, c.level())
                  .integer("number", c.count().number())
                  .put("approximation", APPROXIMATION, c.count().approximation()),
          in ->
              new LevelCount(
                  in.get("level", OrganizationCodecs.LEVEL),
                  AttendanceCount.of(in.integer("number"), in.get("approximation", APPROXIMATION))));

  private static ImmutableList<LevelCount> byLevel(Map<Level, AttendanceCount> counts) {
    return counts.entrySet().stream()
        .map(e -> new LevelCount(e.getKey(), e.getValue()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The people expected and present, each a list of counts by level in the order of levels:
   * {@code {"expected": [{"level": "provincial", "number": 12, "approximation": "exact"}], "present": [...]}}.
   */
  static final Codec<Attendance> ATTENDANCE =
      Codecs.object(
          Attendance.class,
          (out, a) ->
              out.list("expected", LEVEL_COUNT, byLevel(a.expected()))
                  .list("present", LEVEL_COUNT, byLevel(a.present())),
          in -> {
            Attendance.Builder attendance = Attendance.builder();
            in.list("expected", LEVEL_COUNT).forEach(c -> attendance.putExpected(c.level(), c.count()));
            in.list("present", LEVEL_COUNT).forEach(c -> attendance.putPresent(c.level(), c.count()));
            return attendance.build();
          });

  static final Codec<Conclusion> CONCLUSION =
      Codecs.object(
          Conclusion.class,
          (out, c) -> out.integer("number", c.number()).text("text", c.text()),
          in -> Conclusion.of(in.integer("number"), in.text("text")));

  /** A recurrence: its first day, its interval as an ISO-8601 period, and the basis that sets it. */
  static final Codec<Recurrence> RECURRENCE =
      Codecs.object(
          Recurrence.class,
          (out, r) ->
              out.put("first", Codecs.DATE, r.first())
                  .put("interval", Codecs.PERIOD, r.interval())
                  .put("basis", LawCodecs.LEGAL_BASIS, r.basis()),
          in ->
              Recurrence.every(
                  in.get("interval", Codecs.PERIOD),
                  in.get("first", Codecs.DATE),
                  in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** A briefing's record: a value, not a workflow, kept as a document of its own. */
  static final Codec<Briefing> BRIEFING =
      Codecs.document(
          Briefing.class,
          "vanphong.briefing",
          1,
          (out, b) ->
              out.put("id", BRIEFING_ID, b.id())
                  .put("kind", MEETING_KIND, b.kind())
                  .text("title", b.title())
                  .put("date", Codecs.DATE, b.date())
                  .put("convenedBy", OrganizationCodecs.UNIT_ID, b.convenedBy())
                  .put("chair", OrganizationCodecs.PERSON_ID, b.chair())
                  .put("chairPost", OrganizationCodecs.POST, b.chairPost())
                  .list("invitedUnits", OrganizationCodecs.UNIT_ID, b.invitedUnits())
                  .list("invitedPeople", OrganizationCodecs.PERSON_ID, b.invitedPeople())
                  .put("attendance", ATTENDANCE, b.attendance())
                  .list("agenda", Codecs.TEXT, b.agenda())
                  .list("conclusions", CONCLUSION, b.conclusions())
                  .optional("recurrence", RECURRENCE, b.recurrence()),
          in ->
              Briefing.builder()
                  .id(in.get("id", BRIEFING_ID))
                  .kind(in.get("kind", MEETING_KIND))
                  .title(in.text("title"))
                  .date(in.get("date", Codecs.DATE))
                  .convenedBy(in.get("convenedBy", OrganizationCodecs.UNIT_ID))
                  .chair(in.get("chair", OrganizationCodecs.PERSON_ID))
                  .chairPost(in.get("chairPost", OrganizationCodecs.POST))
                  .addAllInvitedUnits(in.set("invitedUnits", OrganizationCodecs.UNIT_ID))
                  .addAllInvitedPeople(in.set("invitedPeople", OrganizationCodecs.PERSON_ID))
                  .attendance(in.get("attendance", ATTENDANCE))
                  .addAllAgenda(in.list("agenda", Codecs.TEXT))
                  .addAllConclusions(in.list("conclusions", CONCLUSION))
                  .recurrence(in.optional("recurrence", RECURRENCE))
                  .build());

  /** A value at fault in a briefing's record: a person, a unit or a post, told apart by {@code "kind"}. */
  static final Codec<Object> VALUE_AT_FAULT =
      Codecs.union(Object.class, "kind")
          .variant(
              "person",
              PersonId.class,
              (out, p) -> out.put("person", OrganizationCodecs.PERSON_ID, p),
              in -> in.get("person", OrganizationCodecs.PERSON_ID))
          .variant(
              "unit",
              UnitId.class,
              (out, u) -> out.put("unit", OrganizationCodecs.UNIT_ID, u),
              in -> in.get("unit", OrganizationCodecs.UNIT_ID))
          .variant(
              "post",
              Post.class,
              (out, p) -> out.put("post", OrganizationCodecs.POST, p),
              in -> in.get("post", OrganizationCodecs.POST))
          .build();

  static final Codec<BriefingInconsistency> BRIEFING_INCONSISTENCY =
      Codecs.object(
          BriefingInconsistency.class,
          (out, i) ->
              out.put("rule", BRIEFING_RULE, i.rule())
                  .put("briefing", BRIEFING_ID, i.briefing())
                  .put("date", Codecs.DATE, i.date())
                  .text("message", i.message())
                  .list("values", VALUE_AT_FAULT, i.values()),
          in ->
              BriefingInconsistency.of(
                  in.get("rule", BRIEFING_RULE),
                  in.get("briefing", BRIEFING_ID),
                  in.get("date", Codecs.DATE),
                  in.text("message"),
                  in.list("values", VALUE_AT_FAULT).toArray()));

  /** A notice of conclusions: the briefing it records, its register entry in full, the conclusions, confirmation. */
  static final Codec<ConclusionNotice> CONCLUSION_NOTICE =
      Codecs.object(
          ConclusionNotice.class,
          (out, n) ->
              out.put("briefing", BRIEFING_ID, n.briefing())
                  .put("briefingDate", Codecs.DATE, n.briefingDate())
                  .put("entry", DocumentCodecs.REGISTER_ENTRY, n.entry())
                  .list("conclusions", CONCLUSION, n.conclusions())
                  .put("confirmation", LawCodecs.CONFIRMATION, n.confirmation()),
          in ->
              ConclusionNotice.of(
                      in.get("briefing", BRIEFING_ID),
                      in.get("briefingDate", Codecs.DATE),
                      in.list("conclusions", CONCLUSION),
                      in.get("entry", DocumentCodecs.REGISTER_ENTRY))
                  .withConfirmation(in.get("confirmation", LawCodecs.CONFIRMATION)));

  /** An event of an action item: the command, day and actor, the extension granted, and the note or reason. */
  static final Codec<ActionItemEvent> ACTION_ITEM_EVENT =
      Codecs.object(
          ActionItemEvent.class,
          (out, e) ->
              out.put("command", ACTION_ITEM_COMMAND, e.command())
                  .put("date", Codecs.DATE, e.date())
                  .put("actor", OrganizationCodecs.PERSON_ID, e.actor())
                  .optional("extension", CalendarCodecs.EXTENSION, e.extension())
                  .optional("note", Codecs.TEXT, e.note()),
          in ->
              ActionItemEvent.builder()
                  .command(in.get("command", ACTION_ITEM_COMMAND))
                  .date(in.get("date", Codecs.DATE))
                  .actor(in.get("actor", OrganizationCodecs.PERSON_ID))
                  .extension(in.optional("extension", CalendarCodecs.EXTENSION))
                  .note(in.optional("note", Codecs.TEXT))
                  .build());

  /**
   * An action item as what it was assigned with (its identifier, briefing, conclusion, owner and first deadline)
   * and its events; read back by {@link ActionItem#replay}, so that a history the workflow refuses is refused at
   * the event at fault, and the deadline is extended again by each extension.
   */
  static final Codec<ActionItem> ACTION_ITEM =
      Codecs.document(
          ActionItem.class,
          "vanphong.action-item",
          1,
          (out, a) ->
              out.put("id", ACTION_ITEM_ID, a.id())
                  .put("briefing", BRIEFING_ID, a.briefing())
                  .put("conclusion", CONCLUSION, a.conclusion())
                  .put("owner", OrganizationCodecs.UNIT_ID, a.owner())
                  .put("initialDeadline", CalendarCodecs.DEADLINE, a.initialDeadline())
                  .list("history", ACTION_ITEM_EVENT, a.history()),
          MeetingCodecs::actionItem);

  private static ActionItem actionItem(In in) {
    ActionItemId id = in.get("id", ACTION_ITEM_ID);
    BriefingId briefing = in.get("briefing", BRIEFING_ID);
    Conclusion conclusion = in.get("conclusion", CONCLUSION);
    UnitId owner = in.get("owner", OrganizationCodecs.UNIT_ID);
    Deadline deadline = in.get("initialDeadline", CalendarCodecs.DEADLINE);
    ImmutableList<ActionItemEvent> history = in.list("history", ACTION_ITEM_EVENT);
    return Histories.replay(
        in,
        "history",
        history.size(),
        n -> ActionItem.replay(id, briefing, conclusion, owner, deadline, history.subList(0, n)),
        "action item");
  }

  /** The register of action items that follows up conclusions: its items, each a document of its own, in order. */
  static final Codec<FollowUp> FOLLOW_UP =
      Codecs.document(
          FollowUp.class,
          "vanphong.follow-up",
          1,
          (out, f) -> out.list("items", ACTION_ITEM, f.items()),
          in -> FollowUp.of(in.list("items", ACTION_ITEM)));

  /** The number of items in one state: {@code {"state": "in-progress", "items": 8}}. */
  private record StateCount(ActionItemState state, int items) {}

  private static final Codec<StateCount> STATE_COUNT =
      Codecs.object(
          StateCount.class,
          (out, c) -> out.put("state", ACTION_ITEM_STATE, c.state()).integer("items", c.items()),
          in -> new StateCount(in.get("state", ACTION_ITEM_STATE), in.integer("items")));

  /**
   * The figures of action items on a day: {@code asOf}, left out for figures of no item, {@code byState} [{@code
   * {"state", "items"}}] in the order of states, those with no item left out, {@code overdue} and {@code doneLate}.
   * Reading makes them through {@link Progress#of(LocalDate, Map, int, int) Progress.of}, which refuses counts that disagree.
   */
  static final Codec<Progress> PROGRESS =
      Codecs.object(
          Progress.class,
          (out, p) ->
              out.optional("asOf", Codecs.DATE, p.asOf())
                  .list(
                      "byState",
                      STATE_COUNT,
                      p.byState().entrySet().stream()
                          .map(e -> new StateCount(e.getKey(), e.getValue()))
                          .collect(ImmutableList.toImmutableList()))
                  .integer("overdue", p.overdue())
                  .integer("doneLate", p.doneLate()),
          in -> {
            Optional<LocalDate> asOf = in.optional("asOf", Codecs.DATE);
            Map<ActionItemState, Integer> byState =
                Maps.transformValues(in.keyed("byState", STATE_COUNT, StateCount::state), StateCount::items);
            int overdue = in.integer("overdue");
            int doneLate = in.integer("doneLate");
            if (asOf.isEmpty()) {
              if (byState.isEmpty() && overdue == 0 && doneLate == 0) {
                return Progress.empty();
              }
              throw new ReadError(in.path(), "missing field \"asOf\": figures that count items hold on a day");
            }
            return Progress.of(asOf.get(), byState, overdue, doneLate);
          });

  /** The figures of one unit's own items: {@code {"unit": "HG-VPTU", "progress": Progress}}. */
  private record UnitProgress(UnitId unit, Progress progress) {}

  private static final Codec<UnitProgress> UNIT_PROGRESS =
      Codecs.object(
          UnitProgress.class,
          (out, u) -> out.put("unit", OrganizationCodecs.UNIT_ID, u.unit()).put("progress", PROGRESS, u.progress()),
          in -> new UnitProgress(in.get("unit", OrganizationCodecs.UNIT_ID), in.get("progress", PROGRESS)));

  /**
   * The figures of each unit's own items: {@code {"byUnit": [UnitProgress]}} in the order of units, each unit's
   * figures with their day. Reading makes the summary through {@link ActionItemSummary#of(Map) ActionItemSummary.of}, which refuses
   * figures of different days; a unit listed twice is refused.
   */
  static final Codec<ActionItemSummary> ACTION_ITEM_SUMMARY =
      Codecs.object(
          ActionItemSummary.class,
          (out, s) ->
              out.list(
                  "byUnit",
                  UNIT_PROGRESS,
                  s.byUnit().entrySet().stream()
                      .map(e -> new UnitProgress(e.getKey(), e.getValue()))
                      .collect(ImmutableList.toImmutableList())),
          in ->
              ActionItemSummary.of(
                  Maps.transformValues(
                      in.keyed("byUnit", UNIT_PROGRESS, UnitProgress::unit), UnitProgress::progress)));

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        ACTION_ITEM_COMMAND,
        ACTION_ITEM_STATE,
        PROGRESS,
        ACTION_ITEM_SUMMARY,
        APPROXIMATION,
        BRIEFING_RULE,
        MEETING_KIND,
        BRIEFING_ID,
        ACTION_ITEM_ID,
        ATTENDANCE_COUNT,
        ATTENDANCE,
        CONCLUSION,
        RECURRENCE,
        BRIEFING,
        BRIEFING_INCONSISTENCY,
        CONCLUSION_NOTICE,
        ACTION_ITEM_EVENT,
        ACTION_ITEM,
        FOLLOW_UP);
  }
}
