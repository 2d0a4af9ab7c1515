package io.github.vanphong.json;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableCollection;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import com.google.common.collect.Range;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.reception.Acting;
import io.github.vanphong.reception.AdHocCall;
import io.github.vanphong.reception.AdHocGround;
import io.github.vanphong.reception.Cadence;
import io.github.vanphong.reception.ComplianceCheck;
import io.github.vanphong.reception.ComplianceStatus;
import io.github.vanphong.reception.ComplianceSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.Delegation;
import io.github.vanphong.reception.DelegationRule;
import io.github.vanphong.reception.DutyHolder;
import io.github.vanphong.reception.DutyPeriod;
import io.github.vanphong.reception.Matter;
import io.github.vanphong.reception.ParticipatingBody;
import io.github.vanphong.reception.ProcedureRequirement;
import io.github.vanphong.reception.ProcedureRule;
import io.github.vanphong.reception.ReceptionCompliance;
import io.github.vanphong.reception.ReceptionDuty;
import io.github.vanphong.reception.ReceptionEntry;
import io.github.vanphong.reception.ReceptionOutcome;
import io.github.vanphong.reception.ReceptionPlace;
import io.github.vanphong.reception.ReceptionRegister;
import io.github.vanphong.reception.ReceptionRule;
import io.github.vanphong.reception.ReceptionRuleBook;
import io.github.vanphong.reception.ReceptionSchedule;
import io.github.vanphong.reception.ReceptionSession;
import io.github.vanphong.reception.ReceptionTally;
import io.github.vanphong.reception.ReceptionViolation;
import io.github.vanphong.reception.RefusalGround;
import io.github.vanphong.reception.RefusalNotice;
import io.github.vanphong.reception.RefusalRule;
import io.github.vanphong.reception.RegisterColumn;
import io.github.vanphong.reception.RegisterForm;
import io.github.vanphong.reception.ReportPeriod;
import io.github.vanphong.reception.ReportPeriodKind;
import io.github.vanphong.reception.ScheduleDay;
import io.github.vanphong.reception.ScheduleShift;
import io.github.vanphong.reception.ScheduledDate;
import io.github.vanphong.reception.SessionCommand;
import io.github.vanphong.reception.SessionEvent;
import io.github.vanphong.reception.SessionId;
import io.github.vanphong.reception.SessionKind;
import io.github.vanphong.reception.SessionOpening;
import io.github.vanphong.reception.SessionState;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;

/**
 * The JSON form of the types of {@code io.github.vanphong.reception}: reception sessions, registers, schedules and
 * compliance.
 */
final class ReceptionCodecs {
  private ReceptionCodecs() {}

  static final EnumCodec<AdHocGround> AD_HOC_GROUND =
      Codecs.codes(AdHocGround.class)
          .code(AdHocGround.COMPLEX_OR_MASS, "complex-or-mass")
          .code(AdHocGround.SERIOUS_HARM, "serious-harm")
          .build();

  static final EnumCodec<Cadence> CADENCE =
      Codecs.codes(Cadence.class)
          .code(Cadence.MONTH, "month")
          .code(Cadence.WEEK, "week")
          .build();

  static final EnumCodec<ComplianceStatus> COMPLIANCE_STATUS =
      Codecs.codes(ComplianceStatus.class)
          .code(ComplianceStatus.MET, "met")
          .code(ComplianceStatus.SHORT, "short")
          .code(ComplianceStatus.PENDING, "pending")
          .code(ComplianceStatus.NO_DUTY, "no-duty")
          .build();

  static final EnumCodec<ParticipatingBody> PARTICIPATING_BODY =
      Codecs.codes(ParticipatingBody.class)
          .code(ParticipatingBody.PARTY_OFFICE, "party-office")
          .code(ParticipatingBody.INSPECTION_COMMITTEE, "inspection-committee")
          .code(ParticipatingBody.INTERNAL_AFFAIRS_BOARD, "internal-affairs-board")
          .build();

  static final EnumCodec<ProcedureRequirement> PROCEDURE_REQUIREMENT =
      Codecs.codes(ProcedureRequirement.class)
          .code(ProcedureRequirement.REPRESENTATIVES_AMONG_PETITIONERS, "representatives-among-petitioners")
          .code(ProcedureRequirement.APPOINTMENT_SIGNED_BY_ALL, "appointment-signed-by-all")
          .code(ProcedureRequirement.CONCLUSION_NOTICE, "conclusion-notice")
          .code(ProcedureRequirement.DEPUTY_STANDS_IN, "deputy-stands-in")
          .code(ProcedureRequirement.SCHEDULE_POSTED, "schedule-posted")
          .code(ProcedureRequirement.SCHEDULE_NOTIFIED_AHEAD, "schedule-notified-ahead")
          .code(ProcedureRequirement.ABSENCE_NOTIFIED_AHEAD, "absence-notified-ahead")
          .code(ProcedureRequirement.ONLINE_RECEPTION, "online-reception")
          .build();

  static final EnumCodec<ReceptionOutcome> RECEPTION_OUTCOME =
      Codecs.codes(ReceptionOutcome.class)
          .code(ReceptionOutcome.ACCEPTED, "accepted")
          .code(ReceptionOutcome.ANSWERED, "answered")
          .code(ReceptionOutcome.GUIDED, "guided")
          .code(ReceptionOutcome.FORWARDED, "forwarded")
          .build();

  static final EnumCodec<ReceptionPlace> RECEPTION_PLACE =
      Codecs.codes(ReceptionPlace.class)
          .code(ReceptionPlace.CENTRAL_RECEPTION_OFFICE, "central-reception-office")
          .code(ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE, "provincial-reception-office")
          .code(ReceptionPlace.DISTRICT_RECEPTION_OFFICE, "district-reception-office")
          .code(ReceptionPlace.UNIT_SEAT, "unit-seat")
          .code(ReceptionPlace.ONLINE, "online")
          .build();

  static final EnumCodec<RefusalGround> REFUSAL_GROUND =
      Codecs.codes(RefusalGround.class)
          .code(RefusalGround.UNABLE_TO_CONTROL, "unable-to-control")
          .code(RefusalGround.THREATENING, "threatening")
          .code(RefusalGround.DRAWN_OUT, "drawn-out")
          .code(RefusalGround.OTHER_BY_LAW, "other-by-law")
          .code(RefusalGround.WEAPONS, "weapons")
          .code(RefusalGround.SECURITY_CHECK, "security-check")
          .code(RefusalGround.RECORDING, "recording")
          .code(RefusalGround.INCITING, "inciting")
          .code(RefusalGround.NO_LEGAL_REPRESENTATIVE, "no-legal-representative")
          .code(RefusalGround.AUTHORITY_UNPROVEN, "authority-unproven")
          .code(RefusalGround.NOT_A_PETITION, "not-a-petition")
          .code(RefusalGround.NO_NEW_FACTS, "no-new-facts")
          .code(RefusalGround.FINAL_JUDGMENT, "final-judgment")
          .code(RefusalGround.HANDLED_ELSEWHERE, "handled-elsewhere")
          .build();

  static final EnumCodec<RefusalNotice> REFUSAL_NOTICE =
      Codecs.codes(RefusalNotice.class)
          .code(RefusalNotice.SPOKEN_EXPLANATION, "spoken-explanation")
          .code(RefusalNotice.WRITTEN_NOTICE, "written-notice")
          .build();

