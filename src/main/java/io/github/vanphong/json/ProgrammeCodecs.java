package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.programme.HeldMeeting;
import io.github.vanphong.programme.MeetingBody;
import io.github.vanphong.programme.MeetingRegime;
import io.github.vanphong.programme.MeetingRhythmBook;
import io.github.vanphong.programme.ProgrammeBody;
import io.github.vanphong.programme.ProgrammeItem;
import io.github.vanphong.programme.ProgrammeItemCommand;
import io.github.vanphong.programme.ProgrammeItemEvent;
import io.github.vanphong.programme.ProgrammeItemId;
import io.github.vanphong.programme.ProgrammeItemState;
import io.github.vanphong.programme.ProgrammePeriod;
import io.github.vanphong.programme.ProgrammeScope;
import io.github.vanphong.programme.ProgrammeSummary;
import io.github.vanphong.programme.RegularMeetingRule;
import io.github.vanphong.programme.RhythmViolation;
import io.github.vanphong.programme.WorkProgramme;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of the types of {@code io.github.vanphong.programme}: work programmes, their items and figures, and
 * the rhythm of regular meetings.
 */
final class ProgrammeCodecs {
  private ProgrammeCodecs() {}

  static final EnumCodec<ProgrammeScope> PROGRAMME_SCOPE =
      Codecs.codes(ProgrammeScope.class)
          .code(ProgrammeScope.TERM, "term")
          .code(ProgrammeScope.YEAR, "year")
          .code(ProgrammeScope.QUARTER, "quarter")
          .code(ProgrammeScope.MONTH, "month")
          .code(ProgrammeScope.WEEK, "week")
          .build();

  static final EnumCodec<ProgrammeBody> PROGRAMME_BODY =
      Codecs.codes(ProgrammeBody.class)
          .code(ProgrammeBody.EXECUTIVE_COMMITTEE, "executive-committee")
          .code(ProgrammeBody.STANDING_COMMITTEE, "standing-committee")
          .code(ProgrammeBody.STANDING_MEMBERS, "standing-members")
          .build();

  static final EnumCodec<ProgrammeItemCommand> PROGRAMME_ITEM_COMMAND =
      Codecs.codes(ProgrammeItemCommand.class)
          .code(ProgrammeItemCommand.PLAN, "plan")
          .code(ProgrammeItemCommand.PREPARE, "prepare")
          .code(ProgrammeItemCommand.SUBMIT, "submit")
          .code(ProgrammeItemCommand.CONCLUDE, "conclude")
          .code(ProgrammeItemCommand.POSTPONE, "postpone")
          .code(ProgrammeItemCommand.CARRY_OVER, "carry-over")
          .code(ProgrammeItemCommand.DROP, "drop")
          .build();

  static final EnumCodec<ProgrammeItemState> PROGRAMME_ITEM_STATE =
      Codecs.codes(ProgrammeItemState.class)
          .code(ProgrammeItemState.PLANNED, "planned")
          .code(ProgrammeItemState.PREPARED, "prepared")
          .code(ProgrammeItemState.SUBMITTED, "submitted")
          .code(ProgrammeItemState.CONCLUDED, "concluded")
          .code(ProgrammeItemState.POSTPONED, "postponed")
          .code(ProgrammeItemState.DROPPED, "dropped")
          .build();

  static final EnumCodec<MeetingBody> MEETING_BODY =
      Codecs.codes(MeetingBody.class)
          .code(MeetingBody.CENTRAL_COMMITTEE, "central-committee")
          .code(MeetingBody.PROVINCIAL_COMMITTEE, "provincial-committee")
          .code(MeetingBody.STANDING_COMMITTEE, "standing-committee")
          .code(MeetingBody.STANDING_MEMBERS, "standing-members")
          .code(MeetingBody.GRASSROOTS_COMMITTEE, "grassroots-committee")
          .code(MeetingBody.CELL, "cell")
          .code(MeetingBody.CELL_COMMITTEE, "cell-committee")
          .build();

  static final EnumCodec<MeetingRegime> MEETING_REGIME =
      Codecs.codes(MeetingRegime.class)
          .code(MeetingRegime.REGULAR, "regular")
          .code(MeetingRegime.EXTRAORDINARY, "extraordinary")
          .build();

  static final Codec<ProgrammeItemId> PROGRAMME_ITEM_ID =
      Codecs.text(ProgrammeItemId.class, "a programme item identifier", ProgrammeItemId::value, ProgrammeItemId::of);

