package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.document.RegisterEntry;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.WorkingCalendar;
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
import io.github.vanphong.meeting.ProgressRollUp;
import io.github.vanphong.meeting.Recurrence;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.testing.MeetingArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.meeting}. */
class MeetingJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.of(
          ProgressRollUp.class,
          "a view computed from an action item summary and an org chart on a day (ProgressRollUp.of); it is"
              + " computed again from the stored action items and chart (meeting)");

  /** Action items and a day to sum them on. */
  record ItemsOnADay(List<ActionItem> items, LocalDate day) {
    Progress progress() {
      return items.stream().collect(Progress.collector(day));
    }
  }

  @Provide
  Arbitrary<ItemsOnADay> itemsOnADay() {
    return MeetingArbitraries.distinctActionItems()
        .flatMap(items -> MeetingArbitraries.daysAround(items).map(day -> new ItemsOnADay(items, day)));
  }

  @Property(tries = 100)
  void progressObeysTheLaws(@ForAll("itemsOnADay") ItemsOnADay items) {
    JsonLaws.assertLaws(items.progress(), Progress.class);
  }

  @Property(tries = 100)
  void progressReadBackKeepsTheMergeLaw(
      @ForAll("itemsOnADay") ItemsOnADay items, @ForAll @IntRange(max = 10) int at) {
    int split = Math.min(at, items.items().size());
    Progress a = new ItemsOnADay(items.items().subList(0, split), items.day()).progress();
    Progress b = new ItemsOnADay(items.items().subList(split, items.items().size()), items.day()).progress();
    Progress readA = JsonLaws.read(JsonLaws.write(a), Progress.class);
    Progress readB = JsonLaws.read(JsonLaws.write(b), Progress.class);
    assertThat(readA.plus(readB)).isEqualTo(a.plus(b));
  }

  @Property(tries = 100)
  void actionItemSummariesObeyTheLaws(@ForAll("itemsOnADay") ItemsOnADay items) {
    JsonLaws.assertLaws(
        items.items().stream().collect(ActionItemSummary.collector(items.day())), ActionItemSummary.class);
  }

  @Property(tries = 100)
  void actionItemSummariesReadBackKeepTheMergeLaw(
      @ForAll("itemsOnADay") ItemsOnADay items, @ForAll @IntRange(max = 10) int at) {
    int split = Math.min(at, items.items().size());
    ActionItemSummary a =
        items.items().subList(0, split).stream().collect(ActionItemSummary.collector(items.day()));
    ActionItemSummary b =
        items.items().subList(split, items.items().size()).stream()
            .collect(ActionItemSummary.collector(items.day()));
    ActionItemSummary readA = JsonLaws.read(JsonLaws.write(a), ActionItemSummary.class);
    ActionItemSummary readB = JsonLaws.read(JsonLaws.write(b), ActionItemSummary.class);
    assertThat(readA.plus(readB)).isEqualTo(a.plus(b));
  }

  @Example
  void anActionItemSummaryIsWrittenAsEachUnitsFiguresAndUnitsListedTwiceAreRefused() {
    Progress progress =
        Progress.of(LocalDate.of(2016, 6, 30), ImmutableMap.of(ActionItemState.ASSIGNED, 1), 0, 0);
    ActionItemSummary summary = ActionItemSummary.of(ImmutableMap.of(UnitId.of("HG-VPTU"), progress));
    String unit =
        "{\"unit\":\"HG-VPTU\",\"progress\":{\"asOf\":\"2016-06-30\",\"byState\":[{\"state\":\"assigned\","
            + "\"items\":1}],\"overdue\":0,\"doneLate\":0}}";
    assertThat(JsonLaws.write(summary)).isEqualTo("{\"byUnit\":[" + unit + "]}");
    JsonLaws.assertLaws(summary, ActionItemSummary.class);
    JsonLaws.assertRefusedAt("{\"byUnit\":[" + unit + "," + unit + "]}", ActionItemSummary.class, "$.byUnit[1]");
    String another = unit.replace("HG-VPTU", "HG-CT-VP").replace("2016-06-30", "2016-07-01");
    JsonLaws.assertRefusedAt("{\"byUnit\":[" + unit + "," + another + "]}", ActionItemSummary.class, "$");
  }

  @Example
  void progressIsWrittenAsItsCounts() {
    Progress progress =
        Progress.of(
            LocalDate.of(2016, 6, 30),
            ImmutableMap.of(ActionItemState.IN_PROGRESS, 8, ActionItemState.REPORTED_DONE, 5),
            1,
            2);
    assertThat(JsonLaws.write(progress))
        .isEqualTo(
            "{\"asOf\":\"2016-06-30\",\"byState\":[{\"state\":\"in-progress\",\"items\":8},"
                + "{\"state\":\"reported-done\",\"items\":5}],\"overdue\":1,\"doneLate\":2}");
    assertThat(JsonLaws.write(Progress.empty())).isEqualTo("{\"byState\":[],\"overdue\":0,\"doneLate\":0}");
    JsonLaws.assertLaws(progress, Progress.class);
    JsonLaws.assertLaws(Progress.empty(), Progress.class);
  }

  @Example
  void progressWithoutADayOrWithAStateListedTwiceIsRefused() {
    JsonLaws.assertRefusedAt(
        "{\"byState\":[{\"state\":\"assigned\",\"items\":1}],\"overdue\":0,\"doneLate\":0}", Progress.class, "$");
    JsonLaws.assertRefusedAt(
        "{\"asOf\":\"2016-06-30\",\"byState\":[{\"state\":\"assigned\",\"items\":1},"
            + "{\"state\":\"assigned\",\"items\":1}],\"overdue\":0,\"doneLate\":0}",
        Progress.class,
        "$.byState[1]");
    JsonLaws.assertRefusedAt(
        "{\"asOf\":\"2016-06-30\",\"byState\":[{\"state\":\"assigned\",\"items\":1}],\"overdue\":2,"
            + "\"doneLate\":0}",
        Progress.class,
        "$");
  }

  @Property(tries = 20)
  void enumerationsObeyTheLaws(
      @ForAll ActionItemCommand command,
      @ForAll ActionItemState state,
      @ForAll Approximation approximation,
      @ForAll BriefingRule rule,
      @ForAll MeetingKind kind) {
    JsonLaws.assertLaws(command, ActionItemCommand.class);
    JsonLaws.assertLaws(state, ActionItemState.class);
    JsonLaws.assertLaws(approximation, Approximation.class);
    JsonLaws.assertLaws(rule, BriefingRule.class);
    JsonLaws.assertLaws(kind, MeetingKind.class);
  }

  @Property(tries = 100)
  void briefingIdsObeyTheLaws(@ForAll BriefingId id) {
    JsonLaws.assertLaws(id, BriefingId.class);
  }

  @Property(tries = 100)
  void actionItemIdsObeyTheLaws(@ForAll ActionItemId id) {
    JsonLaws.assertLaws(id, ActionItemId.class);
  }

  @Property(tries = 100)
  void attendanceCountsObeyTheLaws(@ForAll AttendanceCount count) {
    JsonLaws.assertLaws(count, AttendanceCount.class);
  }

  @Property(tries = 100)
  void attendancesObeyTheLaws(@ForAll Attendance attendance) {
    JsonLaws.assertLaws(attendance, Attendance.class);
  }

  @Property(tries = 100)
  void conclusionsObeyTheLaws(@ForAll Conclusion conclusion) {
    JsonLaws.assertLaws(conclusion, Conclusion.class);
  }

  @Property(tries = 100)
  void recurrencesObeyTheLaws(@ForAll Recurrence recurrence) {
    JsonLaws.assertLaws(recurrence, Recurrence.class);
  }

  @Property(tries = 100)
  void briefingsObeyTheLaws(@ForAll Briefing briefing) {
    JsonLaws.assertLaws(briefing, Briefing.class);
  }

  @Property(tries = 50)
  void briefingInconsistenciesObeyTheLaws(@ForAll BriefingInconsistency inconsistency) {
    JsonLaws.assertLaws(inconsistency, BriefingInconsistency.class);
  }

  @Property(tries = 50)
  void conclusionNoticesObeyTheLaws(@ForAll ConclusionNotice notice) {
    JsonLaws.assertLaws(notice, ConclusionNotice.class);
  }

  @Property(tries = 100)
  void actionItemEventsObeyTheLaws(@ForAll ActionItemEvent event) {
    JsonLaws.assertLaws(event, ActionItemEvent.class);
  }

  @Property(tries = 30)
  void actionItemsObeyTheLaws(@ForAll ActionItem item) {
    HistoryLaws.assertLaws(item, ActionItem.class, "history");
  }

  @Property(tries = 100)
  void anActionItemReadBackReplaysToTheSameState(@ForAll ActionItem item, @ForAll("days") LocalDate day) {
    ActionItem back = JsonLaws.assertRoundTrip(item, ActionItem.class);
    assertThat(back.state()).isEqualTo(item.state());
    assertThat(back.allowedCommands()).isEqualTo(item.allowedCommands());
    assertThat(back.deadline()).isEqualTo(item.deadline());
    assertThat(back.deadline().dueDate()).isEqualTo(item.deadline().dueDate());
    assertThat(back.reportedDoneOn()).isEqualTo(item.reportedDoneOn());
    assertThat(back.stateOn(day)).isEqualTo(item.stateOn(day));
    assertThat(back.deadlineStatusOn(day)).isEqualTo(item.deadlineStatusOn(day));
  }

  @Property(tries = 20)
  void followUpsReadBackWithTheSameItems(@ForAll FollowUp followUp, @ForAll("days") LocalDate day) {
    FollowUp back = JsonLaws.assertRoundTrip(followUp, FollowUp.class);
    assertThat(back.overdueOn(day)).isEqualTo(followUp.overdueOn(day));
    assertThat(back.summaryOn(day)).isEqualTo(followUp.summaryOn(day));
  }

  @Property(tries = 10)
  void followUpsObeyTheLaws(@ForAll FollowUp followUp) {
    JsonLaws.assertRoundTrip(followUp, FollowUp.class);
    JsonLaws.assertUnknownFieldsRefused(followUp, FollowUp.class);
    JsonLaws.assertWrongTypesRefused(followUp, FollowUp.class);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return MeetingArbitraries.days();
  }

  @Example
  void anActionItemWhoseHistoryTheWorkflowRefusesIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(expectedActionItem());
    // Reported done, then started again: a closed item takes no command.
    ArrayNode history = (ArrayNode) tree.get("history");
    ObjectNode late = history.addObject();
    late.put("command", "start").put("date", "2016-03-30").put("actor", "HU-VX-CVP");
    assertThatThrownBy(() -> JsonLaws.read(tree.toString(), ActionItem.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "at $.history[" + (history.size() - 1) + "]: the library refuses this event of the action item");
  }

  @Example
  void anActionItemWithoutItsAssignmentIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(expectedActionItem());
    ((ArrayNode) tree.get("history")).remove(0);
    assertThatThrownBy(() -> JsonLaws.read(tree.toString(), ActionItem.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("at $.history[0]: the library refuses this event of the action item")
        .hasMessageContaining("starts with its assignment");
  }

  @Example
  void anActionItemOfANewerVersionIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(expectedActionItem());
    tree.put("version", 2);
    JsonLaws.assertRefusedAt(tree.toString(), ActionItem.class, "$.version");
  }

  @Example
  void theActionItemGoldenFileReads() {
    Golden.assertGolden("vanphong.action-item", 1, ActionItem.class, expectedActionItem());
  }

  @Example
  void theFollowUpGoldenFileReads() {
    Golden.assertGolden("vanphong.follow-up", 1, FollowUp.class, expectedFollowUp());
  }

  /** The first conclusion of the briefing, assigned to a district: started, extended by 5 days, reported done. */
  static ActionItem expectedActionItem() {
    Briefing briefing = expectedBriefing();
    ConclusionNotice notice = expectedNotice();
    Deadline deadline = notice.deadline(1, 10, DayCount.WORKING_DAYS, WorkingCalendar.vietnam());
    PersonId districtChief = PersonId.of("HU-VX-CVP");
    ActionItem item =
        ActionItem.assign(
            ActionItemId.of("HG-GB-2016-03-01-1"),
            briefing.id(),
            briefing.conclusion(1),
            UnitId.of("HU-VX"),
            deadline,
            notice.issuedOn(),
            PersonId.of("HG-CVP"));
    return item.start(LocalDate.of(2016, 3, 7), districtChief)
        .extend(Extension.of(5, notice.basisOf(1)), LocalDate.of(2016, 3, 15), PersonId.of("HG-CVP"))
        .reportDone(LocalDate.of(2016, 3, 22), districtChief);
  }

  /** The follow-up of the briefing: the first conclusion done, the second assigned and cancelled. */
  static FollowUp expectedFollowUp() {
    Briefing briefing = expectedBriefing();
    ConclusionNotice notice = expectedNotice();
    ActionItem second =
        notice
            .assign(
                2,
                ActionItemId.of("HG-GB-2016-03-01-2"),
                UnitId.of("VPTU-HG"),
                notice.deadline(2, 30, DayCount.CALENDAR_DAYS, WorkingCalendar.vietnam()),
                PersonId.of("HG-CVP"))
            .cancel("gộp vào kế hoạch quý II", LocalDate.of(2016, 3, 10), PersonId.of("HG-CVP"));
    return FollowUp.of(java.util.List.of(expectedActionItem(), second));
  }

  @Example
  void anAttendanceCountsEachLevelOnce() {
    String twice =
        "{\"expected\": [{\"level\": \"district\", \"number\": 3, \"approximation\": \"exact\"},"
            + " {\"level\": \"district\", \"number\": 4, \"approximation\": \"exact\"}], \"present\": []}";
    assertThatThrownBy(() -> JsonLaws.read(twice, Attendance.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith("at $: the library refuses this Attendance");
  }

  @Example
  void aValueAtFaultOfAnUnknownKindIsRefused() {
    BriefingInconsistency inconsistency =
        BriefingInconsistency.of(
            BriefingRule.CHAIR_KNOWN,
            BriefingId.of("HG-GB-2016-03-01"),
            LocalDate.of(2016, 3, 1),
            "the chair HG-HTTAO is not a person of the chart",
            PersonId.of("HG-HTTAO"));
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(inconsistency);
    ((ObjectNode) ((ArrayNode) tree.get("values")).get(0)).put("kind", "petition");
    assertThatThrownBy(() -> JsonLaws.read(tree.toString(), BriefingInconsistency.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("at $.values[0].kind: unknown kind \"petition\"");
  }

  @Example
  void aNoticeOfAnotherTypeIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(expectedNotice());
    ObjectNode entry = (ObjectNode) tree.get("entry");
    entry.set("type", JsonLaws.MAPPER.valueToTree(DocumentCodeBook.REPORT));
    entry.put("symbol", "01-BC/VPTU");
    assertThatThrownBy(() -> JsonLaws.read(tree.toString(), ConclusionNotice.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageStartingWith(
            "at $: the library refuses this ConclusionNotice: a conclusion notice is a thông báo");
  }

  @Example
  void theBriefingGoldenFileReads() {
    Golden.assertGolden("vanphong.briefing", 1, Briefing.class, expectedBriefing());
  }

  /** The first briefing of the provincial office's chiefs, twice a year, with two conclusions. */
  static Briefing expectedBriefing() {
    UnitId office = UnitId.of("VPTU-HG");
    LegalBasis basis =
        LegalBasis.builder()
            .instrument(
                Instrument.builder()
                    .name("Quy chế làm việc của Văn phòng Tỉnh ủy Hà Giang")
                    .inForceFrom(LocalDate.of(2015, 11, 1))
                    .confirmation(Confirmation.UNCONFIRMED)
                    .build())
            .article("Điều 12")
            .inForceFrom(LocalDate.of(2015, 11, 1))
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    return Briefing.builder()
        .id(BriefingId.of("HG-GB-2016-03-01"))
        .kind(MeetingKind.BRIEFING)
        .title("Giao ban công tác văn phòng cấp ủy")
        .date(LocalDate.of(2016, 3, 1))
        .convenedBy(office)
        .chair(PersonId.of("HG-CVP"))
        .chairPost(Post.of(office, PostKind.CHIEF_OF_OFFICE))
        .addInvitedUnits(UnitId.of("HU-VX"), UnitId.of("HU-BQ"))
        .addInvitedPeople(PersonId.of("HG-PCVP-01"))
        .attendance(
            Attendance.builder()
                .putExpected(Level.PROVINCIAL, AttendanceCount.of(12))
                .putExpected(Level.DISTRICT, AttendanceCount.about(30))
                .putPresent(Level.PROVINCIAL, AttendanceCount.of(11))
                .putPresent(Level.DISTRICT, AttendanceCount.nearly(30))
                .build())
        .addAgenda("Tình hình tháng 2", "Nhiệm vụ tháng 3")
        .addConclusions(
            Conclusion.of(1, "Các huyện ủy báo cáo tình hình trước ngày 25 hằng tháng"),
            Conclusion.of(2, "Văn phòng Tỉnh ủy tổng hợp đề xuất sửa quy chế"))
        .recurrence(Recurrence.twiceAYear(LocalDate.of(2016, 3, 1), basis))
        .build();
  }

  /** The notice of the briefing's conclusions, the office's first notice of the term. */
  static ConclusionNotice expectedNotice() {
    Briefing briefing = expectedBriefing();
    RegisterEntry entry =
        OutgoingRegister.forPartyTerm(
                DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE,
                Validity.between(LocalDate.of(2015, 10, 1), LocalDate.of(2020, 9, 30)))
            .issue(DocumentCodeBook.NOTICE, LocalDate.of(2016, 3, 3), ConclusionNotice.summaryOf(briefing))
            .entry();
    return ConclusionNotice.of(briefing, entry);
  }

  @Example
  void aNoticeReadBackKeepsItsConfirmation() {
    ConclusionNotice reported = expectedNotice().withConfirmation(Confirmation.REPORTED);
    assertThat(JsonLaws.assertRoundTrip(reported, ConclusionNotice.class).confirmation())
        .isEqualTo(Confirmation.REPORTED);
  }
}