  static final EnumCodec<RegisterColumn> REGISTER_COLUMN =
      Codecs.codes(RegisterColumn.class)
          .code(RegisterColumn.NUMBER, "number")
          .code(RegisterColumn.DATE, "date")
          .code(RegisterColumn.NAME_AND_ADDRESS, "name-and-address")
          .code(RegisterColumn.IDENTITY_PAPERS, "identity-papers")
          .code(RegisterColumn.PEOPLE, "people")
          .code(RegisterColumn.CONTENT, "content")
          .code(RegisterColumn.KIND, "kind")
          .code(RegisterColumn.REQUESTS, "requests")
          .code(RegisterColumn.EARLIER_HANDLING, "earlier-handling")
          .code(RegisterColumn.WITHIN_COMPETENCE, "within-competence")
          .code(RegisterColumn.GUIDANCE, "guidance")
          .code(RegisterColumn.TRANSFER, "transfer")
          .code(RegisterColumn.FOLLOW_UP, "follow-up")
          .code(RegisterColumn.OUTCOME, "outcome")
          .code(RegisterColumn.NOTES, "notes")
          .build();

  static final EnumCodec<RegisterForm> REGISTER_FORM =
      Codecs.codes(RegisterForm.class)
          .code(RegisterForm.FORM_06_TCD, "form-06-tcd")
          .code(RegisterForm.FORM_03_TCD, "form-03-tcd")
          .build();

  static final EnumCodec<ReportPeriodKind> REPORT_PERIOD_KIND =
      Codecs.codes(ReportPeriodKind.class)
          .code(ReportPeriodKind.MONTH, "month")
          .code(ReportPeriodKind.QUARTER, "quarter")
          .code(ReportPeriodKind.SIX_MONTHS, "six-months")
          .code(ReportPeriodKind.NINE_MONTHS, "nine-months")
          .code(ReportPeriodKind.YEAR, "year")
          .build();

  static final EnumCodec<ScheduleShift> SCHEDULE_SHIFT =
      Codecs.codes(ScheduleShift.class)
          .code(ScheduleShift.NEXT_WORKING_DAY, "next-working-day")
          .code(ScheduleShift.PREVIOUS_WORKING_DAY, "previous-working-day")
          .code(ScheduleShift.NEXT_WORKING_DAY_IN_MONTH, "next-working-day-in-month")
          .build();

  static final EnumCodec<SessionCommand> SESSION_COMMAND =
      Codecs.codes(SessionCommand.class)
          .code(SessionCommand.OPEN, "open")
          .code(SessionCommand.RECEIVE, "receive")
          .code(SessionCommand.REFUSE, "refuse")
          .code(SessionCommand.END, "end")
          .code(SessionCommand.ISSUE_CONCLUSION_NOTICE, "issue-conclusion-notice")
          .code(SessionCommand.NOTIFY_REFUSAL, "notify-refusal")
          .build();

  static final EnumCodec<SessionKind> SESSION_KIND =
      Codecs.codes(SessionKind.class)
          .code(SessionKind.HEAD_PERIODIC, "head-periodic")
          .code(SessionKind.HEAD_AD_HOC, "head-ad-hoc")
          .code(SessionKind.REGULAR, "regular")
          .build();

  static final EnumCodec<SessionState> SESSION_STATE =
      Codecs.codes(SessionState.class)
          .code(SessionState.OPEN, "open")
          .code(SessionState.ENDED, "ended")
          .code(SessionState.CONCLUDED, "concluded")
          .build();

  /** A session's identifier, as its text. */
  static final Codec<SessionId> SESSION_ID =
      Codecs.text(SessionId.class, "a session identifier", SessionId::value, SessionId::of);

  /**
   * A range of counts, by its ends: {@code {"atLeast": 5, "atMost": 10}}; an open end is written as {@code
   * moreThan} or {@code lessThan}. The lower end is always written, as counts start somewhere; an upper end left out
   * is unbounded.
   */
  @SuppressWarnings("unchecked")
  private static final Codec<Range<Integer>> COUNT_RANGE =
      Codecs.object(
          (Class<Range<Integer>>) (Class<?>) Range.class,
          (out, r) -> {
            out.integer(r.lowerBoundType() == BoundType.CLOSED ? "atLeast" : "moreThan", r.lowerEndpoint());
            if (r.hasUpperBound()) {
              out.integer(r.upperBoundType() == BoundType.CLOSED ? "atMost" : "lessThan", r.upperEndpoint());
            }
          },
          ReceptionCodecs::readRange);

  private static Range<Integer> readRange(In in) {
    Optional<Integer> atLeast = in.optional("atLeast", Codecs.INTEGER);
    Optional<Integer> moreThan = in.optional("moreThan", Codecs.INTEGER);
    Optional<Integer> atMost = in.optional("atMost", Codecs.INTEGER);
    Optional<Integer> lessThan = in.optional("lessThan", Codecs.INTEGER);
    if (atLeast.isPresent() == moreThan.isPresent()) {
      throw new ReadError(in.path(), "a range of counts has one lower end, \"atLeast\" or \"moreThan\"");
    }
    if (atMost.isPresent() && lessThan.isPresent()) {
      throw new ReadError(in.path(), "a range has one upper end, \"atMost\" or \"lessThan\", not both");
    }
    Range<Integer> lower = atLeast.map(Range::atLeast).orElseGet(() -> Range.greaterThan(moreThan.orElseThrow()));
    Range<Integer> upper =
        atMost.map(Range::atMost).or(() -> lessThan.map(Range::lessThan)).orElseGet(Range::all);
    if (!lower.isConnected(upper)) {
      throw new ReadError(in.path(), "a range's lower end is not above its upper end");
    }
    return lower.intersection(upper);
  }

  /**
   * A cut-off: {@code {"dayOfMonth": 20}} or {@code {"monthEnd": true}}, one of the two always written so that a
   * field left out is not taken for the other, and its basis if it has one.
   */
  static final Codec<CutOff> CUT_OFF =
      Codecs.object(
          CutOff.class,
          (out, c) -> {
            OptionalInt day = c.dayOfMonth();
            if (day.isPresent()) {
              out.integer("dayOfMonth", day.getAsInt());
            } else {
              out.bool("monthEnd", true);
            }
            out.optional("basis", LawCodecs.LEGAL_BASIS, c.basis());
          },
          in -> {
            Optional<Integer> day = in.optional("dayOfMonth", Codecs.INTEGER);
            boolean monthEnd = in.optional("monthEnd", Codecs.BOOLEAN).orElse(false);
            if (day.isPresent() == monthEnd) {
              throw new ReadError(
                  in.path(), "a cut-off is on a \"dayOfMonth\" or at the \"monthEnd\": true, one of the two");
            }
            CutOff cutOff = day.map(CutOff::onDay).orElseGet(CutOff::monthEnd);
            return in.optional("basis", LawCodecs.LEGAL_BASIS).map(cutOff::withBasis).orElse(cutOff);
          });

  /**
   * A report period by its kind, its first month and its cut-off: {@code {"kind": "quarter", "firstMonth":
   * "2016-04", "cutOff": {}}}.
   */
  static final Codec<ReportPeriod> REPORT_PERIOD =
      Codecs.object(
          ReportPeriod.class,
          (out, p) ->
              out.put("kind", REPORT_PERIOD_KIND, p.kind())
                  .put("firstMonth", Codecs.MONTH, p.firstMonth())
                  .put("cutOff", CUT_OFF, p.cutOff()),
          in -> {
            ReportPeriodKind kind = in.get("kind", REPORT_PERIOD_KIND);
            YearMonth first = in.get("firstMonth", Codecs.MONTH);
            CutOff cutOff = in.get("cutOff", CUT_OFF);
            ReportPeriod period =
                switch (kind) {
                  case MONTH -> ReportPeriod.month(first, cutOff);
                  case QUARTER -> ReportPeriod.quarter(first.getYear(), (first.getMonthValue() + 2) / 3, cutOff);
                  case SIX_MONTHS -> ReportPeriod.sixMonths(first.getYear(), cutOff);
                  case NINE_MONTHS -> ReportPeriod.nineMonths(first.getYear(), cutOff);
                  case YEAR -> ReportPeriod.year(first.getYear(), cutOff);
                };
            if (!period.firstMonth().equals(first)) {
              throw new ReadError(
                  in.pathOf("firstMonth"),
                  "a period of the kind " + REPORT_PERIOD_KIND.code(kind) + " begins in " + period.firstMonth()
                      + ", not " + first);
            }
            return period;
          });

