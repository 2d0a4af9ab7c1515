package io.github.vanphong.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.document.DocumentForm;
import io.github.vanphong.document.DocumentSymbol;
import io.github.vanphong.document.Draft;
import io.github.vanphong.document.DraftIssued;
import io.github.vanphong.document.DraftState;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemState;
import io.github.vanphong.meeting.AttendanceCount;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.ConclusionNotice;
import io.github.vanphong.meeting.FollowUp;
import io.github.vanphong.meeting.MeetingKind;
import io.github.vanphong.meeting.ProgressRollUp;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.reception.ComplianceStatus;
import io.github.vanphong.reception.ReceptionCompliance;
import io.github.vanphong.reception.ReceptionEntry;
import io.github.vanphong.reception.ReceptionRegister;
import io.github.vanphong.reception.ReceptionRuleBook;
import io.github.vanphong.reception.Refusal;
import io.github.vanphong.reception.RegisterForm;
import io.github.vanphong.reception.ScheduledDate;
import io.github.vanphong.staffing.QuotaCompliance;
import io.github.vanphong.staffing.QuotaReport;
import io.github.vanphong.staffing.QuotaStatus;
import io.github.vanphong.staffing.StaffingSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example scenario says what the 2016 briefing report says, and what the library makes of it. */
class HauGiang2016Test {