  /** A period: {@code {"scope": "quarter", "start": "2016-04-01", "end": "2016-06-30"}}. */
  static final Codec<ProgrammePeriod> PROGRAMME_PERIOD =
      Codecs.object(
          ProgrammePeriod.class,
          (out, p) ->
              out.put("scope", PROGRAMME_SCOPE, p.scope())
                  .put("start", Codecs.DATE, p.start())
                  .put("end", Codecs.DATE, p.end()),
          in ->
              ProgrammePeriod.of(
                  in.get("scope", PROGRAMME_SCOPE), in.get("start", Codecs.DATE), in.get("end", Codecs.DATE)));

  /** An event of a programme item: the command, day and actor, the month due and the note. */
  static final Codec<ProgrammeItemEvent> PROGRAMME_ITEM_EVENT =
      Codecs.object(
          ProgrammeItemEvent.class,
          (out, e) ->
              out.put("command", PROGRAMME_ITEM_COMMAND, e.command())
                  .put("date", Codecs.DATE, e.date())
                  .put("actor", OrganizationCodecs.PERSON_ID, e.actor())
                  .optional("due", Codecs.MONTH, e.due())
                  .optional("note", Codecs.TEXT, e.note()),
          in ->
              ProgrammeItemEvent.builder()
                  .command(in.get("command", PROGRAMME_ITEM_COMMAND))
                  .date(in.get("date", Codecs.DATE))
                  .actor(in.get("actor", OrganizationCodecs.PERSON_ID))
                  .due(in.optional("due", Codecs.MONTH))
                  .note(in.optional("note", Codecs.TEXT))
                  .build());

  /** An item as its identifier, matter and body preparing it, and its events; read back by replaying them. */
  static final Codec<ProgrammeItem> PROGRAMME_ITEM =
      Codecs.document(
          ProgrammeItem.class,
          "vanphong.programme-item",
          1,
          (out, i) ->
              out.put("id", PROGRAMME_ITEM_ID, i.id())
                  .text("matter", i.matter())
                  .put("preparedBy", OrganizationCodecs.UNIT_ID, i.preparedBy())
                  .list("history", PROGRAMME_ITEM_EVENT, i.history()),
          ProgrammeCodecs::programmeItem);

  private static ProgrammeItem programmeItem(In in) {
    ProgrammeItemId id = in.get("id", PROGRAMME_ITEM_ID);
    String matter = in.text("matter");
    UnitId preparedBy = in.get("preparedBy", OrganizationCodecs.UNIT_ID);
    ImmutableList<ProgrammeItemEvent> history = in.list("history", PROGRAMME_ITEM_EVENT);
    return Histories.replay(
        in,
        "history",
        history.size(),
        n -> ProgrammeItem.replay(id, matter, preparedBy, history.subList(0, n)),
        "programme item");
  }

  /** A work programme: the committee, the body, the period and the items, each a document of its own. */
  static final Codec<WorkProgramme> WORK_PROGRAMME =
      Codecs.document(
          WorkProgramme.class,
          "vanphong.work-programme",
          1,
          (out, p) ->
              out.put("committee", OrganizationCodecs.UNIT_ID, p.committee())
                  .put("body", PROGRAMME_BODY, p.body())
                  .put("period", PROGRAMME_PERIOD, p.period())
                  .list("items", PROGRAMME_ITEM, p.items()),
          in ->
              WorkProgramme.of(
                  in.get("committee", OrganizationCodecs.UNIT_ID),
                  in.get("body", PROGRAMME_BODY),
                  in.get("period", PROGRAMME_PERIOD),
                  in.list("items", PROGRAMME_ITEM)));

  /** The number of items in one state: {@code {"state": "concluded", "items": 9}}. */
  private record StateCount(ProgrammeItemState state, int items) {}

  private static final Codec<StateCount> STATE_COUNT =
      Codecs.object(
          StateCount.class,
          (out, c) -> out.put("state", PROGRAMME_ITEM_STATE, c.state()).integer("items", c.items()),
          in -> new StateCount(in.get("state", PROGRAMME_ITEM_STATE), in.integer("items")));