  /**
   * A day of a schedule: {@code {"dayOfMonth": 15}}, {@code {"weekday": "monday"}} every week, {@code {"weekday":
   * "monday", "rank": 2}} the second Monday of each month, {@code {"weekday": "friday", "last": true}} the last.
   */
  static final Codec<ScheduleDay> SCHEDULE_DAY =
      Codecs.object(
          ScheduleDay.class,
          (out, d) -> {
            OptionalInt dayOfMonth = d.dayOfMonth();
            if (dayOfMonth.isPresent()) {
              out.integer("dayOfMonth", dayOfMonth.getAsInt());
            }
            out.optional("weekday", Codecs.DAY_OF_WEEK, d.weekday());
            OptionalInt rank = d.rankInMonth();
            if (rank.isPresent()) {
              out.integer("rank", rank.getAsInt());
            }
            if (d.isLastOfMonth()) {
              out.bool("last", true);
            }
          },
          ReceptionCodecs::readScheduleDay);

  private static ScheduleDay readScheduleDay(In in) {
    Optional<Integer> dayOfMonth = in.optional("dayOfMonth", Codecs.INTEGER);
    Optional<DayOfWeek> weekday = in.optional("weekday", Codecs.DAY_OF_WEEK);
    Optional<Integer> rank = in.optional("rank", Codecs.INTEGER);
    boolean last = in.optional("last", Codecs.BOOLEAN).orElse(false);
    if (dayOfMonth.isPresent()) {
      if (weekday.isPresent() || rank.isPresent() || last) {
        throw new ReadError(in.path(), "a day of the month stands alone: no weekday, rank or last");
      }
      return ScheduleDay.ofMonth(dayOfMonth.get());
    }
    if (weekday.isEmpty()) {
      throw new ReadError(in.path(), "missing field \"dayOfMonth\" or \"weekday\"");
    }
    if (rank.isPresent() && last) {
      throw new ReadError(in.path(), "a weekday of the month has a rank or is the last, not both");
    }
    if (rank.isPresent()) {
      return ScheduleDay.nthOfMonth(rank.get(), weekday.get());
    }
    return last ? ScheduleDay.lastOfMonth(weekday.get()) : ScheduleDay.weekly(weekday.get());
  }

  /** A scheduled day: {@code {"named": "2016-05-15", "held": "2016-05-16"}}. */
  static final Codec<ScheduledDate> SCHEDULED_DATE =
      Codecs.object(
          ScheduledDate.class,
          (out, d) -> out.put("named", Codecs.DATE, d.named()).put("held", Codecs.DATE, d.held()),
          in -> ScheduledDate.of(in.get("named", Codecs.DATE), in.get("held", Codecs.DATE)));

  /**
   * Who a duty binds: the kinds of post, and either the kinds of unit with the levels (none for every level) or the
   * units themselves.
   */
  static final Codec<DutyHolder> DUTY_HOLDER =
      Codecs.object(
          DutyHolder.class,
          (out, h) ->
              out.list("postKinds", OrganizationCodecs.POST_KIND, h.postKinds())
                  .list("unitKinds", OrganizationCodecs.UNIT_KIND, h.unitKinds())
                  .list("units", OrganizationCodecs.UNIT_ID, h.units())
                  .list("levels", OrganizationCodecs.LEVEL, h.levels()),
          in -> {
            var postKinds = in.set("postKinds", OrganizationCodecs.POST_KIND);
            var unitKinds = in.set("unitKinds", OrganizationCodecs.UNIT_KIND);
            var units = in.set("units", OrganizationCodecs.UNIT_ID);
            var levels = in.set("levels", OrganizationCodecs.LEVEL);
            if (units.isEmpty()) {
              return DutyHolder.of(postKinds, unitKinds, levels);
            }
            if (!unitKinds.isEmpty() || !levels.isEmpty()) {
              throw new ReadError(
                  in.path(), "a duty holder names kinds of unit with levels, or the units themselves, not both");
            }
            return DutyHolder.ofUnits(postKinds, units);
          });

  /** A person acting in a post for a term, with the decision that appointed him if given. */
  static final Codec<Acting> ACTING =
      Codecs.object(
          Acting.class,
          (out, a) ->
              out.put("person", OrganizationCodecs.PERSON_ID, a.person())
                  .put("post", OrganizationCodecs.POST, a.post())
                  .put("term", LawCodecs.VALIDITY, a.term())
                  .optional("basis", LawCodecs.LEGAL_BASIS, a.basis()),
          in -> {
            Acting acting =
                Acting.of(
                    in.get("person", OrganizationCodecs.PERSON_ID),
                    in.get("post", OrganizationCodecs.POST),
                    in.get("term", LawCodecs.VALIDITY));
            return in.optional("basis", LawCodecs.LEGAL_BASIS).map(acting::withBasis).orElse(acting);
          });

  /** Reads the days a rule is in force from its own fields, so that a removed end is refused at the rule. */
  private static Validity validity(In in) {
    LocalDate from = in.get("inForceFrom", Codecs.DATE);
    return in.optional("inForceUntil", Codecs.DATE)
        .map(until -> Validity.between(from, until))
        .orElseGet(() -> Validity.from(from));
  }

  private static void writeDuty(Out out, ReceptionDuty d) {
    out.text("name", d.name())
        .put("holder", DUTY_HOLDER, d.holder())
        .integer("days", d.days())
        .put("cadence", CADENCE, d.cadence())
        .put("place", RECEPTION_PLACE, d.place())
        .put("basis", LawCodecs.LEGAL_BASIS, d.basis())
        .put("inForceFrom", Codecs.DATE, d.validity().start())
        .optional("inForceUntil", Codecs.DATE, d.validity().end());
  }

  private static ReceptionDuty readDuty(In in) {
    return ReceptionDuty.builder()
        .name(in.text("name"))
        .holder(in.get("holder", DUTY_HOLDER))
        .days(in.integer("days"))
        .cadence(in.get("cadence", CADENCE))
        .place(in.get("place", RECEPTION_PLACE))
        .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
        .validity(validity(in))
        .build();
  }

  private static void writeRefusalRule(Out out, RefusalRule r) {
    out.text("name", r.name())
        .put("ground", REFUSAL_GROUND, r.ground())
        .put("notice", REFUSAL_NOTICE, r.notice())
        .optional("noticeLimit", CalendarCodecs.TIME_LIMIT, r.noticeLimit())
        .put("basis", LawCodecs.LEGAL_BASIS, r.basis())
        .put("noticeBasis", LawCodecs.LEGAL_BASIS, r.noticeBasis())
        .put("inForceFrom", Codecs.DATE, r.validity().start())
        .optional("inForceUntil", Codecs.DATE, r.validity().end());
  }

  private static RefusalRule readRefusalRule(In in) {
    return RefusalRule.builder()
        .name(in.text("name"))
        .ground(in.get("ground", REFUSAL_GROUND))
        .notice(in.get("notice", REFUSAL_NOTICE))
        .noticeLimit(in.optional("noticeLimit", CalendarCodecs.TIME_LIMIT))
        .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
        .noticeBasis(in.get("noticeBasis", LawCodecs.LEGAL_BASIS))
        .validity(validity(in))
        .build();
  }

  private static void writeDelegationRule(Out out, DelegationRule r) {
    out.text("name", r.name())
        .put("headcount", COUNT_RANGE, r.headcount())
        .put("representatives", COUNT_RANGE, r.representatives())
        .put("basis", LawCodecs.LEGAL_BASIS, r.basis())
        .put("inForceFrom", Codecs.DATE, r.validity().start())
        .optional("inForceUntil", Codecs.DATE, r.validity().end());
  }

