package io.github.vanphong.json;

import static io.github.vanphong.json.JsonLaws.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.SubjectKind;
import io.github.vanphong.reception.Acting;
import io.github.vanphong.reception.AdHocCall;
import io.github.vanphong.reception.AdHocGround;
import io.github.vanphong.reception.Cadence;
import io.github.vanphong.reception.ComplianceCheck;
import io.github.vanphong.reception.ComplianceRollUp;
import io.github.vanphong.reception.ComplianceStatus;
import io.github.vanphong.reception.ComplianceSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.Delegation;
import io.github.vanphong.reception.DelegationRule;
import io.github.vanphong.reception.DutyHolder;
import io.github.vanphong.reception.DutyPeriod;
import io.github.vanphong.reception.Entered;
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
import io.github.vanphong.reception.Refusal;
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
import io.github.vanphong.testing.ReceptionArbitraries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.reception}. */
class ReceptionJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.<Class<?>, String>builder()
          .put(
              Refusal.class,
              "a session's refusal, derived by replaying its REFUSE and NOTIFY_REFUSAL events; stored as the"
                  + " session's history (vanphong.reception-session)")
          .put(
              Entered.class,
              "what ReceptionRegister.enter returns: the new register (vanphong.reception-register) and the entries"
                  + " it added, each with its own form")
          .put(
              ComplianceRollUp.class,
              "a view computed from a ComplianceSummary and a chart's tree, with nothing of its own")
          .buildOrThrow();

  @Property(tries = 100)
  void complianceSummariesObeyTheLaws(@ForAll ComplianceSummary summary) {
    JsonLaws.assertLaws(summary, ComplianceSummary.class);
  }

  @Property(tries = 100)
  void complianceSummariesReadBackKeepTheMergeLaw(@ForAll ComplianceSummary summary) {
    for (ComplianceSummary part :
        summary.units().stream().map(summary::forUnit).toList()) {
      ComplianceSummary readWhole = JsonLaws.read(JsonLaws.write(summary), ComplianceSummary.class);
      ComplianceSummary readPart = JsonLaws.read(JsonLaws.write(part), ComplianceSummary.class);
      assertThat(readWhole.plus(readPart)).isEqualTo(summary.plus(part));
    }
  }

  @Example
  void aComplianceSummaryIsWrittenAsEachUnitsFigures() {
    ComplianceSummary summary =
        ComplianceSummary.of(LocalDate.of(2016, 3, 31), UnitId.of("HG-VPTU"), 3, 2, 1, 12, 10, 2, 0, 1, 1);
    String unit =
        "{\"unit\":\"HG-VPTU\",\"posts\":3,\"postsWithDuty\":2,\"postsShort\":1,\"required\":12,\"held\":10,"
            + "\"shortfall\":2,\"pending\":0,\"adHocCalls\":1,\"adHocAnswered\":1}";
    assertThat(JsonLaws.write(summary)).isEqualTo("{\"asOf\":\"2016-03-31\",\"byUnit\":[" + unit + "]}");
    assertThat(JsonLaws.write(ComplianceSummary.empty())).isEqualTo("{\"byUnit\":[]}");
    JsonLaws.assertLaws(summary, ComplianceSummary.class);
    JsonLaws.assertLaws(ComplianceSummary.empty(), ComplianceSummary.class);
    assertRefusedAt(
        "{\"asOf\":\"2016-03-31\",\"byUnit\":[" + unit + "," + unit + "]}", ComplianceSummary.class, "$.byUnit[1]");
    assertRefusedAt("{\"byUnit\":[" + unit + "]}", ComplianceSummary.class, "$");
    assertRefusedAt(
        "{\"asOf\":\"2016-03-31\",\"byUnit\":[" + unit.replace("\"postsShort\":1", "\"postsShort\":3") + "]}",
        ComplianceSummary.class,
        "$");
  }

  // ---- the tally of sessions -------------------------------------------------------------------------------------

  @Property(tries = 100)
  void talliesObeyTheLaws(@ForAll ReceptionTally tally) {
    JsonLaws.assertLaws(tally, ReceptionTally.class);
  }

  @Property(tries = 100)
  void talliesReadBackKeepTheMergeLaw(@ForAll("sameCutOff") List<ReceptionTally> two) {
    ReceptionTally a = two.get(0);
    ReceptionTally b = two.get(1);
    ReceptionTally readA = JsonLaws.read(JsonLaws.write(a), ReceptionTally.class);
    ReceptionTally readB = JsonLaws.read(JsonLaws.write(b), ReceptionTally.class);
    assertThat(readA.plus(readB)).isEqualTo(a.plus(b));
  }

  @Provide
  Arbitrary<List<ReceptionTally>> sameCutOff() {
    return ReceptionArbitraries.cutOffs().flatMap(c -> ReceptionArbitraries.tallies(c).list().ofSize(2));
  }

  @Example
  void theEmptyTallyIsWrittenWithNoCutOffAndReadBackAsItself() {
    String json = JsonLaws.write(ReceptionTally.empty());
    assertThat(json)
        .isEqualTo(
            "{\"sessionsByKind\":[],\"sessionsByUnitAndMonth\":[],\"mattersByKind\":[],\"mattersByLevel\":[],"
                + "\"mattersByPost\":[],\"mattersByOutcome\":[],\"mattersByUnitAndMonth\":[],\"citizens\":0,"
                + "\"delegationsBySize\":[],\"refusalsByGround\":[],\"citizensRefused\":0}");
    assertThat(JsonLaws.read(json, ReceptionTally.class)).isSameAs(ReceptionTally.empty());
    JsonLaws.assertLaws(ReceptionTally.empty(), ReceptionTally.class);
  }

  /** One session of the chair of Hậu Giang in March 2016: three matters, one of a delegation of 12, one refusal. */
  private static final String ONE_SESSION =
      "{\"cutOff\":{\"monthEnd\":true},"
          + "\"sessionsByKind\":[{\"kind\":\"head-periodic\",\"sessions\":1}],"
          + "\"sessionsByUnitAndMonth\":[{\"unit\":\"HG-UBND\",\"byMonth\":[{\"month\":\"2016-03\",\"sessions\":1}]}],"
          + "\"mattersByKind\":[{\"kind\":\"complaint\",\"matters\":2},{\"kind\":\"denunciation\",\"matters\":1}],"
          + "\"mattersByLevel\":[{\"level\":\"provincial\",\"matters\":3}],"
          + "\"mattersByPost\":[{\"post\":\"chair\",\"matters\":3}],"
          + "\"mattersByOutcome\":[{\"outcome\":\"accepted\",\"matters\":2},{\"outcome\":\"forwarded\",\"matters\":1}],"
          + "\"mattersByUnitAndMonth\":[{\"unit\":\"HG-UBND\",\"byMonth\":[{\"month\":\"2016-03\",\"matters\":3}]}],"
          + "\"citizens\":14,"
          + "\"delegationsBySize\":[{\"headcount\":12,\"delegations\":1}],"
          + "\"refusalsByGround\":[{\"ground\":\"drawn-out\",\"refusals\":1}],"
          + "\"citizensRefused\":1}";

  @Example
  void aTallyIsReadFromItsFiguresAndWrittenBackAsThem() {
    ReceptionTally tally = JsonLaws.read(ONE_SESSION, ReceptionTally.class);
    assertThat(tally.cutOff()).contains(CutOff.monthEnd());
    assertThat(tally.sessions(UnitId.of("HG-UBND"), YearMonth.of(2016, 3))).isEqualTo(1);
    assertThat(tally.matters()).isEqualTo(3);
    assertThat(tally.delegationPeople()).isEqualTo(12);
    assertThat(tally.refusals(RefusalGround.DRAWN_OUT)).isEqualTo(1);
    assertThat(JsonLaws.write(tally)).isEqualTo(ONE_SESSION);
    JsonLaws.assertLaws(tally, ReceptionTally.class);
  }

  @Example
  void aTallyWhoseFiguresDisagreeOrRepeatAKeyIsRefusedAtItsPath() {
    assertRefusedAt(ONE_SESSION.replace("\"citizens\":14", "\"citizens\":13"), ReceptionTally.class, "$");
    assertRefusedAt(
        ONE_SESSION.replace("{\"level\":\"provincial\",\"matters\":3}", "{\"level\":\"provincial\",\"matters\":2}"),
        ReceptionTally.class,
        "$");
    assertRefusedAt(
        ONE_SESSION.replace("{\"post\":\"chair\",\"matters\":3}", "{\"post\":\"chair\",\"matters\":0}"),
        ReceptionTally.class,
        "$");
    assertRefusedAt(ONE_SESSION.replace("\"cutOff\":{\"monthEnd\":true},", ""), ReceptionTally.class, "$");
    assertRefusedAt(
        ONE_SESSION.replace("\"mattersByKind\":[", "\"mattersByKind\":[{\"kind\":\"complaint\",\"matters\":1},"),
        ReceptionTally.class,
        "$.mattersByKind[1]");
    assertRefusedAt(
        ONE_SESSION.replace(
            "{\"month\":\"2016-03\",\"sessions\":1}",
            "{\"month\":\"2016-03\",\"sessions\":1},{\"month\":\"2016-03\",\"sessions\":1}"),
        ReceptionTally.class,
        "$.sessionsByUnitAndMonth[0].byMonth[1]");
    assertRefusedAt(
        ONE_SESSION.replace(
            "\"mattersByUnitAndMonth\":[", "\"mattersByUnitAndMonth\":[{\"unit\":\"HG-UBND\",\"byMonth\":[]},"),
        ReceptionTally.class,
        "$.mattersByUnitAndMonth[0]");
    assertRefusedAt(
        ONE_SESSION.replace(
            "\"delegationsBySize\":[{\"headcount\":12,\"delegations\":1}]",
            "\"delegationsBySize\":[{\"headcount\":12,\"delegations\":1},{\"headcount\":12,\"delegations\":1}]"),
        ReceptionTally.class,
        "$.delegationsBySize[1]");
    assertRefusedAt(ONE_SESSION.replace("\"head-periodic\"", "\"weekly\""), ReceptionTally.class, "$.sessionsByKind[0].kind");
    assertRefusedAt(ONE_SESSION.replace("\"2016-03\"", "\"2016-3\""), ReceptionTally.class, "$.sessionsByUnitAndMonth[0].byMonth[0].month");
  }

  @Property(tries = 20)
  void enumerationsObeyTheLaws(@ForAll("constants") Enum<?> constant) {
    assertLaws(constant);
  }

  @Provide
  Arbitrary<Enum<?>> constants() {
    return Arbitraries.oneOf(
        Arbitraries.of(AdHocGround.class),
        Arbitraries.of(Cadence.class),
        Arbitraries.of(ComplianceStatus.class),
        Arbitraries.of(ParticipatingBody.class),
        Arbitraries.of(ProcedureRequirement.class),
        Arbitraries.of(ReceptionOutcome.class),
        Arbitraries.of(ReceptionPlace.class),
        Arbitraries.of(RefusalGround.class),
        Arbitraries.of(RefusalNotice.class),
        Arbitraries.of(RegisterColumn.class),
        Arbitraries.of(RegisterForm.class),
        Arbitraries.of(ReportPeriodKind.class),
        Arbitraries.of(ScheduleShift.class),
        Arbitraries.of(SessionCommand.class),
        Arbitraries.of(SessionKind.class),
        Arbitraries.of(SessionState.class));
  }

  @SuppressWarnings("unchecked")
  private static <E extends Enum<E>> void assertLaws(Enum<?> constant) {
    JsonLaws.assertLaws((E) constant, (Class<E>) constant.getDeclaringClass());
  }

  @Property(tries = 50)
  void sessionIdsObeyTheLaws(@ForAll SessionId id) {
    JsonLaws.assertLaws(id, SessionId.class);
  }

  @Property(tries = 50)
  void cutOffsObeyTheLaws(@ForAll CutOff cutOff) {
    JsonLaws.assertLaws(cutOff, CutOff.class);
  }

  @Property(tries = 100)
  void reportPeriodsObeyTheLaws(@ForAll ReportPeriod period) {
    JsonLaws.assertLaws(period, ReportPeriod.class);
  }

  @Property(tries = 100)
  void scheduleDaysObeyTheLaws(@ForAll ScheduleDay day) {
    JsonLaws.assertLaws(day, ScheduleDay.class);
  }

  @Property(tries = 50)
  void scheduledDatesObeyTheLaws(@ForAll ScheduledDate date) {
    JsonLaws.assertLaws(date, ScheduledDate.class);
  }

  @Property(tries = 50)
  void dutyHoldersObeyTheLaws(@ForAll DutyHolder holder) {
    JsonLaws.assertLaws(holder, DutyHolder.class);
  }

  @Property(tries = 50)
  void actingsObeyTheLaws(@ForAll Acting acting) {
    JsonLaws.assertLaws(acting, Acting.class);
  }

  @Property(tries = 50)
  void dutiesObeyTheLaws(@ForAll ReceptionDuty duty) {
    JsonLaws.assertLaws(duty, ReceptionDuty.class);
  }

  @Property(tries = 50)
  void refusalRulesObeyTheLaws(@ForAll RefusalRule rule) {
    JsonLaws.assertLaws(rule, RefusalRule.class);
  }

  @Property(tries = 50)
  void delegationRulesObeyTheLaws(@ForAll DelegationRule rule) {
    JsonLaws.assertLaws(rule, DelegationRule.class);
  }

  @Property(tries = 50)
  void procedureRulesObeyTheLaws(@ForAll ProcedureRule rule) {
    JsonLaws.assertLaws(rule, ProcedureRule.class);
  }

  /** A rule is written with its variant's tag inside a rule book; alone, its own class's form has no tag. */
  @Property(tries = 50)
  void rulesObeyTheLawsInsideABook(@ForAll ReceptionRule rule) {
    JsonLaws.assertLaws(ReceptionRuleBook.of(List.of(rule)), ReceptionRuleBook.class);
  }

  @Property(tries = 10)
  void ruleBooksObeyTheLaws(@ForAll ReceptionRuleBook book) {
    JsonLaws.assertRoundTrip(book, ReceptionRuleBook.class);
  }

  @Example
  void theStandardRuleBookObeysTheLaws() {
    JsonLaws.assertLaws(ReceptionRuleBook.of(ReceptionRuleBook.standard().rules().subList(0, 3)), ReceptionRuleBook.class);
    JsonLaws.assertRoundTrip(ReceptionRuleBook.standard(), ReceptionRuleBook.class);
  }

  @Property(tries = 50)
  void schedulesObeyTheLaws(@ForAll ReceptionSchedule schedule) {
    JsonLaws.assertLaws(schedule, ReceptionSchedule.class);
  }

  @Property(tries = 50)
  void dutyPeriodsObeyTheLaws(@ForAll DutyPeriod period) {
    JsonLaws.assertLaws(period, DutyPeriod.class);
  }

  @Property(tries = 50)
  void openingsObeyTheLaws(@ForAll SessionOpening opening) {
    JsonLaws.assertLaws(opening, SessionOpening.class);
  }

  @Property(tries = 50)
  void violationsObeyTheLaws(@ForAll ReceptionViolation violation) {
    JsonLaws.assertLaws(violation, ReceptionViolation.class);
  }

  @Property(tries = 50)
  void adHocCallsObeyTheLaws(@ForAll AdHocCall call) {
    JsonLaws.assertLaws(call, AdHocCall.class);
  }

  /**
   * Every law but the one on removed fields: the generated checks carry the example province's chart, whose
   * appointments have bounded terms, and a term's end removed inside the chart's own document is refused at the
   * chart rather than at the term. That is the organisation's form; the check's own fields obey that law too.
   */
  @Property(tries = 3)
  void complianceChecksObeyTheLaws(@ForAll ComplianceCheck check) {
    JsonLaws.assertRoundTrip(check, ComplianceCheck.class);
    JsonLaws.assertUnknownFieldsRefused(check, ComplianceCheck.class);
    JsonLaws.assertWrongTypesRefused(check, ComplianceCheck.class);
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(check);
    tree.remove("chart");
    assertRefusedAt(tree.toString(), ComplianceCheck.class, "$");
    ObjectNode withoutActing = JsonLaws.MAPPER.valueToTree(check);
    withoutActing.remove("acting");
    assertThat(JsonLaws.read(withoutActing.toString(), ComplianceCheck.class).acting()).isEmpty();
  }

  @Property(tries = 10)
  void complianceChecksReadBackAlike(@ForAll ComplianceCheck check) {
    ComplianceCheck back = JsonLaws.assertRoundTrip(check, ComplianceCheck.class);
    assertThat(back.acting()).isEqualTo(check.acting());
    assertThat(JsonLaws.write(check)).doesNotContain("\"ruleBook\"");
    ComplianceCheck own =
        ComplianceCheck.of(ReceptionRuleBook.standard().without("DELEGATION_OVER_10"), check.chart());
    assertThat(JsonLaws.assertRoundTrip(own, ComplianceCheck.class).ruleBook()).isEqualTo(own.ruleBook());
  }

  @Property(tries = 20)
  void compliancesObeyTheLaws(@ForAll ReceptionCompliance compliance) {
    JsonLaws.assertLaws(compliance, ReceptionCompliance.class);
  }

  @Property(tries = 100)
  void delegationsObeyTheLaws(@ForAll Delegation delegation) {
    JsonLaws.assertLaws(delegation, Delegation.class);
    JsonLaws.assertLaws(delegation.redacted(), Delegation.class);
  }

  @Property(tries = 100)
  void mattersObeyTheLaws(@ForAll Matter matter) {
    JsonLaws.assertLaws(matter, Matter.class);
    JsonLaws.assertLaws(matter.redacted(), Matter.class);
  }

  @Property(tries = 50)
  void eventsObeyTheLaws(@ForAll SessionEvent event) {
    JsonLaws.assertLaws(event, SessionEvent.class);
  }

  @Property(tries = 30)
  void sessionsObeyTheLaws(@ForAll ReceptionSession session) {
    JsonLaws.assertLaws(session, ReceptionSession.class);
  }

  @Property(tries = 50)
  void aSessionReadBackReplaysToTheSameState(@ForAll ReceptionSession session) {
    for (ReceptionSession kept : List.of(session, session.redacted())) {
      ReceptionSession back = JsonLaws.read(JsonLaws.write(kept), ReceptionSession.class);
      assertThat(back).isEqualTo(kept);
      assertThat(back.state()).isEqualTo(kept.state());
      assertThat(back.matters()).isEqualTo(kept.matters());
      assertThat(back.refusals()).isEqualTo(kept.refusals());
      assertThat(back.intakes()).isEqualTo(kept.intakes());
      assertThat(back.concludedOn()).isEqualTo(kept.concludedOn());
      assertThat(back.allowedCommands()).isEqualTo(kept.allowedCommands());
    }
  }

  @Property(tries = 20)
  void aSessionUnderItsOwnRuleBookKeepsTheBook(@ForAll ReceptionSession session) {
    ReceptionRuleBook own = session.ruleBook().with(ReceptionRuleBook.DELEGATION_OVER_10);
    ReceptionSession kept = ReceptionSession.replay(session.history(), own.without("SCHEDULE_POSTED"));
    ReceptionSession back = JsonLaws.assertRoundTrip(kept, ReceptionSession.class);
    assertThat(back.ruleBook()).isEqualTo(kept.ruleBook());
    assertThat(JsonLaws.write(session)).doesNotContain("\"ruleBook\"");
  }

  @Property(tries = 20)
  void entriesObeyTheLaws(@ForAll ReceptionEntry entry) {
    JsonLaws.assertLaws(entry, ReceptionEntry.class);
  }

  @Property(tries = 10)
  void registersObeyTheLaws(@ForAll ReceptionRegister register) {
    JsonLaws.assertLaws(register, ReceptionRegister.class);
  }

  @Property(tries = 30)
  void aRegisterReadBackAnswersAlike(@ForAll ReceptionRegister register) {
    for (ReceptionRegister kept : List.of(register, register.redacted())) {
      ReceptionRegister back = JsonLaws.read(JsonLaws.write(kept), ReceptionRegister.class);
      assertThat(back).isEqualTo(kept);
      assertThat(back.entries()).isEqualTo(kept.entries());
      Year year = Year.of(2016);
      assertThat(back.nextNumber(year)).isEqualTo(kept.nextNumber(year));
    }
  }

  @Property(tries = 50)
  void aRedactedSessionWritesNoIdentity(@ForAll ReceptionSession session) {
    String json = JsonLaws.write(session.redacted());
    assertThat(json).doesNotContain("\"identities\"").doesNotContain("\"fullName\"");
  }

  @Example
  void goldenSession() {
    Golden.assertGolden("vanphong.reception-session", 1, ReceptionSession.class, Fixture.session());
  }

  @Example
  void goldenRegister() {
    ReceptionRegister register = ReceptionRegister.of(Fixture.OFFICE).enter(Fixture.session()).register();
    Golden.assertGolden("vanphong.reception-register", 1, ReceptionRegister.class, register);
  }

  @Example
  void aHistoryThatDoesNotStartWithTheOpeningIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(Fixture.session());
    ((ArrayNode) tree.get("history")).remove(0);
    assertRefusedAt(tree.toString(), ReceptionSession.class, "$");
    assertThatThrownBy(() -> JsonLaws.read(tree.toString(), ReceptionSession.class))
        .hasMessageContaining("starts with its opening");
  }

  @Example
  void aCommandTheSessionDidNotAllowIsRefusedOnReplay() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(Fixture.session());
    ArrayNode history = (ArrayNode) tree.get("history");
    assertThat(history.get(3).get("command").stringValue()).isEqualTo("end");
    history.remove(3);
    // a conclusion notice while the session is still open
    assertRefusedAt(tree.toString(), ReceptionSession.class, "$");
  }

  @Example
  void aSessionWithoutEventsIsRefused() {
    assertRefusedAt(
        "{\"format\":\"vanphong.reception-session\",\"version\":1,\"history\":[]}", ReceptionSession.class, "$");
  }

  @Example
  void anUnknownCommandIsRefusedNamingTheCodes() {
    String json = JsonLaws.write(Fixture.session()).replace("\"command\":\"end\"", "\"command\":\"close\"");
    assertRefusedAt(json, ReceptionSession.class, "$.history[3].command");
    assertThatThrownBy(() -> JsonLaws.read(json, ReceptionSession.class)).hasMessageContaining("issue-conclusion-notice");
  }

  @Example
  void aDelegationsMatterNamesItsPetitionersOnce() {
    Matter matter = Fixture.delegationsMatter();
    String json = JsonLaws.write(matter);
    assertThat(json).containsOnlyOnce("\"petitioners\"").containsOnlyOnce("\"delegation\":");
    JsonLaws.assertLaws(matter, Matter.class);
    ObjectNode both = JsonLaws.MAPPER.valueToTree(matter);
    both.set("petitioners", JsonLaws.MAPPER.valueToTree(matter.petitioners()));
    assertRefusedAt(both.toString(), Matter.class, "$.petitioners");
  }

  @Example
  void aDelegationWhoseFiguresDoNotAgreeIsRefused() {
    String json = JsonLaws.write(Fixture.delegationsMatter().delegation().orElseThrow());
    assertRefusedAt(json.replace("\"signatories\":12", "\"signatories\":1"), Delegation.class, "$");
    assertRefusedAt(json.replace("\"representatives\":2", "\"representatives\":3"), Delegation.class, "$");
  }

  @Example
  void aRedactedDelegationKeepsItsFigures() {
    Delegation redacted = Fixture.delegationsMatter().delegation().orElseThrow().redacted();
    Delegation back = JsonLaws.assertRoundTrip(redacted, Delegation.class);
    assertThat(back.headcount()).isEqualTo(12);
    assertThat(back.representatives()).isEqualTo(2);
    assertThat(back.signatories()).isEqualTo(12);
    assertThat(back.isSignedByAll()).isTrue();
    assertThat(JsonLaws.write(redacted)).doesNotContain("Công dân");
  }

  @Example
  void theCallsAnsweredAreWrittenByTheirPositions() {
    AdHocCall asked =
        AdHocCall.builder().day(Fixture.DAY).post(Fixture.CHAIR).ground(AdHocGround.COMPLEX_OR_MASS).build();
    AdHocCall answered =
        AdHocCall.builder()
            .day(Fixture.DAY.plusDays(1))
            .post(Fixture.CHAIR)
            .ground(AdHocGround.SERIOUS_HARM)
            .answeredBy(SessionId.of("TCD-2016-03-18"))
            .build();
    ReceptionCompliance compliance =
        ReceptionCompliance.builder()
            .post(Fixture.CHAIR)
            .period(ReportPeriod.month(YearMonth.of(2016, 3), CutOff.monthEnd()))
            .asOf(LocalDate.of(2016, 3, 31))
            .addAdHocCalls(asked, answered)
            .addAnswered(answered)
            .build();
    String json = JsonLaws.write(compliance);
    assertThat(json).contains("\"answered\":[1]");
    JsonLaws.assertLaws(compliance, ReceptionCompliance.class);
    assertRefusedAt(json.replace("\"answered\":[1]", "\"answered\":[2]"), ReceptionCompliance.class, "$.answered[0]");
  }

  @Example
  void aFindingNamesItsFacts() {
    ReceptionViolation finding =
        ReceptionViolation.of(
            ReceptionRuleBook.DELEGATION_OVER_10,
            "a delegation of 12 people names at most 5 representatives; this one names 6",
            12,
            6,
            Fixture.CHAIR,
            LocalDate.of(2016, 3, 15),
            Range.closed(1, 5));
    assertThat(JsonLaws.write(finding))
        .contains("\"values\":[{\"count\":12},{\"count\":6},{\"post\":")
        .contains("{\"day\":\"2016-03-15\"},{\"range\":{\"atLeast\":1,\"atMost\":5}}]");
    JsonLaws.assertLaws(finding, ReceptionViolation.class);
    String twoFacts = JsonLaws.write(finding).replace("{\"count\":6}", "{\"count\":6,\"day\":\"2016-03-15\"}");
    assertRefusedAt(twoFacts, ReceptionViolation.class, "$.values[1]");
  }

  /** A chair's periodic session of 2016, written out by hand for the golden file. */
  private static final class Fixture {
    static final UnitId PEOPLES_COMMITTEE = UnitId.of("HG-UBND");
    static final UnitId OFFICE = PEOPLES_COMMITTEE;
    static final Post CHAIR = Post.of(PEOPLES_COMMITTEE, PostKind.CHAIR);
    static final PersonId RECEIVER = PersonId.of("HG-CT1");
    static final PersonId OFFICER = PersonId.of("TCD-CB-01");
    static final LocalDate DAY = LocalDate.of(2016, 3, 15);

    static ReceptionSession session() {
      SessionOpening opening =
          SessionOpening.builder()
              .id(SessionId.of("TCD-2016-03-15"))
              .unit(PEOPLES_COMMITTEE)
              .receiver(RECEIVER)
              .post(CHAIR)
              .kind(SessionKind.HEAD_PERIODIC)
              .place(ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE)
              .addParticipants(ParticipatingBody.PARTY_OFFICE)
              .build();
      Matter complaint =
          Matter.builder()
              .id(PetitionId.of("HG-2016-0042"))
              .kind(PetitionKind.COMPLAINT)
              .petitioners(
                  Petitioners.one(
                      Identity.builder()
                          .fullName("Trương Thị Ngọc Diễm")
                          .address("Số 12, đường Hòa Bình, phường 5, thành phố Vị Thanh")
                          .build()))
              .subject(Subject.of(SubjectKind.ADMINISTRATIVE_DECISION, "Quyết định số 125/QĐ-UBND về thu hồi đất"))
              .summary("khiếu nại quyết định thu hồi đất để mở rộng đường tỉnh")
              .requests("hủy quyết định thu hồi đất")
              .outcome(ReceptionOutcome.ACCEPTED)
              .build();
      return ReceptionSession.open(opening, DAY, OFFICER)
          .receive(complaint, DAY, OFFICER)
          .receive(delegationsMatter(), DAY, OFFICER)
          .end(DAY, OFFICER)
          .issueConclusionNotice("05/TB-UBND", DAY, OFFICER);
    }

    static Matter delegationsMatter() {
      Identity first = Identity.builder().fullName("Công dân 1").address("ấp Tân Long").build();
      Identity second = Identity.builder().fullName("Công dân 2").address("ấp Tân Long").build();
      List<Identity> signatories = new ArrayList<>(List.of(first, second));
      for (int i = 3; i <= 12; i++) {
        signatories.add(Identity.builder().fullName("Công dân " + i).address("ấp Tân Long").build());
      }
      Delegation delegation = Delegation.of(12, List.of(first, second)).appointedInWriting(signatories);
      return Matter.builder()
          .id(PetitionId.of("HG-2016-0043"))
          .kind(PetitionKind.RECOMMENDATION)
          .byDelegation(delegation)
          .subject(Subject.of(SubjectKind.ADMINISTRATIVE_DECISION, "bồi thường khi thu hồi đất"))
          .summary("kiến nghị về mức bồi thường khi thu hồi đất")
          .outcome(ReceptionOutcome.GUIDED)
          .destination(UnitId.of("HG-STNMT"))
          .build();
    }
  }

  @Example
  void aRangeIsWrittenByItsEnds() {
    assertThat(JsonLaws.write(ReceptionRuleBook.DELEGATION_OF_5_TO_10))
        .contains("\"headcount\":{\"atLeast\":5,\"atMost\":10}");
    assertThat(JsonLaws.write(ReceptionRuleBook.DELEGATION_OVER_10)).contains("\"headcount\":{\"atLeast\":11}");
    DelegationRule open =
        DelegationRule.builder()
            .from(ReceptionRuleBook.DELEGATION_OF_5_TO_10)
            .headcount(Range.open(4, 11))
            .build();
    assertThat(JsonLaws.write(open)).contains("\"headcount\":{\"moreThan\":4,\"lessThan\":11}");
    JsonLaws.assertLaws(open, DelegationRule.class);
  }

  @Example
  void aRangeWithTwoLowerEndsIsRefused() {
    String json =
        JsonLaws.write(ReceptionRuleBook.DELEGATION_OF_5_TO_10)
            .replace("\"headcount\":{\"atLeast\":5", "\"headcount\":{\"atLeast\":5,\"moreThan\":4");
    assertRefusedAt(json, DelegationRule.class, "$.headcount");
  }

  @Example
  void aReportPeriodIsWrittenByItsFirstMonth() {
    ReportPeriod quarter = ReportPeriod.quarter(2016, 2, CutOff.onDay(20));
    assertThat(JsonLaws.write(quarter))
        .isEqualTo("{\"kind\":\"quarter\",\"firstMonth\":\"2016-04\",\"cutOff\":{\"dayOfMonth\":20}}");
    JsonLaws.assertLaws(ReportPeriod.month(YearMonth.of(2016, 3), CutOff.monthEnd()), ReportPeriod.class);
  }

  @Example
  void aCutOffIsOnADayOrAtTheMonthsEnd() {
    assertThat(JsonLaws.write(CutOff.monthEnd())).isEqualTo("{\"monthEnd\":true}");
    assertRefusedAt("{}", CutOff.class, "$");
    assertRefusedAt("{\"monthEnd\":false}", CutOff.class, "$");
    assertRefusedAt("{\"dayOfMonth\":20,\"monthEnd\":true}", CutOff.class, "$");
    assertRefusedAt("{\"dayOfMonth\":31}", CutOff.class, "$");
  }

  @Example
  void aQuarterThatDoesNotBeginAQuarterIsRefused() {
    assertRefusedAt(
        "{\"kind\":\"quarter\",\"firstMonth\":\"2016-05\",\"cutOff\":{\"monthEnd\":true}}", ReportPeriod.class, "$.firstMonth");
    assertRefusedAt("{\"kind\":\"year\",\"firstMonth\":\"2016-02\",\"cutOff\":{\"monthEnd\":true}}", ReportPeriod.class, "$.firstMonth");
  }

  @Example
  void aScheduleDayNamesOneForm() {
    assertThat(JsonLaws.write(ScheduleDay.lastOfMonth(DayOfWeek.FRIDAY)))
        .isEqualTo("{\"weekday\":\"friday\",\"last\":true}");
    assertThat(JsonLaws.write(ScheduleDay.nthOfMonth(2, DayOfWeek.MONDAY)))
        .isEqualTo("{\"weekday\":\"monday\",\"rank\":2}");
    assertRefusedAt("{\"dayOfMonth\":15,\"weekday\":\"monday\"}", ScheduleDay.class, "$");
    assertRefusedAt("{\"weekday\":\"monday\",\"rank\":2,\"last\":true}", ScheduleDay.class, "$");
    assertRefusedAt("{}", ScheduleDay.class, "$");
    assertRefusedAt("{\"dayOfMonth\":32}", ScheduleDay.class, "$");
  }

  @Example
  void aDutyHolderOfUnitsAndKindsAtOnceIsRefused() {
    assertRefusedAt(
        "{\"postKinds\":[\"secretary\"],\"unitKinds\":[\"office\"],\"units\":[\"VPTU\"],\"levels\":[]}",
        DutyHolder.class,
        "$");
  }

  @Example
  void anUnknownRuleIsRefusedNamingTheRules() {
    assertRefusedAt("{\"rule\":\"penalty\",\"name\":\"X\"}", ReceptionRule.class, "$.rule");
  }
}