  @Test
  void theEightDistrictLevelOfficesHaveNearlyEightyStaffAndOneHasFour() {
    QuotaReport report = HauGiang2016.quotaReport();
    List<QuotaCompliance> district =
        report.compliances().stream().filter(c -> c.unit().level() == Level.DISTRICT).toList();
    assertThat(district).hasSize(8);
    int total = district.stream().mapToInt(QuotaCompliance::counted).sum();
    assertThat(total).isBetween(75, 79);
    assertThat(district).filteredOn(c -> c.counted() == 4).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(QuotaStatus.BELOW);
      assertThat(c.shortfall()).isEqualTo(7);
      assertThat(c.norm().orElseThrow().staff().lowerEndpoint()).isEqualTo(11);
      assertThat(c.norm().orElseThrow().staff().upperEndpoint()).isEqualTo(13);
    });
  }

  @Test
  void theProvincialOfficeHasFiftyStaffMostlyGraduates() {
    var headcount = HauGiang2016.headcount();
    var rule = io.github.vanphong.staffing.CountingRule.officialsOnly();
    List<io.github.vanphong.organization.UnitId> office = List.of(HauGiang2016.PROVINCIAL_OFFICE);
    assertThat(headcount.count(office, HauGiang2016.BRIEFING_DAY, rule)).isEqualTo(50);
    assertThat(headcount.countWithUniversityDegree(office, HauGiang2016.BRIEFING_DAY, rule)).isGreaterThan(25);
  }

  @Test
  void theChairHeldTwoPostsOnTheDayOfTheBriefing() {
    var chart = HauGiang2016.orgChart();
    assertThat(chart.postsOf(HauGiang2016.HUYNH_THANH_TAO, HauGiang2016.BRIEFING_DAY))
        .extracting(p -> p.kind())
        .containsExactlyInAnyOrder(PostKind.STANDING_DEPUTY_SECRETARY, PostKind.CHAIR);
  }

  @Test
  void theDistrictLevelEndsAndHauGiangMergesIntoCanTho() {
    var chart = HauGiang2016.orgChart();
    assertThat(chart.asOf(HauGiang2016.TWO_TIER_DAY).unitsAtLevel(Level.DISTRICT)).isEmpty();
    assertThat(chart.asOf(HauGiang2016.TWO_TIER_DAY.minusDays(1)).unitsAtLevel(Level.DISTRICT)).hasSize(16);
    assertThat(chart.historyCarrier(HauGiang2016.PROVINCIAL_COMMITTEE, HauGiang2016.TWO_TIER_DAY))
        .contains(HauGiang2016.CAN_THO_COMMITTEE);
  }

  @Test
  void theSummaryOfTheReportFlagsTheOfficesBelowNorm() {
    StaffingSummary summary = HauGiang2016.quotaReport().summary();
    assertThat(summary.unitsBelowNorm()).hasSize(4);
  }

  @Test
  void theBriefingWasChairedByTheStandingDeputySecretaryWithNearlyTwoHundredCadres() {
    Briefing briefing = HauGiang2016.briefing();
    assertThat(briefing.kind()).isEqualTo(MeetingKind.BRIEFING);
    assertThat(briefing.date()).isEqualTo(HauGiang2016.BRIEFING_DAY);
    assertThat(briefing.chair()).isEqualTo(HauGiang2016.HUYNH_THANH_TAO);
    assertThat(briefing.chairPost().kind()).isEqualTo(PostKind.STANDING_DEPUTY_SECRETARY);
    assertThat(briefing.chairPost().unit()).isEqualTo(HauGiang2016.PROVINCIAL_COMMITTEE);
    assertThat(briefing.attendance().presentAt(Level.DISTRICT)).contains(AttendanceCount.nearly(200));
    assertThat(briefing.invitedUnits()).hasSize(9).contains(HauGiang2016.COUNCIL_OFFICE);
    assertThat(briefing.inconsistenciesWith(HauGiang2016.orgChart())).isEmpty();
  }

  @Test
  void theBriefingHasTheSixConclusionsOfTheReport() {
    assertThat(HauGiang2016.briefing().conclusions())
        .extracting(c -> c.text())
        .containsExactly(
            "The quality of advice to the committee",
            "Editing and appraisal of documents (biên tập, thẩm định văn bản)",
            "Coordination between the offices",
            "Serving the 2016 elections of the National Assembly (term XIV) and of the People's Councils (2016–2021)",
            "Inviting the staff of grassroots party committee offices to the next briefing",
            "Holding briefings periodically");
  }

  @Test
  void theConclusionNoticeIsNumberedByTheOfficesRegister() {
    ConclusionNotice notice = HauGiang2016.conclusionNotice();
    assertThat(notice.symbol()).isEqualTo(DocumentSymbol.parse("01-TB/VPTU"));
    assertThat(notice.issuedOn()).isEqualTo(HauGiang2016.NOTICE_DAY);
    assertThat(notice.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(HauGiang2016.officeRegister().nextNumber(io.github.vanphong.document.DocumentCodeBook.NOTICE))
        .isEqualTo(notice.symbol().number());
  }

  /**
   * Party documents of 2016 were formatted under Hướng dẫn 11-HD/VPTW (2004); Hướng dẫn 36-HD/VPTW replaced it only
   * from 2018-04-03. The notice's draft is checked by the rules then in force.
   */
  @Test
  void theDraftOfThe2016ConclusionNoticeIsCheckedUnderHuongDan11HdVptw() {
    DraftIssued issued = HauGiang2016.conclusionNoticeDraft();
    Draft draft = issued.draft();
    assertThat(draft.state()).isEqualTo(DraftState.ISSUED);
    assertThat(issued.symbol()).isEqualTo(HauGiang2016.conclusionNotice().symbol());
    assertThat(issued.issued().entry().summary()).isEqualTo(HauGiang2016.conclusionNotice().entry().summary());
    assertThat(draft.findingsOn(HauGiang2016.NOTICE_APPRAISED)).isEmpty();
    assertThat(draft.rules().rulesOn(HauGiang2016.NOTICE_APPRAISED))
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.basis().instrument()).isEqualTo(Instruments.PARTY_DOCUMENT_FORMAT_2004));
    DocumentForm lowerCase = DocumentForm.builder().from(draft.form()).heading("Đảng Cộng sản Việt Nam").build();
    assertThat(draft.rules().check(lowerCase, draft.type(), draft.issuer(), HauGiang2016.NOTICE_APPRAISED))
        .singleElement()
        .satisfies(f -> assertThat(f.basis().citation())
            .isEqualTo("Hướng dẫn 11-HD/VPTW, Mục I, điểm 1 (tiêu đề \"Đảng Cộng sản Việt Nam\")"));
  }

  @Test
  void eachConclusionBecomesActionItemsWithDeadlinesCitingTheNotice() {
    FollowUp followUp = HauGiang2016.followUp();
    assertThat(followUp.items()).hasSize(14);
    for (int conclusion = 1; conclusion <= 6; conclusion++) {
      assertThat(followUp.itemsFor(HauGiang2016.BRIEFING, conclusion)).as("conclusion %s", conclusion).isNotEmpty();
    }
    assertThat(followUp.itemsFor(HauGiang2016.BRIEFING, 1)).hasSize(8);
    for (ActionItem item : followUp.items()) {
      assertThat(item.initialDeadline().timeLimit().basis().instrument().name()).startsWith("Thông báo 01-TB/VPTU");
      assertThat(item.initialDeadline().timeLimit().basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
      assertThat(item.assignedOn()).isEqualTo(HauGiang2016.NOTICE_DAY);
    }
    assertThat(followUp.itemsFor(HauGiang2016.BRIEFING, 5).get(0).deadline().dueDate())
        .isEqualTo(HauGiang2016.briefing().nextDueAfter(HauGiang2016.BRIEFING_DAY).orElseThrow());
  }

  @Test
  void onTheFollowUpDayOneItemIsOverdueAndTheProvinceCountsItsDistricts() {
    FollowUp followUp = HauGiang2016.followUp();
    LocalDate day = HauGiang2016.FOLLOW_UP_DAY;
    assertThat(followUp.overdueOn(day))
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.conclusion().number()).isEqualTo(1);
              assertThat(item.state()).isEqualTo(ActionItemState.IN_PROGRESS);
              assertThat(item.deadlineStatusOn(day)).contains(DeadlineStatus.OVERDUE);
            });
    assertThat(followUp.summaryOn(day).byState())
        .containsEntry(ActionItemState.REPORTED_DONE, 11)
        .containsEntry(ActionItemState.IN_PROGRESS, 2)
        .containsEntry(ActionItemState.EXTENDED, 1);
    ProgressRollUp rollUp = followUp.rollUpOn(HauGiang2016.orgChart(), day);
    assertThat(rollUp.progressOf(HauGiang2016.PROVINCIAL_COMMITTEE).total()).isEqualTo(13);
    assertThat(rollUp.progressOf(HauGiang2016.PROVINCIAL_COMMITTEE).overdue()).isEqualTo(1);
    assertThat(rollUp.progressOf(HauGiang2016.PROVINCIAL_OFFICE).total()).isEqualTo(5);
    assertThat(rollUp.progressOf(HauGiang2016.PEOPLES_COUNCIL).total()).isEqualTo(1);
    assertThat(rollUp.unplaced()).isEmpty();
  }

  @Test
  void afterTheMergerTheFollowUpCountsWithCanTho() {
    ProgressRollUp rollUp = HauGiang2016.followUp().rollUpOn(HauGiang2016.orgChart(), HauGiang2016.TWO_TIER_DAY);
    assertThat(rollUp.progressOf(HauGiang2016.CAN_THO_COMMITTEE).total()).isEqualTo(13);
    assertThat(rollUp.progressOf(HauGiang2016.CAN_THO_COUNCIL).total()).isEqualTo(1);
  }

  @Test
  void theNextBriefingIsDueSixMonthsLaterByTheExamplesAssumption() {
    assertThat(HauGiang2016.briefing().nextDueAfter(HauGiang2016.BRIEFING_DAY)).contains(LocalDate.of(2016, 9, 1));
    assertThat(HauGiang2016.briefing().recurrence().orElseThrow().basis().confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void theScenarioPrintsTheComplianceTableAndSaysItIsIllustrative() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HauGiang2016.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("Illustrative distribution")
        .contains("Văn phòng Thị ủy Long Mỹ")
        .contains("District-level offices: 8, 79 staff in all; 4 below norm")
        .contains("Provincial office (Văn phòng Tỉnh ủy Hậu Giang): 50 staff")
        .contains("Norm of a district-level office: 11–13 staff, unconfirmed, in force from 2016-03-01 to 2025-06-30")
        .contains("Huỳnh Thanh Tạo")
        .contains("Thị ủy Ngã Bảy in 2016, Thành ủy Ngã Bảy in 2024")
        .contains("Chair: Huỳnh Thanh Tạo, presiding as Standing Deputy Secretary of Tỉnh ủy Hậu Giang; also Chair of"
            + " Hội đồng nhân dân tỉnh Hậu Giang")
        .contains("present: nearly 200 cadres of the district-level offices (\"gần 200 cán bộ\")")
        .contains("  4. Serving the 2016 elections of the National Assembly (term XIV)")
        .contains("Conclusion notice: Số 01-TB/VPTU, issued 2016-03-07")
        .contains("number and day are example data")
        .contains("Its draft, appraised 2016-03-04, is checked by the 13 format rules then in force, of Hướng dẫn"
            + " 11-HD/VPTW (2 reported, 11 carried over from Hướng dẫn 36-HD/VPTW unconfirmed): 0 findings; issued as"
            + " Số 01-TB/VPTU")
        .contains("owners, deadlines and events are example data")
        .contains("Overdue on 2016-06-30: conclusion 1, Văn phòng Huyện ủy Phụng Hiệp" + System.lineSeparator())
        .contains("Tỉnh ủy Hậu Giang                                  13 items, 11 reported done (85%), 2 open, 1 overdue")
        .contains("Next briefing due after 2016-03-01: 2016-09-01 (twice a year is this example's assumption");
    assertThat(out.lines().filter(l -> l.matches("\\d   .*")).count()).isEqualTo(14);
    assertThat(out.lines().filter(l -> l.startsWith("Văn phòng ")).count()).isEqualTo(8);
    assertThat(out.lines().filter(l -> l.contains("far below norm")).toList())
        .singleElement()
        .asString()
        .contains("Long Mỹ")
        .contains(" 4 ");
  }

  @Test
  void inTheFirstQuarterOf2016TheSecretaryHasNoPartyDutyAndTheChairMetTheStates() {
    List<ReceptionCompliance> compliance = HauGiang2016Reception.compliance();
    assertThat(compliance.subList(0, 3))
        .extracting(ReceptionCompliance::status)
        .containsOnly(ComplianceStatus.NO_DUTY);
    ReceptionCompliance chair = compliance.get(3);
    assertThat(chair.post()).isEqualTo(HauGiang2016Reception.CHAIR_POST);
    assertThat(chair.status()).isEqualTo(ComplianceStatus.MET);
    assertThat(chair.required()).isEqualTo(3);
    assertThat(chair.held()).isEqualTo(3);
    assertThat(chair.dutyPeriods().get(0).duty()).isEqualTo(ReceptionRuleBook.PROVINCIAL_CHAIR);
    assertThat(chair.adHocCalls()).hasSize(1);
    assertThat(chair.answered()).hasSize(1);
  }

  @Test
  void theChairsFifteenthOfFebruaryFallsAfterTet() {
    assertThat(
            HauGiang2016Reception.chairsSchedule()
                .datesIn(LocalDate.of(2016, 1, 1), HauGiang2016Reception.QUARTER_END, WorkingCalendar.vietnam()))
        .extracting(ScheduledDate::held)
        .containsExactly(LocalDate.of(2016, 1, 15), LocalDate.of(2016, 2, 15), LocalDate.of(2016, 3, 15));
  }

  @Test
  void theRegistersNumberTheQuartersMattersAndTheRefusalIsNotifiedInTime() {
    ReceptionRegister register = HauGiang2016Reception.register(HauGiang2016Reception.PEOPLES_COMMITTEE);
    assertThat(register.entries()).extracting(ReceptionEntry::number).containsExactly(1, 2, 3, 4);
    assertThat(register.entries()).allSatisfy(e -> assertThat(e.form()).contains(RegisterForm.FORM_06_TCD));
    assertThat(HauGiang2016Reception.register(HauGiang2016.PROVINCIAL_OFFICE).entries()).hasSize(2);
    Refusal refusal =
        HauGiang2016Reception.sessions().stream()
            .flatMap(s -> s.refusals().stream())
            .findFirst()
            .orElseThrow();
    assertThat(refusal.noticeStatusOn(WorkingCalendar.vietnam(), HauGiang2016Reception.QUARTER_END))
        .contains(DeadlineStatus.MET);
  }

  @Test
  void theScenarioPrintsTheReceptionAndSaysWhatIsExampleData() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HauGiang2016.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("Citizen reception (tiếp công dân), first quarter of 2016")
        .contains("example data: the sessions, matters, refusal and ad-hoc case")
        .contains("Quy định 11-QĐi/TW binds a party committee's head from 2019-02-18; the library reports no duty")
        .contains("met: 3 days required, 3 held, 0 short; ad hoc 1/1 answered")
        .contains("the same figures count with Cần Thơ")
        .doesNotContain("Công dân số");
  }
}