  private static DelegationRule readDelegationRule(In in) {
    return DelegationRule.builder()
        .name(in.text("name"))
        .headcount(in.get("headcount", COUNT_RANGE))
        .representatives(in.get("representatives", COUNT_RANGE))
        .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
        .validity(validity(in))
        .build();
  }

  private static void writeProcedureRule(Out out, ProcedureRule r) {
    out.text("name", r.name())
        .put("requirement", PROCEDURE_REQUIREMENT, r.requirement())
        .list("postKinds", OrganizationCodecs.POST_KIND, r.postKinds())
        .optional("daysAhead", CalendarCodecs.TIME_LIMIT, r.daysAhead())
        .put("basis", LawCodecs.LEGAL_BASIS, r.basis())
        .put("inForceFrom", Codecs.DATE, r.validity().start())
        .optional("inForceUntil", Codecs.DATE, r.validity().end());
  }

  private static ProcedureRule readProcedureRule(In in) {
    return ProcedureRule.builder()
        .name(in.text("name"))
        .requirement(in.get("requirement", PROCEDURE_REQUIREMENT))
        .postKinds(in.set("postKinds", OrganizationCodecs.POST_KIND))
        .daysAhead(in.optional("daysAhead", CalendarCodecs.TIME_LIMIT))
        .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
        .validity(validity(in))
        .build();
  }

  /** A duty to receive citizens: its name, holder, number of days per cadence, place, basis and days in force. */
  static final Codec<ReceptionDuty> RECEPTION_DUTY =
      Codecs.object(ReceptionDuty.class, ReceptionCodecs::writeDuty, ReceptionCodecs::readDuty);

  /** A ground of refusal with its notice, the notice's time limit if written, the bases and days in force. */
  static final Codec<RefusalRule> REFUSAL_RULE =
      Codecs.object(RefusalRule.class, ReceptionCodecs::writeRefusalRule, ReceptionCodecs::readRefusalRule);

  /** The representatives a delegation of a headcount names: two ranges, the basis and days in force. */
  static final Codec<DelegationRule> DELEGATION_RULE =
      Codecs.object(
          DelegationRule.class, ReceptionCodecs::writeDelegationRule, ReceptionCodecs::readDelegationRule);

  /** A requirement of procedure, the kinds of post it covers, the days ahead if counted, basis and days in force. */
  static final Codec<ProcedureRule> PROCEDURE_RULE =
      Codecs.object(
          ProcedureRule.class, ReceptionCodecs::writeProcedureRule, ReceptionCodecs::readProcedureRule);

  /**
   * A rule of a reception rule book, written in full whether the library declares it or an application does:
   * {@code "rule"} is {@code "duty"}, {@code "refusal"}, {@code "delegation"} or {@code "procedure"}.
   */
  static final Codec<ReceptionRule> RECEPTION_RULE =
      Codecs.union(ReceptionRule.class, "rule")
          .variant("duty", ReceptionDuty.class, ReceptionCodecs::writeDuty, ReceptionCodecs::readDuty)
          .variant("refusal", RefusalRule.class, ReceptionCodecs::writeRefusalRule, ReceptionCodecs::readRefusalRule)
          .variant(
              "delegation",
              DelegationRule.class,
              ReceptionCodecs::writeDelegationRule,
              ReceptionCodecs::readDelegationRule)
          .variant(
              "procedure",
              ProcedureRule.class,
              ReceptionCodecs::writeProcedureRule,
              ReceptionCodecs::readProcedureRule)
          .build();

  /** A rule book: its rules in order of precedence, lowest first, each in full. */
  static final Codec<ReceptionRuleBook> RECEPTION_RULE_BOOK =
      Codecs.object(
          ReceptionRuleBook.class,
          (out, b) -> out.list("rules", RECEPTION_RULE, b.rules()),
          in -> ReceptionRuleBook.of(in.list("rules", RECEPTION_RULE)));

  /** A post's schedule of reception: its days, how a day off moves it, the place, days in force and notices. */
  static final Codec<ReceptionSchedule> RECEPTION_SCHEDULE =
      Codecs.object(
          ReceptionSchedule.class,
          (out, s) ->
              out.put("post", OrganizationCodecs.POST, s.post())
                  .list("days", SCHEDULE_DAY, s.days())
                  .put("shift", SCHEDULE_SHIFT, s.shift())
                  .put("place", RECEPTION_PLACE, s.place())
                  .put("validity", LawCodecs.VALIDITY, s.validity())
                  .optional("postedOn", Codecs.DATE, s.postedOn())
                  .optional("notifiedOn", Codecs.DATE, s.notifiedOn())
                  .optional("basis", LawCodecs.LEGAL_BASIS, s.basis()),
          in ->
              ReceptionSchedule.builder()
                  .post(in.get("post", OrganizationCodecs.POST))
                  .days(in.list("days", SCHEDULE_DAY))
                  .shift(in.get("shift", SCHEDULE_SHIFT))
                  .place(in.get("place", RECEPTION_PLACE))
                  .validity(in.get("validity", LawCodecs.VALIDITY))
                  .postedOn(in.optional("postedOn", Codecs.DATE))
                  .notifiedOn(in.optional("notifiedOn", Codecs.DATE))
                  .basis(in.optional("basis", LawCodecs.LEGAL_BASIS))
                  .build());

  /** A duty over one stretch of a period: the duty in full, its first and last days, the days held, as of when. */
  static final Codec<DutyPeriod> DUTY_PERIOD =
      Codecs.object(
          DutyPeriod.class,
          (out, p) ->
              out.put("duty", RECEPTION_DUTY, p.duty())
                  .put("first", Codecs.DATE, p.first())
                  .put("last", Codecs.DATE, p.last())
                  .list("held", Codecs.DATE, p.held())
                  .put("asOf", Codecs.DATE, p.asOf()),
          in ->
              DutyPeriod.builder()
                  .duty(in.get("duty", RECEPTION_DUTY))
                  .first(in.get("first", Codecs.DATE))
                  .last(in.get("last", Codecs.DATE))
                  .held(in.list("held", Codecs.DATE))
                  .asOf(in.get("asOf", Codecs.DATE))
                  .build());

  /** What a session opened with: its identifier, unit, receiver and post, kind, place and participants. */
  static final Codec<SessionOpening> SESSION_OPENING =
      Codecs.object(
          SessionOpening.class,
          (out, o) ->
              out.put("id", SESSION_ID, o.id())
                  .put("unit", OrganizationCodecs.UNIT_ID, o.unit())
                  .put("receiver", OrganizationCodecs.PERSON_ID, o.receiver())
                  .put("post", OrganizationCodecs.POST, o.post())
                  .optional("onBehalfOf", OrganizationCodecs.POST, o.onBehalfOf())
                  .put("kind", SESSION_KIND, o.kind())
                  .put("place", RECEPTION_PLACE, o.place())
                  .list("participants", PARTICIPATING_BODY, o.participants())
                  .optional("adHocGround", AD_HOC_GROUND, o.adHocGround()),
          in ->
              SessionOpening.builder()
                  .id(in.get("id", SESSION_ID))
                  .unit(in.get("unit", OrganizationCodecs.UNIT_ID))
                  .receiver(in.get("receiver", OrganizationCodecs.PERSON_ID))
                  .post(in.get("post", OrganizationCodecs.POST))
                  .onBehalfOf(in.optional("onBehalfOf", OrganizationCodecs.POST))
                  .kind(in.get("kind", SESSION_KIND))
                  .place(in.get("place", RECEPTION_PLACE))
                  .participants(in.set("participants", PARTICIPATING_BODY))
                  .adHocGround(in.optional("adHocGround", AD_HOC_GROUND))
                  .build());

