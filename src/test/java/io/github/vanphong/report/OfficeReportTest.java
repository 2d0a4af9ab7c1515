package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.COMMUNE_1;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.asset.AssetClass;
import io.github.vanphong.asset.AssetFigure;
import io.github.vanphong.asset.AssetSource;
import io.github.vanphong.asset.AssetSummary;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.document.DocumentCodeBook;
import io.github.vanphong.document.DocumentSystem;
import io.github.vanphong.document.DocumentTally;
import io.github.vanphong.document.OutgoingRegister;
import io.github.vanphong.election.CongressStatus;
import io.github.vanphong.election.CongressSummary;
import io.github.vanphong.election.MilestoneStatus;
import io.github.vanphong.election.MilestoneSummary;
import io.github.vanphong.example.HauGiang2016Reception;
import io.github.vanphong.finance.DuesSummary;
import io.github.vanphong.meeting.ActionItemState;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.Progress;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionState;
import io.github.vanphong.petition.PetitionTally;
import io.github.vanphong.programme.ProgrammeItemState;
import io.github.vanphong.programme.ProgrammeSummary;
import io.github.vanphong.reception.CutOff;
import io.github.vanphong.reception.ReceptionOutcome;
import io.github.vanphong.reception.ReceptionSession;
import io.github.vanphong.reception.ReceptionTally;
import io.github.vanphong.reception.SessionKind;
import io.github.vanphong.staffing.StaffingSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OfficeReportTest {

  static final ReportingPeriod QUARTER = ReportingPeriod.of(PeriodKind.FIRST_QUARTER, 2016, CutOff.monthEnd());
  static final LocalDate LAST = LocalDate.of(2016, 3, 31);
  static final YearMonth MARCH = YearMonth.of(2016, 3);

  static StaffingSummary staffing(UnitId unit, int staff, boolean below) {
    return StaffingSummary.of(
        1,
        Map.of(Level.DISTRICT, staff),
        Map.of(UnitKind.OFFICE, staff),
        below ? Set.of(unit) : Set.of(),
        Set.of(),
        staff);
  }

  /** Two counts, those of zero left out. */
  static <K> Map<K, Integer> counts(K first, int firstCount, K second, int secondCount) {
    Map<K, Integer> counts = new HashMap<>();
    if (firstCount > 0) {
      counts.put(first, firstCount);
    }
    if (secondCount > 0) {
      counts.put(second, secondCount);
    }
    return counts;
  }

  static PetitionTally petitions(LocalDate asOf, UnitId unit, int resolved, int open) {
    return PetitionTally.of(
        asOf,
        Map.of(PetitionKind.COMPLAINT, resolved + open),
        Map.of(unit, counts(PetitionState.CLOSED, resolved, PetitionState.RECEIVED, open)),
        Map.of(Channel.POST, resolved + open),
        Map.of(MARCH, resolved + open),
        Map.of(),
        Set.of());
  }

  static ReceptionTally receptions(CutOff cutOff, UnitId unit, YearMonth month, int sessions, int citizens) {
    return ReceptionTally.of(
        cutOff,
        Map.of(SessionKind.REGULAR, sessions),
        Map.of(unit, Map.of(month, sessions)),
        Map.of(PetitionKind.FEEDBACK, sessions),
        Map.of(Level.DISTRICT, sessions),
        Map.of(PostKind.HEAD, sessions),
        Map.of(ReceptionOutcome.ANSWERED, sessions),
        Map.of(unit, Map.of(month, sessions)),
        citizens,
        Map.of(),
        Map.of(),
        0);
  }

  static ActionItemSummary actionItems(LocalDate asOf, UnitId unit, int done, int open, int overdue) {
    return ActionItemSummary.of(
        Map.of(
            unit,
            Progress.of(asOf, counts(ActionItemState.REPORTED_DONE, done, ActionItemState.IN_PROGRESS, open), overdue, 0)));
  }

  static ProgrammeSummary programme(LocalDate asOf, int concluded, int planned, int late) {
    return ProgrammeSummary.of(
        asOf, counts(ProgrammeItemState.CONCLUDED, concluded, ProgrammeItemState.PLANNED, planned), late);
  }

  static MilestoneSummary elections(LocalDate asOf, UnitId unit, int done, int overdue) {
    return MilestoneSummary.of(asOf, Map.of(unit, counts(MilestoneStatus.DONE, done, MilestoneStatus.OVERDUE, overdue)));
  }

  static CongressSummary congresses(LocalDate asOf, UnitId unit, int inTerm, int overdue) {
    return CongressSummary.of(asOf, Map.of(unit, counts(CongressStatus.IN_TERM, inTerm, CongressStatus.OVERDUE, overdue)));
  }

  static DuesSummary dues(UnitId unit, YearMonth month, long collected, long kept) {
    return DuesSummary.of(unit, month, Money.ofDong(collected), Money.ZERO, Money.ofDong(kept));
  }

  static AssetSummary assets(LocalDate asOf, UnitId unit, int count, long value) {
    return AssetSummary.of(
        asOf,
        Map.of(unit, List.of(AssetFigure.of(AssetClass.CARS, AssetSource.STATE_ALLOCATION_OR_BUDGET, count, Money.ofDong(value)))));
  }

  /** A district's report with every part, its figures all different. */
  static OfficeReport district() {
    return OfficeReport.builder(QUARTER)
        .staffing(staffing(DISTRICT_1, 4, true))
        .petitions(petitions(LAST, DISTRICT_1, 2, 3))
        .receptions(receptions(CutOff.monthEnd(), DISTRICT_1, MARCH, 6, 7))
        .documents(DocumentTally.of(DocumentSystem.PARTY, "BC", MARCH, 8, 1))
        .actionItems(actionItems(LAST, DISTRICT_1, 9, 2, 1))
        .programme(programme(LAST, 10, 5, 3))
        .elections(elections(LAST, DISTRICT_1, 11, 4))
        .congresses(congresses(LAST, DISTRICT_1, 12, 6))
        .dues(dues(DISTRICT_1, MARCH, 130_000, 39_000))
        .assets(assets(LAST, DISTRICT_1, 14, 1_500_000_000L))
        .build();
  }

  @Test
  void eachFigureReadsItsPart() {
    OfficeReport report = district();
    Map<ReportFigure, Long> expected =
        Map.ofEntries(
            Map.entry(ReportFigure.STAFFED_UNITS, 1L),
            Map.entry(ReportFigure.STAFF, 4L),
            Map.entry(ReportFigure.UNITS_BELOW_NORM, 1L),
            Map.entry(ReportFigure.PETITIONS, 5L),
            Map.entry(ReportFigure.PETITIONS_OPEN, 3L),
            Map.entry(ReportFigure.PETITION_DUTIES_OVERDUE, 0L),
            Map.entry(ReportFigure.RECEPTION_SESSIONS, 6L),
            Map.entry(ReportFigure.RECEPTION_MATTERS, 6L),
            Map.entry(ReportFigure.CITIZENS_RECEIVED, 7L),
            Map.entry(ReportFigure.DOCUMENTS_ISSUED, 8L),
            Map.entry(ReportFigure.DOCUMENTS_VOIDED, 1L),
            Map.entry(ReportFigure.ACTION_ITEMS, 11L),
            Map.entry(ReportFigure.ACTION_ITEMS_DONE, 9L),
            Map.entry(ReportFigure.ACTION_ITEMS_OVERDUE, 1L),
            Map.entry(ReportFigure.PROGRAMME_ITEMS, 15L),
            Map.entry(ReportFigure.PROGRAMME_CONCLUDED, 10L),
            Map.entry(ReportFigure.PROGRAMME_LATE, 3L),
            Map.entry(ReportFigure.ELECTION_MILESTONES, 15L),
            Map.entry(ReportFigure.ELECTION_MILESTONES_OVERDUE, 4L),
            Map.entry(ReportFigure.CONGRESSES, 18L),
            Map.entry(ReportFigure.CONGRESSES_OVERDUE, 6L),
            Map.entry(ReportFigure.DUES_COLLECTED, 130_000L),
            Map.entry(ReportFigure.DUES_KEPT, 39_000L),
            Map.entry(ReportFigure.DUES_SENT_UP, 91_000L),
            Map.entry(ReportFigure.ASSETS, 14L),
            Map.entry(ReportFigure.ASSET_VALUE, 1_500_000_000L));
    assertThat(expected).containsOnlyKeys(ReportFigure.values());
    expected.forEach((figure, value) -> assertThat(report.figure(figure)).as(figure.englishName()).isEqualTo(value));
    assertThat(report.period()).contains(QUARTER);
    assertThat(report.isEmpty()).isFalse();
    assertThat(report.staffing()).isEqualTo(staffing(DISTRICT_1, 4, true));
    assertThat(report.petitions()).isEqualTo(petitions(LAST, DISTRICT_1, 2, 3));
    assertThat(report.receptions()).isEqualTo(receptions(CutOff.monthEnd(), DISTRICT_1, MARCH, 6, 7));
    assertThat(report.documents()).isEqualTo(DocumentTally.of(DocumentSystem.PARTY, "BC", MARCH, 8, 1));
    assertThat(report.actionItems()).isEqualTo(actionItems(LAST, DISTRICT_1, 9, 2, 1));
    assertThat(report.programme()).isEqualTo(programme(LAST, 10, 5, 3));
    assertThat(report.elections()).isEqualTo(elections(LAST, DISTRICT_1, 11, 4));
    assertThat(report.congresses()).isEqualTo(congresses(LAST, DISTRICT_1, 12, 6));
    assertThat(report.dues()).isEqualTo(dues(DISTRICT_1, MARCH, 130_000, 39_000));
    assertThat(report.assets()).isEqualTo(assets(LAST, DISTRICT_1, 14, 1_500_000_000L));
  }

  @Test
  void aReportWithNoPartGivenHasItsPeriodAndNoFigure() {
    OfficeReport report = OfficeReport.builder(QUARTER).build();
    assertThat(report.period()).contains(QUARTER);
    assertThat(report.isEmpty()).isFalse();
    assertThat(report).isNotEqualTo(OfficeReport.empty());
    for (ReportFigure figure : ReportFigure.values()) {
      assertThat(report.figure(figure)).isZero();
    }
    assertThat(OfficeReport.empty().period()).isEmpty();
    assertThat(OfficeReport.empty().isEmpty()).isTrue();
  }

  @Test
  void reportsOfAPeriodAddUpPartByPart() {
    OfficeReport commune =
        OfficeReport.builder(QUARTER)
            .staffing(staffing(COMMUNE_1, 3, false))
            .documents(DocumentTally.of(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 1), 2, 0))
            .dues(dues(COMMUNE_1, YearMonth.of(2016, 1), 50_000, 15_000))
            .build();
    OfficeReport sum = district().plus(commune);
    assertThat(sum.figure(ReportFigure.STAFFED_UNITS)).isEqualTo(2);
    assertThat(sum.figure(ReportFigure.STAFF)).isEqualTo(7);
    assertThat(sum.figure(ReportFigure.UNITS_BELOW_NORM)).isEqualTo(1);
    assertThat(sum.figure(ReportFigure.DOCUMENTS_ISSUED)).isEqualTo(10);
    assertThat(sum.figure(ReportFigure.DUES_COLLECTED)).isEqualTo(180_000);
    assertThat(sum.figure(ReportFigure.PETITIONS)).isEqualTo(5);
    assertThat(sum).isEqualTo(commune.plus(district()));
    assertThat(sum.period()).contains(QUARTER);
    assertThat(sum.petitions().byUnit()).containsOnlyKeys(DISTRICT_1);
    SummaryLaws.mergeLaws(OfficeReport.empty(), district(), commune, OfficeReport.builder(QUARTER).build());
    assertThat(List.of(district(), commune).parallelStream().collect(OfficeReport.collector())).isEqualTo(sum);
    assertThat(List.<OfficeReport>of().stream().collect(OfficeReport.collector())).isEqualTo(OfficeReport.empty());
  }

  @Test
  void figuresOfThePeriod_reportsOfDifferentPeriodsDoNotAddUp() {
    OfficeReport april =
        OfficeReport.builder(ReportingPeriod.month(YearMonth.of(2016, 4), CutOff.monthEnd())).build();
    String before = district().toString();
    for (Runnable merge : List.<Runnable>of(() -> district().plus(april), () -> april.plus(district()))) {
      assertThatThrownBy(merge::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(ReportingRule.FIGURES_OF_THE_PERIOD.name())
          .hasMessageContaining("2016-04-30")
          .hasMessageContaining("2016-03-31");
    }
    assertThat(district()).hasToString(before);
  }

  @Test
  void figuresOfThePeriod_aSummaryOfAnotherDayIsRefusedAndTheBuilderKeepsWhatItHad() {
    LocalDate dayBefore = LAST.minusDays(1);
    LocalDate dayAfter = LAST.plusDays(1);
    OfficeReport.Builder builder = OfficeReport.builder(QUARTER);
    district(builder);
    List<Runnable> refused =
        List.of(
            () -> builder.petitions(petitions(dayBefore, DISTRICT_1, 1, 0)),
            () -> builder.actionItems(actionItems(dayAfter, DISTRICT_1, 1, 0, 0)),
            () -> builder.programme(programme(dayBefore, 1, 0, 0)),
            () -> builder.elections(elections(dayAfter, DISTRICT_1, 1, 0)),
            () -> builder.congresses(congresses(dayBefore, DISTRICT_1, 1, 0)),
            () -> builder.assets(assets(dayAfter, DISTRICT_1, 1, 1)));
    for (Runnable call : refused) {
      assertThatThrownBy(call::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(ReportingRule.FIGURES_OF_THE_PERIOD.name())
          .hasMessageContaining("2016-03-31")
          .hasMessageMatching("(?s).*(2016-03-30|2016-04-01).*");
    }
    assertThat(builder.build()).isEqualTo(district());
  }

  @Test
  void figuresOfThePeriod_aMonthOutsideThePeriodIsRefusedAndTheBuilderKeepsWhatItHad() {
    OfficeReport.Builder builder = OfficeReport.builder(QUARTER);
    district(builder);
    YearMonth december = YearMonth.of(2015, 12);
    YearMonth april = YearMonth.of(2016, 4);
    List<Runnable> refused =
        List.of(
            () -> builder.documents(DocumentTally.of(DocumentSystem.PARTY, "BC", december, 1, 0)),
            () -> builder.documents(DocumentTally.of(DocumentSystem.STATE, "QĐ", april, 1, 0)),
            () -> builder.dues(dues(DISTRICT_1, december, 10, 3)),
            () -> builder.dues(dues(DISTRICT_1, april, 10, 3)),
            () -> builder.receptions(receptions(CutOff.monthEnd(), DISTRICT_1, december, 1, 1)),
            () -> builder.receptions(receptions(CutOff.monthEnd(), DISTRICT_1, april, 1, 1)));
    for (Runnable call : refused) {
      assertThatThrownBy(call::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(ReportingRule.FIGURES_OF_THE_PERIOD.name())
          .hasMessageContaining("2016-01 to 2016-03")
          .hasMessageMatching("(?s).*(2015-12|2016-04) is not one of them.*");
    }
    assertThat(builder.build()).isEqualTo(district());
  }

  @Test
  void figuresOfThePeriod_receptionsUnderAnotherCutOffAreRefused() {
    OfficeReport.Builder builder = OfficeReport.builder(QUARTER);
    assertThatThrownBy(() -> builder.receptions(receptions(CutOff.onDay(14), DISTRICT_1, MARCH, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(ReportingRule.FIGURES_OF_THE_PERIOD.name())
        .hasMessageContaining("the tally counts under");
    assertThat(builder.build()).isEqualTo(OfficeReport.builder(QUARTER).build());
  }

  @Test
  void theSessionsAndPetitionsOfAMonthAreThoseOfItsDays() {
    List<ReceptionSession> sessions = HauGiang2016Reception.sessions();
    ReportingPeriod february = ReportingPeriod.month(YearMonth.of(2016, 2), CutOff.monthEnd());
    List<Petition> petitions = new ArrayList<>();
    for (ReceptionSession session : sessions) {
      session.intakes().forEach(intake -> petitions.add(Petition.receive(intake, PersonId.of("HG-VT"))));
    }
    OfficeReport report =
        OfficeReport.builder(february)
            .receptions(sessions, HauGiang2016Reception.chart())
            .petitions(petitions, WorkingCalendar.vietnam())
            .build();
    long held = sessions.stream().filter(s -> february.contains(s.day())).count();
    long received = petitions.stream().filter(p -> february.contains(p.received())).count();
    assertThat(held).isPositive().isLessThan(sessions.size());
    assertThat(received).isPositive().isLessThan(petitions.size());
    assertThat(report.figure(ReportFigure.RECEPTION_SESSIONS)).isEqualTo(held);
    assertThat(report.figure(ReportFigure.PETITIONS)).isEqualTo(received);
    assertThat(report.petitions().asOf()).contains(LocalDate.of(2016, 2, 29));
    assertThat(report.receptions().sessionsByMonth()).containsOnlyKeys(YearMonth.of(2016, 2));
  }

  @Test
  void aTermHasNoCutOffAndTakesTheReceptionsOfItsMonthsUnderAny() {
    ReportingPeriod term = ReportingPeriod.term(LocalDate.of(2016, 1, 10), LocalDate.of(2016, 3, 20));
    ReceptionTally underThe14th = receptions(CutOff.onDay(14), DISTRICT_1, MARCH, 1, 1);
    assertThat(OfficeReport.builder(term).receptions(underThe14th).build().receptions()).isEqualTo(underThe14th);
    // under the 14th, 2016-03-20 is in the report month of April
    ReceptionTally april = receptions(CutOff.onDay(14), DISTRICT_1, YearMonth.of(2016, 4), 1, 1);
    assertThat(OfficeReport.builder(term).receptions(april).build().receptions()).isEqualTo(april);
    ReceptionTally may = receptions(CutOff.onDay(14), DISTRICT_1, YearMonth.of(2016, 5), 1, 1);
    assertThatThrownBy(() -> OfficeReport.builder(term).receptions(may))
        .hasMessageContaining("2016-05 is not one of them");
    // under the 14th, 2016-01-10 is in the report month of January
    ReceptionTally december = receptions(CutOff.onDay(14), DISTRICT_1, YearMonth.of(2015, 12), 1, 1);
    assertThatThrownBy(() -> OfficeReport.builder(term).receptions(december))
        .hasMessageContaining("2016-01 to 2016-04; 2015-12 is not one of them");
  }

  @Test
  void theDocumentsOfARegisterAreThoseIssuedInThePeriod() {
    OutgoingRegister register =
        OutgoingRegister.forPartyTerm(
            DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE,
            OutgoingRegister.termAfterCongress(LocalDate.of(2015, 10, 14)));
    for (LocalDate day :
        List.of(
            LocalDate.of(2015, 12, 31),
            LocalDate.of(2016, 1, 1),
            LocalDate.of(2016, 2, 15),
            LocalDate.of(2016, 3, 31),
            LocalDate.of(2016, 4, 1))) {
      register = register.issue(DocumentCodeBook.REPORT, day, "Báo cáo").register();
    }
    OfficeReport report = OfficeReport.builder(QUARTER).documents(register).build();
    assertThat(report.figure(ReportFigure.DOCUMENTS_ISSUED)).isEqualTo(3);
    assertThat(report.documents().months())
        .containsExactly(YearMonth.of(2016, 1), YearMonth.of(2016, 2), MARCH);
  }

  @Test
  void theLinesAreOfOneLanguageAndNameNoJavaConstant() {
    OfficeReport report = district();
    List<String> vietnamese = report.lines(Locale.forLanguageTag("vi-VN"));
    List<String> english = report.lines(Locale.UK);
    assertThat(vietnamese).hasSize(ReportFigure.values().length + 1);
    assertThat(english).hasSize(ReportFigure.values().length + 1);
    assertThat(vietnamese.get(0)).isEqualTo("Báo cáo quý I từ ngày 01/01/2016 đến ngày 31/03/2016");
    assertThat(english.get(0)).isEqualTo("First-quarter report from 2016-01-01 to 2016-03-31");
    assertThat(vietnamese).contains("Đơn thư tiếp nhận trong kỳ: 5", "Đảng phí nộp cấp trên (đồng): 91000");
    assertThat(english).contains("Petitions received in the period: 5", "Dues sent up (đồng): 91000");
    Pattern constant = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
    for (ReportFigure figure : ReportFigure.values()) {
      int line = figure.ordinal() + 1;
      assertThat(vietnamese.get(line)).startsWith(figure.vietnameseName() + ": ").doesNotContain(figure.englishName());
      assertThat(english.get(line)).startsWith(figure.englishName() + ": ").doesNotContain(figure.vietnameseName());
      assertThat(vietnamese.get(line)).endsWith(": " + report.figure(figure));
      assertThat(vietnamese.get(line)).doesNotContainPattern(constant).doesNotContain(figure.name());
      assertThat(english.get(line)).doesNotContainPattern(constant).doesNotContain(figure.name());
    }
    assertThat(OfficeReport.empty().lines(Locale.forLanguageTag("vi")).get(0)).isEqualTo("Báo cáo không có kỳ");
    assertThat(OfficeReport.empty().lines(Locale.ROOT).get(0)).isEqualTo("Report of no period");
  }

  @Test
  void reportsAreEqualByPeriodAndParts() {
    assertThat(district()).isEqualTo(district()).hasSameHashCodeAs(district());
    assertThat(district()).isNotEqualTo(OfficeReport.builder(QUARTER).build());
    assertThat(district()).isNotEqualTo("report");
    assertThat(district().hashCode()).isNotEqualTo(OfficeReport.builder(QUARTER).build().hashCode());
    OfficeReport.Builder builder = OfficeReport.builder(QUARTER);
    district(builder);
    assertThat(builder.staffing(staffing(DISTRICT_1, 5, true)).build()).isNotEqualTo(district());
    assertThat(district().toString())
        .startsWith("OfficeReport[" + QUARTER + ", Units whose staff are counted 1, Staff counted 4")
        .doesNotContain("Petition duties overdue");
    assertThat(OfficeReport.empty()).hasToString("OfficeReport[no period]");
  }

  @Test
  void eachPartOfTheBuilderIsRefusedWhenNull() {
    OfficeReport.Builder builder = OfficeReport.builder(QUARTER);
    assertThatThrownBy(() -> OfficeReport.builder(null)).isInstanceOf(NullPointerException.class).hasMessage("period");
    assertThatThrownBy(() -> builder.staffing(null)).hasMessage("staffing");
    assertThatThrownBy(() -> builder.petitions(null)).hasMessage("petitions");
    assertThatThrownBy(() -> builder.documents((OutgoingRegister) null)).hasMessage("register");
    assertThatThrownBy(() -> builder.dues(null)).hasMessage("dues");
    assertThatThrownBy(() -> district().plus(null)).hasMessage("other");
    assertThatThrownBy(() -> district().figure(null)).hasMessage("figure");
    assertThatThrownBy(() -> district().lines(null)).hasMessage("locale");
  }

  /** Gives a builder the district's parts. */
  private static void district(OfficeReport.Builder builder) {
    OfficeReport district = district();
    builder
        .staffing(district.staffing())
        .petitions(district.petitions())
        .receptions(district.receptions())
        .documents(district.documents())
        .actionItems(district.actionItems())
        .programme(district.programme())
        .elections(district.elections())
        .congresses(district.congresses())
        .dues(district.dues())
        .assets(district.assets());
  }
}