  /**
   * The figures of programme items on a day: {@code asOf}, left out for figures of no item, {@code byState} in the
   * order of states, and {@code late}. Reading makes them through {@link ProgrammeSummary#of(LocalDate, Map, int)},
   * which refuses counts that disagree.
   */
  static final Codec<ProgrammeSummary> PROGRAMME_SUMMARY =
      Codecs.object(
          ProgrammeSummary.class,
          (out, s) ->
              out.optional("asOf", Codecs.DATE, s.asOf())
                  .list(
                      "byState",
                      STATE_COUNT,
                      s.byState().entrySet().stream()
                          .map(e -> new StateCount(e.getKey(), e.getValue()))
                          .collect(ImmutableList.toImmutableList()))
                  .integer("late", s.late()),
          in -> {
            Optional<LocalDate> asOf = in.optional("asOf", Codecs.DATE);
            Map<ProgrammeItemState, Integer> byState =
                Maps.transformValues(in.keyed("byState", STATE_COUNT, StateCount::state), StateCount::items);
            int late = in.integer("late");
            if (asOf.isEmpty()) {
              if (byState.isEmpty() && late == 0) {
                return ProgrammeSummary.empty();
              }
              throw new ReadError(in.path(), "missing field \"asOf\": figures that count items hold on a day");
            }
            return ProgrammeSummary.of(asOf.get(), byState, late);
          });

  /** A meeting held: {@code {"date": "2016-03-05", "regime": "regular"}}. */
  static final Codec<HeldMeeting> HELD_MEETING =
      Codecs.object(
          HeldMeeting.class,
          (out, m) -> out.put("date", Codecs.DATE, m.date()).put("regime", MEETING_REGIME, m.regime()),
          in -> HeldMeeting.of(in.get("date", Codecs.DATE), in.get("regime", MEETING_REGIME)));

  /** A rule of regular meetings: the body, the interval as an ISO-8601 period, and the basis. */
  static final Codec<RegularMeetingRule> REGULAR_MEETING_RULE =
      Codecs.object(
          RegularMeetingRule.class,
          (out, r) ->
              out.put("body", MEETING_BODY, r.body())
                  .put("interval", Codecs.PERIOD, r.interval())
                  .put("basis", LawCodecs.LEGAL_BASIS, r.basis()),
          in ->
              RegularMeetingRule.of(
                  in.get("body", MEETING_BODY),
                  in.get("interval", Codecs.PERIOD),
                  in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** A rhythm book: its rules in the order of the bodies, one per body. */
  static final Codec<MeetingRhythmBook> MEETING_RHYTHM_BOOK =
      Codecs.document(
          MeetingRhythmBook.class,
          "vanphong.meeting-rhythm-book",
          1,
          (out, b) -> out.list("rules", REGULAR_MEETING_RULE, b.rules()),
          in -> MeetingRhythmBook.of(in.list("rules", REGULAR_MEETING_RULE)));

  /** A period with no regular meeting: the rule, the unit, the period's days, and the message. */
  static final Codec<RhythmViolation> RHYTHM_VIOLATION =
      Codecs.object(
          RhythmViolation.class,
          (out, v) ->
              out.put("rule", REGULAR_MEETING_RULE, v.rule())
                  .put("unit", OrganizationCodecs.UNIT_ID, v.unit())
                  .put("periodStart", Codecs.DATE, v.periodStart())
                  .put("periodEnd", Codecs.DATE, v.periodEnd())
                  .text("message", v.message()),
          in -> {
            RhythmViolation violation =
                RhythmViolation.missing(
                    in.get("rule", REGULAR_MEETING_RULE),
                    in.get("unit", OrganizationCodecs.UNIT_ID),
                    in.get("periodStart", Codecs.DATE),
                    in.get("periodEnd", Codecs.DATE));
            String message = in.text("message");
            if (!message.equals(violation.message())) {
              throw new ReadError(in.path() + ".message", "the message is made from the finding's fields");
            }
            return violation;
          });

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        PROGRAMME_SCOPE,
        PROGRAMME_BODY,
        PROGRAMME_ITEM_COMMAND,
        PROGRAMME_ITEM_STATE,
        MEETING_BODY,
        MEETING_REGIME,
        PROGRAMME_ITEM_ID,
        PROGRAMME_PERIOD,
        PROGRAMME_ITEM_EVENT,
        PROGRAMME_ITEM,
        WORK_PROGRAMME,
        PROGRAMME_SUMMARY,
        HELD_MEETING,
        REGULAR_MEETING_RULE,
        MEETING_RHYTHM_BOOK,
        RHYTHM_VIOLATION);
  }
}