  /** A fact a finding names: {@code {"count": 12}}, {@code {"day": "2016-03-01"}} or {@code {"post": {...}}}. */
  private static final Codec<Object> FACT =
      Codecs.object(
          Object.class,
          (out, v) -> {
            if (v instanceof Integer count) {
              out.integer("count", count);
            } else if (v instanceof LocalDate day) {
              out.put("day", Codecs.DATE, day);
            } else if (v instanceof Post post) {
              out.put("post", OrganizationCodecs.POST, post);
            } else if (v instanceof Range<?> range) {
              @SuppressWarnings("unchecked")
              Range<Integer> counts = (Range<Integer>) range;
              out.put("range", COUNT_RANGE, counts);
            } else {
              throw new IllegalStateException("a finding's fact of no form: " + v.getClass());
            }
          },
          in -> {
            List<Object> facts = new ArrayList<>(1);
            in.optional("count", Codecs.INTEGER).ifPresent(facts::add);
            in.optional("day", Codecs.DATE).ifPresent(facts::add);
            in.optional("post", OrganizationCodecs.POST).ifPresent(facts::add);
            in.optional("range", COUNT_RANGE).ifPresent(facts::add);
            if (facts.size() != 1) {
              throw new ReadError(
                  in.path(), "a fact is one of \"count\", \"day\", \"post\" or \"range\"; " + facts.size() + " given");
            }
            return facts.get(0);
          });

  /** A finding: the rule broken, in full, the facts as a message and the values it names. */
  static final Codec<ReceptionViolation> RECEPTION_VIOLATION =
      Codecs.object(
          ReceptionViolation.class,
          (out, v) ->
              out.put("rule", RECEPTION_RULE, v.rule()).text("message", v.message()).list("values", FACT, v.values()),
          in ->
              ReceptionViolation.of(
                  in.get("rule", RECEPTION_RULE), in.text("message"), in.list("values", FACT).toArray()));

  /** A call for an ad-hoc reception: the day, the post called, the ground, the petition and the session if any. */
  static final Codec<AdHocCall> AD_HOC_CALL =
      Codecs.object(
          AdHocCall.class,
          (out, c) ->
              out.put("day", Codecs.DATE, c.day())
                  .put("post", OrganizationCodecs.POST, c.post())
                  .put("ground", AD_HOC_GROUND, c.ground())
                  .optional("petition", PetitionCodecs.PETITION_ID, c.petition())
                  .optional("answeredBy", SESSION_ID, c.answeredBy()),
          in ->
              AdHocCall.builder()
                  .day(in.get("day", Codecs.DATE))
                  .post(in.get("post", OrganizationCodecs.POST))
                  .ground(in.get("ground", AD_HOC_GROUND))
                  .petition(in.optional("petition", PetitionCodecs.PETITION_ID))
                  .answeredBy(in.optional("answeredBy", SESSION_ID))
                  .build());

  /**
   * A compliance check: its {@code ruleBook}, left out when it is the library's standard book, the {@code chart} it
   * looks posts up in (the chart's own document) and the {@code acting} appointments, in the order they were added.
   */
  static final Codec<ComplianceCheck> COMPLIANCE_CHECK =
      Codecs.object(
          ComplianceCheck.class,
          (out, c) -> {
            if (!c.ruleBook().equals(ReceptionRuleBook.standard())) {
              out.put("ruleBook", RECEPTION_RULE_BOOK, c.ruleBook());
            }
            out.put("chart", OrganizationCodecs.ORG_CHART, c.chart()).list("acting", ACTING, c.acting());
          },
          in -> {
            ReceptionRuleBook book =
                in.optional("ruleBook", RECEPTION_RULE_BOOK).orElseGet(ReceptionRuleBook::standard);
            ComplianceCheck check = ComplianceCheck.of(book, in.get("chart", OrganizationCodecs.ORG_CHART));
            for (Acting acting : in.list("acting", ACTING)) {
              check = check.withActing(acting);
            }
            return check;
          });

  /**
   * A post's compliance with its duty over a period: its duty periods, the sessions counted or not, the ad-hoc calls,
   * and the calls answered by their positions among the calls, counted from 0.
   */
  static final Codec<ReceptionCompliance> RECEPTION_COMPLIANCE =
      Codecs.object(
          ReceptionCompliance.class,
          (out, c) ->
              out.put("post", OrganizationCodecs.POST, c.post())
                  .put("period", REPORT_PERIOD, c.period())
                  .put("asOf", Codecs.DATE, c.asOf())
                  .list("dutyPeriods", DUTY_PERIOD, c.dutyPeriods())
                  .list("counted", SESSION_ID, c.counted())
                  .list("notCounted", SESSION_ID, c.notCounted())
                  .list("adHocCalls", AD_HOC_CALL, c.adHocCalls())
                  .list("answered", Codecs.INTEGER, positions(c.adHocCalls(), c.answered())),
          in -> {
            ReceptionCompliance.Builder compliance =
                ReceptionCompliance.builder()
                    .post(in.get("post", OrganizationCodecs.POST))
                    .period(in.get("period", REPORT_PERIOD))
                    .asOf(in.get("asOf", Codecs.DATE))
                    .dutyPeriods(in.list("dutyPeriods", DUTY_PERIOD))
                    .counted(in.list("counted", SESSION_ID))
                    .notCounted(in.list("notCounted", SESSION_ID));
            ImmutableList<AdHocCall> calls = in.list("adHocCalls", AD_HOC_CALL);
            return compliance.adHocCalls(calls).answered(answered(in, calls)).build();
          });

  /** Returns where each of some calls stands among all the calls, counted from 0. */
  private static ImmutableList<Integer> positions(List<AdHocCall> calls, List<AdHocCall> some) {
    return some.stream().map(calls::indexOf).collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<AdHocCall> answered(In in, List<AdHocCall> calls) {
    ImmutableList<Integer> positions = in.list("answered", Codecs.INTEGER);
    ImmutableList.Builder<AdHocCall> answered = ImmutableList.builderWithExpectedSize(positions.size());
    for (int i = 0; i < positions.size(); i++) {
      int position = positions.get(i);
      if (position < 0 || position >= calls.size()) {
        throw new ReadError(
            in.pathOf("answered") + "[" + i + "]",
            "a call answered is one of the " + calls.size() + " calls, counted from 0; not " + position);
      }
      answered.add(calls.get(position));
    }
    return answered.build();
  }

  /**
   * The petitioners of a delegation as written, with the identities the full form holds: read once by the
   * petition's form, so that its checks run, and the identities taken from the same tree.
   */
  private record Sent(Petitioners petitioners, ImmutableList<Identity> identities) {}

  private static final Codec<Sent> SENT =
      new Codec<>(Sent.class) {
        @Override
        JsonNode write(Sent value) {
          return PetitionCodecs.PETITIONERS.write(value.petitioners());
        }

        @Override
        Sent read(JsonNode node, String path) {
          Petitioners petitioners = PetitionCodecs.PETITIONERS.read(node, path);
          if (petitioners.isRedacted()) {
            return new Sent(petitioners, ImmutableList.of());
          }
          In in = In.of(node, path, expected());
          return new Sent(petitioners, in.list("identities", PetitionCodecs.IDENTITY));
        }

        @Override
        String expected() {
          return PetitionCodecs.PETITIONERS.expected();
        }
      };

  /**
   * A delegation: its headcount, its petitioners in the petition's form (identities only when not redacted), the
   * number of representatives, whether a writing named them, how many signed it and how many representatives did
   * not. The signatories' identities are not kept by the library, only their number.
   */
  static final Codec<Delegation> DELEGATION =
      Codecs.object(
          Delegation.class,
          (out, d) ->
              out.integer("headcount", d.headcount())
                  .put("petitioners", SENT, new Sent(d.petitioners(), ImmutableList.of()))
                  .integer("representatives", d.representatives())
                  .bool("appointedInWriting", d.isAppointedInWriting())
                  .integer("signatories", d.signatories())
                  .integer("representativesNotSigning", d.representativesNotAmongSignatories()),
          ReceptionCodecs::readDelegation);

  private static Delegation readDelegation(In in) {
    int headcount = in.integer("headcount");
    Sent sent = in.get("petitioners", SENT);
    int representatives = in.integer("representatives");
    boolean inWriting = in.bool("appointedInWriting");
    int signatories = in.integer("signatories");
    int notSigning = in.integer("representativesNotSigning");
    boolean redacted = sent.petitioners().isRedacted();
    List<Identity> named = redacted ? standIns("representative", representatives) : sent.identities();
    Delegation delegation = Delegation.of(headcount, named);
    if (inWriting) {
      int signing = named.size() - notSigning;
      if (signing < 0 || signatories < signing) {
        throw new ReadError(
            in.path(),
            "a writing signed by " + signatories + " cannot leave " + notSigning + " of " + named.size()
                + " representatives unsigned");
      }
      List<Identity> signed = new ArrayList<>(named.subList(0, signing));
      signed.addAll(standIns("signatory", signatories - signing));
      delegation = delegation.appointedInWriting(signed);
    }
    if (redacted) {
      delegation = delegation.redacted();
    }
    if (!delegation.petitioners().equals(sent.petitioners())
        || delegation.representatives() != representatives
        || delegation.signatories() != signatories
        || delegation.representativesNotAmongSignatories() != notSigning) {
      throw new ReadError(
          in.path(),
          "these figures do not make one delegation: " + delegation + " was built from them, with the petitioners "
              + delegation.petitioners());
    }
    return delegation;
  }

  /** People whose identities the library does not keep, told apart by a number; never written. */
  private static ImmutableList<Identity> standIns(String role, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count of people is not negative: " + count);
    }
    ImmutableList.Builder<Identity> people = ImmutableList.builderWithExpectedSize(count);
    for (int i = 1; i <= count; i++) {
      people.add(Identity.builder().fullName("withheld " + role + " " + i).address("withheld").build());
    }
    return people.build();
  }

  /**
   * A matter received: its petition's identifier and kind, who brought it (a {@code delegation}, or else its
   * {@code petitioners}), subject, summary, requests, links, area, the body that handled it before, the outcome and
   * the body named, the document and follow-up, and notes.
   */
  static final Codec<Matter> MATTER =
      Codecs.object(
          Matter.class,
          (out, m) -> {
            out.put("id", PetitionCodecs.PETITION_ID, m.id()).put("kind", PetitionCodecs.PETITION_KIND, m.kind());
            if (m.delegation().isPresent()) {
              out.put("delegation", DELEGATION, m.delegation().get());
            } else {
              out.put("petitioners", PetitionCodecs.PETITIONERS, m.petitioners());
            }
            out.put("subject", PetitionCodecs.SUBJECT, m.subject())
                .text("summary", m.summary())
                .optional("requests", Codecs.TEXT, m.requests())
                .list("links", PetitionCodecs.LINK, m.links())
                .put("area", PetitionCodecs.AREA_TYPE, m.area())
                .optional("handledBefore", OrganizationCodecs.UNIT_ID, m.handledBefore())
                .put("outcome", RECEPTION_OUTCOME, m.outcome())
                .optional("destination", OrganizationCodecs.UNIT_ID, m.destination())
                .optional("documentReference", Codecs.TEXT, m.documentReference())
                .optional("followUp", Codecs.TEXT, m.followUp())
                .optional("notes", Codecs.TEXT, m.notes());
          },
          in -> {
            Matter.Builder matter =
                Matter.builder().id(in.get("id", PetitionCodecs.PETITION_ID)).kind(in.get("kind", PetitionCodecs.PETITION_KIND));
            Optional<Delegation> delegation = in.optional("delegation", DELEGATION);
            if (delegation.isPresent()) {
              if (in.optional("petitioners", PetitionCodecs.PETITIONERS).isPresent()) {
                throw new ReadError(
                    in.pathOf("petitioners"), "a delegation's matter has its petitioners in its delegation only");
              }
              matter.byDelegation(delegation.get());
            } else {
              matter.petitioners(in.get("petitioners", PetitionCodecs.PETITIONERS));
            }
            return matter
                .subject(in.get("subject", PetitionCodecs.SUBJECT))
                .summary(in.text("summary"))
                .requests(in.optional("requests", Codecs.TEXT))
                .links(in.list("links", PetitionCodecs.LINK))
                .area(in.get("area", PetitionCodecs.AREA_TYPE))
                .handledBefore(in.optional("handledBefore", OrganizationCodecs.UNIT_ID))
                .outcome(in.get("outcome", RECEPTION_OUTCOME))
                .destination(in.optional("destination", OrganizationCodecs.UNIT_ID))
                .documentReference(in.optional("documentReference", Codecs.TEXT))
                .followUp(in.optional("followUp", Codecs.TEXT))
                .notes(in.optional("notes", Codecs.TEXT))
                .build();
          });

  /**
   * An event of a session's history: {@code command}, {@code on}, {@code by}, and the data of its command (the
   * opening, the matter received, the ground and citizens refused with the earlier petition, the refusal notified,
   * the notice's reference).
   */
  static final Codec<SessionEvent> SESSION_EVENT =
      Codecs.object(
          SessionEvent.class,
          (out, e) ->
              out.put("command", SESSION_COMMAND, e.command())
                  .put("on", Codecs.DATE, e.on())
                  .put("by", OrganizationCodecs.PERSON_ID, e.by())
                  .optional("opening", SESSION_OPENING, e.opening())
                  .optional("matter", MATTER, e.matter())
                  .optional("ground", REFUSAL_GROUND, e.ground())
                  .optional("citizens", PetitionCodecs.PETITIONERS, e.citizens())
                  .optional("earlier", PetitionCodecs.PETITION_ID, e.earlier())
                  .optional("refusal", Codecs.INTEGER, e.refusal())
                  .optional("reference", Codecs.TEXT, e.reference()),
          in ->
              SessionEvent.builder()
                  .command(in.get("command", SESSION_COMMAND))
                  .on(in.get("on", Codecs.DATE))
                  .by(in.get("by", OrganizationCodecs.PERSON_ID))
                  .opening(in.optional("opening", SESSION_OPENING))
                  .matter(in.optional("matter", MATTER))
                  .ground(in.optional("ground", REFUSAL_GROUND))
                  .citizens(in.optional("citizens", PetitionCodecs.PETITIONERS))
                  .earlier(in.optional("earlier", PetitionCodecs.PETITION_ID))
                  .refusal(in.optional("refusal", Codecs.INTEGER))
                  .reference(in.optional("reference", Codecs.TEXT))
                  .build());

  /**
   * A reception session, a top-level document: its {@code history} of events, replayed on reading under its
   * {@code ruleBook}, which is left out when it is the library's standard book.
   */
  static final Codec<ReceptionSession> RECEPTION_SESSION =
      Codecs.document(
          ReceptionSession.class,
          "vanphong.reception-session",
          1,
          (out, s) -> {
            if (!s.ruleBook().equals(ReceptionRuleBook.standard())) {
              out.put("ruleBook", RECEPTION_RULE_BOOK, s.ruleBook());
            }
            out.list("history", SESSION_EVENT, s.history());
          },
          in -> {
            ReceptionRuleBook book = in.optional("ruleBook", RECEPTION_RULE_BOOK).orElseGet(ReceptionRuleBook::standard);
            return ReceptionSession.replay(in.list("history", SESSION_EVENT), book);
          });

  /** An entry of a reception register: its number in the year, day, unit, session and place in it, who received, the matter. */
  static final Codec<ReceptionEntry> RECEPTION_ENTRY =
      Codecs.object(
          ReceptionEntry.class,
          (out, e) ->
              out.integer("number", e.number())
                  .put("day", Codecs.DATE, e.day())
                  .put("unit", OrganizationCodecs.UNIT_ID, e.unit())
                  .put("session", SESSION_ID, e.session())
                  .integer("position", e.position())
                  .put("receiver", OrganizationCodecs.PERSON_ID, e.receiver())
                  .put("post", OrganizationCodecs.POST, e.post())
                  .put("kind", SESSION_KIND, e.kind())
                  .optional("form", REGISTER_FORM, e.form())
                  .put("matter", MATTER, e.matter()),
          in ->
              ReceptionEntry.builder()
                  .number(in.integer("number"))
                  .day(in.get("day", Codecs.DATE))
                  .unit(in.get("unit", OrganizationCodecs.UNIT_ID))
                  .session(in.get("session", SESSION_ID))
                  .position(in.integer("position"))
                  .receiver(in.get("receiver", OrganizationCodecs.PERSON_ID))
                  .post(in.get("post", OrganizationCodecs.POST))
                  .kind(in.get("kind", SESSION_KIND))
                  .form(in.optional("form", REGISTER_FORM))
                  .matter(in.get("matter", MATTER))
                  .build());

  /**
   * A unit's reception register, a top-level document: its {@code keeper} and {@code entries} in order, read back
   * by {@link ReceptionRegister#restore}, which checks that entering them in that order would have built it.
   */
  static final Codec<ReceptionRegister> RECEPTION_REGISTER =
      Codecs.document(
          ReceptionRegister.class,
          "vanphong.reception-register",
          1,
          (out, r) ->
              out.put("keeper", OrganizationCodecs.UNIT_ID, r.keeper()).list("entries", RECEPTION_ENTRY, r.entries()),
          in ->
              ReceptionRegister.restore(
                  in.get("keeper", OrganizationCodecs.UNIT_ID), in.list("entries", RECEPTION_ENTRY)));

  /** The figures of one unit's posts, as {@link #COMPLIANCE_SUMMARY} lists them. */
  private record UnitFigures(
      UnitId unit,
      int posts,
      int postsWithDuty,
      int postsShort,
      int required,
      int held,
      int shortfall,
      int pending,
      int adHocCalls,
      int adHocAnswered) {

    static UnitFigures of(UnitId unit, ComplianceSummary one) {
      return new UnitFigures(
          unit,
          one.posts(),
          one.postsWithDuty(),
          one.postsShort(),
          one.required(),
          one.held(),
          one.shortfall(),
          one.pending(),
          one.adHocCalls(),
          one.adHocAnswered());
    }

    ComplianceSummary on(LocalDate asOf) {
      return ComplianceSummary.of(
          asOf, unit, posts, postsWithDuty, postsShort, required, held, shortfall, pending, adHocCalls, adHocAnswered);
    }
  }

  private static final Codec<UnitFigures> UNIT_FIGURES =
      Codecs.object(
          UnitFigures.class,
          (out, f) ->
              out.put("unit", OrganizationCodecs.UNIT_ID, f.unit())
                  .integer("posts", f.posts())
                  .integer("postsWithDuty", f.postsWithDuty())
                  .integer("postsShort", f.postsShort())
                  .integer("required", f.required())
                  .integer("held", f.held())
                  .integer("shortfall", f.shortfall())
                  .integer("pending", f.pending())
                  .integer("adHocCalls", f.adHocCalls())
                  .integer("adHocAnswered", f.adHocAnswered()),
          in ->
              new UnitFigures(
                  in.get("unit", OrganizationCodecs.UNIT_ID),
                  in.integer("posts"),
                  in.integer("postsWithDuty"),
                  in.integer("postsShort"),
                  in.integer("required"),
                  in.integer("held"),
                  in.integer("shortfall"),
                  in.integer("pending"),
                  in.integer("adHocCalls"),
                  in.integer("adHocAnswered")));

  /**
   * The figures of each unit's posts as of a day: {@code asOf}, left out for the summary of no post, and {@code
   * byUnit} [UnitFigures] in the order of units. Reading adds the summaries of the units ({@link
   * ComplianceSummary#of(LocalDate, UnitId, int, int, int, int, int, int, int, int, int) ComplianceSummary.of}); a unit listed twice is
   * refused.
   */
  static final Codec<ComplianceSummary> COMPLIANCE_SUMMARY =
      Codecs.object(
          ComplianceSummary.class,
          (out, s) ->
              out.optional("asOf", Codecs.DATE, s.asOf())
                  .list(
                      "byUnit",
                      UNIT_FIGURES,
                      s.units().stream()
                          .map(unit -> UnitFigures.of(unit, s.forUnit(unit)))
                          .collect(ImmutableList.toImmutableList())),
          in -> {
            Optional<LocalDate> asOf = in.optional("asOf", Codecs.DATE);
            ImmutableCollection<UnitFigures> units = in.keyed("byUnit", UNIT_FIGURES, UnitFigures::unit).values();
            if (asOf.isEmpty()) {
              if (units.isEmpty()) {
                return ComplianceSummary.empty();
              }
              throw new ReadError(in.path(), "missing field \"asOf\": the figures of posts hold on a day");
            }
            return units.stream().map(u -> u.on(asOf.get())).reduce(ComplianceSummary.empty(), ComplianceSummary::plus);
          });

  // ---- the tally, as its figures ---------------------------------------------------------------------------------

  /** One count of a tally's figures: a key and how many it counts, as {@code {"kind": "complaint", "matters": 2}}. */
  private record Count<K>(K key, int count) {}

  /** The form of one count: the key under its own name, the count under the name of what it counts. */
  @SuppressWarnings("unchecked")
  private static <K> Codec<Count<K>> count(String keyField, Codec<K> key, String countField) {
    return Codecs.object(
        (Class<Count<K>>) (Class<?>) Count.class,
        (out, c) -> out.put(keyField, key, c.key()).integer(countField, c.count()),
        in -> new Count<>(in.get(keyField, key), in.integer(countField)));
  }

  /** The counts of a map, in its order. */
  private static <K> ImmutableList<Count<K>> counts(Map<K, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> new Count<>(e.getKey(), e.getValue()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Reads a list of counts as a map in the order read; a key listed twice is refused at its entry. */
  private static <K> Map<K, Integer> counts(In in, String field, Codec<Count<K>> codec) {
    return Maps.transformValues(in.keyed(field, codec, Count::key), Count::count);
  }

  /** One unit's row of a table by unit and month. */
  private record UnitMonths(UnitId unit, Map<YearMonth, Integer> byMonth) {}

  /** The form of a unit's row, {@code {"unit", "byMonth": [{"month", countField}]}}, a unit with no month refused. */
  private static Codec<UnitMonths> unitMonths(String countField) {
    Codec<Count<YearMonth>> month = count("month", Codecs.MONTH, countField);
    return Codecs.object(
        UnitMonths.class,
        (out, r) -> out.put("unit", OrganizationCodecs.UNIT_ID, r.unit()).list("byMonth", month, counts(r.byMonth())),
        in -> {
          UnitId unit = in.get("unit", OrganizationCodecs.UNIT_ID);
          Map<YearMonth, Integer> byMonth = counts(in, "byMonth", month);
          if (byMonth.isEmpty()) {
            throw new ReadError(
                in.path(), "a unit is listed for the " + countField + " it counts, and \"byMonth\" counts none");
          }
          return new UnitMonths(unit, byMonth);
        });
  }

  private static ImmutableList<UnitMonths> rows(Map<UnitId, ? extends Map<YearMonth, Integer>> table) {
    return table.entrySet().stream()
        .map(e -> new UnitMonths(e.getKey(), e.getValue()))
        .collect(ImmutableList.toImmutableList());
  }

  private static Map<UnitId, Map<YearMonth, Integer>> rows(In in, String field, Codec<UnitMonths> codec) {
    return Maps.transformValues(in.keyed(field, codec, UnitMonths::unit), UnitMonths::byMonth);
  }

  private static final Codec<Count<SessionKind>> SESSION_KIND_COUNT = count("kind", SESSION_KIND, "sessions");
  private static final Codec<UnitMonths> SESSION_UNIT_MONTHS = unitMonths("sessions");
  private static final Codec<Count<PetitionKind>> MATTER_KIND_COUNT =
      count("kind", PetitionCodecs.PETITION_KIND, "matters");
  private static final Codec<Count<Level>> MATTER_LEVEL_COUNT = count("level", OrganizationCodecs.LEVEL, "matters");
  private static final Codec<Count<PostKind>> MATTER_POST_COUNT =
      count("post", OrganizationCodecs.POST_KIND, "matters");
  private static final Codec<Count<ReceptionOutcome>> MATTER_OUTCOME_COUNT =
      count("outcome", RECEPTION_OUTCOME, "matters");
  private static final Codec<UnitMonths> MATTER_UNIT_MONTHS = unitMonths("matters");
  private static final Codec<Count<Integer>> DELEGATION_SIZE_COUNT =
      count("headcount", Codecs.INTEGER, "delegations");
  private static final Codec<Count<RefusalGround>> REFUSAL_GROUND_COUNT =
      count("ground", REFUSAL_GROUND, "refusals");

  /**
   * The statistics of reception sessions, as their figures: {@code cutOff}, left out for the tally of no session,
   * {@code sessionsByKind} [{@code {"kind", "sessions"}}], {@code sessionsByUnitAndMonth} [{@code {"unit",
   * "byMonth": [{"month", "sessions"}]}}], {@code mattersByKind} [{@code {"kind", "matters"}}], {@code
   * mattersByLevel} [{@code {"level", "matters"}}], {@code mattersByPost} [{@code {"post", "matters"}}], {@code
   * mattersByOutcome} [{@code {"outcome", "matters"}}], {@code mattersByUnitAndMonth} [{@code {"unit", "byMonth":
   * [{"month", "matters"}]}}], {@code citizens}, {@code delegationsBySize} [{@code {"headcount", "delegations"}}],
   * {@code refusalsByGround} [{@code {"ground", "refusals"}}] and {@code citizensRefused}, each list in the order of
   * its keys with those of no count left out. The totals and the counts by unit and by month alone are not written:
   * they are sums of these. Reading makes the tally through {@link ReceptionTally#of(CutOff, Map, Map, Map, Map, Map,
   * Map, Map, int, Map, Map, int) ReceptionTally.of}, which refuses figures that disagree; a key listed twice is refused.
   */
  static final Codec<ReceptionTally> RECEPTION_TALLY =
      Codecs.object(
          ReceptionTally.class,
          (out, t) ->
              out.optional("cutOff", CUT_OFF, t.cutOff())
                  .list("sessionsByKind", SESSION_KIND_COUNT, counts(t.sessionsByKind()))
                  .list("sessionsByUnitAndMonth", SESSION_UNIT_MONTHS, rows(t.sessionsByUnitAndMonth()))
                  .list("mattersByKind", MATTER_KIND_COUNT, counts(t.mattersByKind()))
                  .list("mattersByLevel", MATTER_LEVEL_COUNT, counts(t.mattersByLevel()))
                  .list("mattersByPost", MATTER_POST_COUNT, counts(t.mattersByPost()))
                  .list("mattersByOutcome", MATTER_OUTCOME_COUNT, counts(t.mattersByOutcome()))
                  .list("mattersByUnitAndMonth", MATTER_UNIT_MONTHS, rows(t.mattersByUnitAndMonth()))
                  .integer("citizens", t.citizens())
                  .list("delegationsBySize", DELEGATION_SIZE_COUNT, counts(t.delegationsBySize()))
                  .list("refusalsByGround", REFUSAL_GROUND_COUNT, counts(t.refusalsByGround()))
                  .integer("citizensRefused", t.citizensRefused()),
          in -> {
            Optional<CutOff> cutOff = in.optional("cutOff", CUT_OFF);
            Map<SessionKind, Integer> sessionsByKind = counts(in, "sessionsByKind", SESSION_KIND_COUNT);
            Map<UnitId, Map<YearMonth, Integer>> sessionsByUnitAndMonth =
                rows(in, "sessionsByUnitAndMonth", SESSION_UNIT_MONTHS);
            Map<PetitionKind, Integer> mattersByKind = counts(in, "mattersByKind", MATTER_KIND_COUNT);
            Map<Level, Integer> mattersByLevel = counts(in, "mattersByLevel", MATTER_LEVEL_COUNT);
            Map<PostKind, Integer> mattersByPost = counts(in, "mattersByPost", MATTER_POST_COUNT);
            Map<ReceptionOutcome, Integer> mattersByOutcome = counts(in, "mattersByOutcome", MATTER_OUTCOME_COUNT);
            Map<UnitId, Map<YearMonth, Integer>> mattersByUnitAndMonth =
                rows(in, "mattersByUnitAndMonth", MATTER_UNIT_MONTHS);
            int citizens = in.integer("citizens");
            Map<Integer, Integer> delegationsBySize = counts(in, "delegationsBySize", DELEGATION_SIZE_COUNT);
            Map<RefusalGround, Integer> refusalsByGround = counts(in, "refusalsByGround", REFUSAL_GROUND_COUNT);
            int citizensRefused = in.integer("citizensRefused");
            if (cutOff.isEmpty()) {
              if (sessionsByKind.isEmpty()
                  && sessionsByUnitAndMonth.isEmpty()
                  && mattersByKind.isEmpty()
                  && mattersByLevel.isEmpty()
                  && mattersByPost.isEmpty()
                  && mattersByOutcome.isEmpty()
                  && mattersByUnitAndMonth.isEmpty()
                  && citizens == 0
                  && delegationsBySize.isEmpty()
                  && refusalsByGround.isEmpty()
                  && citizensRefused == 0) {
                return ReceptionTally.empty();
              }
              throw new ReadError(
                  in.path(), "missing field \"cutOff\": figures that count sessions count them in report months");
            }
            return ReceptionTally.of(
                cutOff.get(),
                sessionsByKind,
                sessionsByUnitAndMonth,
                mattersByKind,
                mattersByLevel,
                mattersByPost,
                mattersByOutcome,
                mattersByUnitAndMonth,
                citizens,
                delegationsBySize,
                refusalsByGround,
                citizensRefused);
          });

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.<Codec<?>>builder()
        .add(AD_HOC_GROUND, CADENCE, COMPLIANCE_STATUS, PARTICIPATING_BODY, PROCEDURE_REQUIREMENT)
        .add(RECEPTION_OUTCOME, RECEPTION_PLACE, REFUSAL_GROUND, REFUSAL_NOTICE, REGISTER_COLUMN, REGISTER_FORM)
        .add(REPORT_PERIOD_KIND, SCHEDULE_SHIFT, SESSION_COMMAND, SESSION_KIND, SESSION_STATE)
        .add(SESSION_ID, CUT_OFF, REPORT_PERIOD, SCHEDULE_DAY, SCHEDULED_DATE, DUTY_HOLDER, ACTING)
        .add(RECEPTION_DUTY, REFUSAL_RULE, DELEGATION_RULE, PROCEDURE_RULE, RECEPTION_RULE, RECEPTION_RULE_BOOK)
        .add(RECEPTION_SCHEDULE, DUTY_PERIOD, SESSION_OPENING, RECEPTION_VIOLATION, AD_HOC_CALL)
        .add(COMPLIANCE_CHECK, RECEPTION_COMPLIANCE, DELEGATION, MATTER, SESSION_EVENT, RECEPTION_SESSION, RECEPTION_ENTRY)
        .add(RECEPTION_REGISTER, COMPLIANCE_SUMMARY, RECEPTION_TALLY)
        .build();
  }
}
