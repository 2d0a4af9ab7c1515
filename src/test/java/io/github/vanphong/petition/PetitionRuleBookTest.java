package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionKind.COMPLAINT;
import static io.github.vanphong.petition.PetitionKind.DENUNCIATION;
import static io.github.vanphong.petition.PetitionStage.ACCEPTANCE;
import static io.github.vanphong.petition.PetitionStage.FILING_LIMIT;
import static io.github.vanphong.petition.PetitionStage.PARTY_RESOLUTION;
import static io.github.vanphong.petition.PetitionStage.PROCESSING;
import static io.github.vanphong.petition.PetitionStage.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.logging.CapturedLog;
import io.github.vanphong.organization.Level;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetitionRuleBookTest {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();
  private static final PetitionRuleBook STANDARD = PetitionRuleBook.standard();
  private static final Circumstances ORDINARY = Circumstances.ordinary();
  private static final LegalBasis QUY_CHE =
      LegalBasis.builder()
          .instrument(Instrument.of("Quy chế 05-QC/TU (ví dụ)", LocalDate.of(2016, 1, 1)))
          .article("Điều 12")
          
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static PetitionTimeLimit provincialProcessing(int days, LocalDate from) {
    return PetitionTimeLimit.builder()
        .name("HG_DENUNCIATION_PROCESSING")
        .stage(PROCESSING)
        .addKind(DENUNCIATION)
        .limit(TimeLimit.workingDays(days, QUY_CHE))
        .validity(Validity.from(from))
        .build();
  }

  @Test
  void aDenunciationReceivedOnFriday2026_02_13IsProcessedWithinSevenWorkingDaysAfterTet() {
    LocalDate received = day(2026, 2, 13);
    assertThat(received.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    Deadline deadline = STANDARD.deadline(PROCESSING, DENUNCIATION, ORDINARY, received, received, VIETNAM);
    // Tết: Saturday 14 to Sunday 22 February 2026; then 23-27 February and 2-3 March.
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 3, 3));
    assertThat(deadline.timeLimit()).isEqualTo(PetitionRuleBook.DENUNCIATION_PROCESSING.limit());
    assertThat(deadline.startEvent()).isEqualTo("tiếp nhận đơn");
    assertThat(deadline.skippedDays()).hasSize(11).contains(day(2026, 2, 17), day(2026, 2, 28), day(2026, 3, 1));
  }

  @Test
  void aDenunciationsProcessingMayBeExtendedToTenWorkingDaysInAll() {
    LocalDate received = day(2026, 2, 13);
    Deadline deadline =
        STANDARD.deadline(PROCESSING, DENUNCIATION, ORDINARY, received, received, VIETNAM, List.of(3));
    assertThat(deadline.countedDays()).isEqualTo(10);
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 3, 6));
    assertThatThrownBy(
            () -> STANDARD.deadline(PROCESSING, DENUNCIATION, ORDINARY, received, received, VIETNAM, List.of(4)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DENUNCIATION_PROCESSING allows an extension of 1 to 3 working days (Luật Tố cáo 25/2018/QH14, Điều 24,"
                + " khoản 1); 4 were asked for");
  }

  @Test
  void aDenunciationReceivedOnFriday2016_03_04HasNoProcessingLimitForTheLawOf2011TimesItsAcceptanceInstead() {
    LocalDate received = day(2016, 3, 4);
    assertThat(STANDARD.limitFor(PROCESSING, DENUNCIATION, ORDINARY, received)).isEmpty();
    assertThat(STANDARD.limitFor(ACCEPTANCE, DENUNCIATION, ORDINARY, received))
        .contains(PetitionRuleBook.DENUNCIATION_ACCEPTANCE_2011);
    assertThat(STANDARD.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2018, 12, 31))).isEmpty();
    assertThat(STANDARD.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2019, 1, 1)))
        .contains(PetitionRuleBook.DENUNCIATION_PROCESSING);
    assertThatThrownBy(() -> STANDARD.deadline(PROCESSING, DENUNCIATION, ORDINARY, received, received, VIETNAM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "this rule book has no time limit for PROCESSING of a DENUNCIATION in FIRST/NORMAL/ORDINARY/any level"
                + " received on 2016-03-04");
  }

  @Test
  void aDenunciationReceivedOnFriday2016_03_04IsProcessedWithinSevenWorkingDaysUnderAProvincesOwnRule() {
    LocalDate received = day(2016, 3, 4);
    assertThat(received.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    PetitionRuleBook book = STANDARD.with(provincialProcessing(7, day(2016, 1, 1)));
    Deadline deadline = book.deadline(PROCESSING, DENUNCIATION, ORDINARY, received, received, VIETNAM);
    // No holiday in March 2016 (Giỗ Tổ fell on 16 April): 7-11 and 14-15 March.
    assertThat(deadline.dueDate()).isEqualTo(day(2016, 3, 15));
    assertThat(deadline.skippedDays()).containsExactly(day(2016, 3, 5), day(2016, 3, 6), day(2016, 3, 12),
        day(2016, 3, 13));
  }

  @Test
  void aDenunciationReceivedOnFriday2016_03_04ByTheProvincialOfficeIsAcceptedOrRefusedWithinTenDays() {
    LocalDate received = day(2016, 3, 4);
    assertThat(received.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    Deadline deadline = STANDARD.deadline(ACCEPTANCE, DENUNCIATION, ORDINARY, received, received, VIETNAM);
    // Calendar days: Saturday 5 March is day 1, Monday 14 March day 10, a working day.
    assertThat(deadline.firstCountedDay()).isEqualTo(day(2016, 3, 5));
    assertThat(deadline.lastCountedDay()).isEqualTo(day(2016, 3, 14));
    assertThat(deadline.dueDate()).isEqualTo(day(2016, 3, 14));
    assertThat(deadline.countedDays()).isEqualTo(10);
    assertThat(deadline.timeLimit()).isEqualTo(PetitionRuleBook.DENUNCIATION_ACCEPTANCE_2011.limit());
    assertThat(deadline.startEvent()).isEqualTo("nhận được đơn khiếu nại, tố cáo");
    assertThat(deadline.explain())
        .contains("Time limit: 10 calendar days (Luật Tố cáo 03/2011/QH13, Điều 20, khoản 1, điểm a)");
  }

  @Test
  void aDenunciationsAcceptanceMayTakeFifteenDaysInAllWhenItIsCheckedAtSeveralPlaces() {
    LocalDate received = day(2016, 3, 4);
    Deadline deadline =
        STANDARD.deadline(ACCEPTANCE, DENUNCIATION, ORDINARY, received, received, VIETNAM, List.of(5));
    // Day 15 is Saturday 19 March 2016; the time moves to Monday 21 March.
    assertThat(deadline.countedDays()).isEqualTo(15);
    assertThat(deadline.lastCountedDay()).isEqualTo(day(2016, 3, 19));
    assertThat(deadline.dueDate()).isEqualTo(day(2016, 3, 21));
    assertThatThrownBy(
            () -> STANDARD.deadline(ACCEPTANCE, DENUNCIATION, ORDINARY, received, received, VIETNAM, List.of(6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DENUNCIATION_ACCEPTANCE_2011 allows an extension of 1 to 5 calendar days (Luật Tố cáo 03/2011/QH13,"
                + " Điều 20, khoản 1, điểm a); 6 were asked for");
  }

  @Test
  void aDenunciationReceivedOnFriday2016_03_04OutsideTheOfficesCompetenceIsForwardedWithinFiveWorkingDays() {
    LocalDate received = day(2016, 3, 4);
    Deadline deadline =
        STANDARD.deadline(PetitionStage.FORWARDING, DENUNCIATION, ORDINARY, received, received, VIETNAM);
    // 7-11 March 2016, the weekend of 5-6 March skipped.
    assertThat(deadline.dueDate()).isEqualTo(day(2016, 3, 11));
    assertThat(deadline.skippedDays()).containsExactly(day(2016, 3, 5), day(2016, 3, 6));
    assertThat(deadline.timeLimit()).isEqualTo(PetitionRuleBook.DENUNCIATION_FORWARDING_2011.limit());
    assertThat(PetitionRuleBook.DENUNCIATION_FORWARDING_2011.basis().confirmation())
        .isEqualTo(Confirmation.VERIFIED);
  }

  @Test
  void aDenunciationAcceptedOnMonday2016_03_14IsResolvedWithinSixtyDaysExtendableByThirty() {
    LocalDate received = day(2016, 3, 4);
    LocalDate accepted = day(2016, 3, 14);
    PetitionTimeLimit rule = STANDARD.limitFor(RESOLUTION, DENUNCIATION, ORDINARY, received).orElseThrow();
    assertThat(rule).isEqualTo(PetitionRuleBook.DENUNCIATION_RESOLUTION_2011);
    assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    Deadline deadline = STANDARD.deadline(RESOLUTION, DENUNCIATION, ORDINARY, received, accepted, VIETNAM);
    // 15-31 March (17 days), April (30), 1-13 May (13): day 60 is Friday 13 May 2016.
    assertThat(deadline.lastCountedDay()).isEqualTo(day(2016, 5, 13));
    assertThat(deadline.dueDate()).isEqualTo(day(2016, 5, 13));
    assertThat(deadline.startEvent()).isEqualTo("thụ lý");
    Deadline extended =
        STANDARD.deadline(RESOLUTION, DENUNCIATION, ORDINARY, received, accepted, VIETNAM, List.of(30));
    // Day 90 is Sunday 12 June 2016; the time moves to Monday 13 June.
    assertThat(extended.lastCountedDay()).isEqualTo(day(2016, 6, 12));
    assertThat(extended.dueDate()).isEqualTo(day(2016, 6, 13));
    assertThatThrownBy(
            () -> STANDARD.deadline(RESOLUTION, DENUNCIATION, ORDINARY, received, accepted, VIETNAM, List.of(30, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DENUNCIATION_RESOLUTION_2011 allows 1 extension of at most 30 calendar days (Luật Tố cáo 03/2011/QH13,"
                + " Điều 21); 2 were asked for");
  }

  @Test
  void aComplexDenunciationAcceptedOn2016_03_14IsResolvedWithinNinetyDaysExtendableBySixty() {
    LocalDate received = day(2016, 3, 4);
    LocalDate accepted = day(2016, 3, 14);
    Circumstances complex = ORDINARY.withComplexity(Complexity.COMPLEX);
    assertThat(STANDARD.limitFor(RESOLUTION, DENUNCIATION, complex, received))
        .contains(PetitionRuleBook.DENUNCIATION_RESOLUTION_COMPLEX_2011);
    assertThat(
            STANDARD.limitFor(
                RESOLUTION, DENUNCIATION, ORDINARY.withComplexity(Complexity.ESPECIALLY_COMPLEX), received))
        .as("the Law of 2011 knows one degree of complexity")
        .contains(PetitionRuleBook.DENUNCIATION_RESOLUTION_COMPLEX_2011);
    Deadline deadline = STANDARD.deadline(RESOLUTION, DENUNCIATION, complex, received, accepted, VIETNAM);
    // Day 90 is Sunday 12 June 2016; the time moves to Monday 13 June.
    assertThat(deadline.countedDays()).isEqualTo(90);
    assertThat(deadline.dueDate()).isEqualTo(day(2016, 6, 13));
    Deadline extended =
        STANDARD.deadline(RESOLUTION, DENUNCIATION, complex, received, accepted, VIETNAM, List.of(60));
    // 60 more days: 13-30 June (18), July (31), 1-11 August (11), Thursday 11 August 2016.
    assertThat(extended.countedDays()).isEqualTo(150);
    assertThat(extended.dueDate()).isEqualTo(day(2016, 8, 11));
    assertThat(PetitionRuleBook.DENUNCIATION_RESOLUTION_COMPLEX_2011.outerDeadline(accepted, VIETNAM))
        .isEqualTo(extended);
    assertThatThrownBy(
            () -> STANDARD.deadline(RESOLUTION, DENUNCIATION, complex, received, accepted, VIETNAM, List.of(61)))
        .hasMessage(
            "DENUNCIATION_RESOLUTION_COMPLEX_2011 allows an extension of 1 to 60 calendar days (Luật Tố cáo"
                + " 03/2011/QH13, Điều 21); 61 were asked for");
  }

  @Test
  void theDenunciationRulesOf2011HoldForDenunciationsReceivedFrom2012_07_01To2018_12_31() {
    Validity of2011 = Validity.between(day(2012, 7, 1), day(2018, 12, 31));
    for (PetitionTimeLimit rule :
        List.of(
            PetitionRuleBook.DENUNCIATION_ACCEPTANCE_2011,
            PetitionRuleBook.DENUNCIATION_FORWARDING_2011,
            PetitionRuleBook.DENUNCIATION_RESOLUTION_2011,
            PetitionRuleBook.DENUNCIATION_RESOLUTION_COMPLEX_2011)) {
      assertThat(rule.validity()).as(rule.name()).isEqualTo(of2011);
      assertThat(rule.basis().instrument().name()).isEqualTo("Luật Tố cáo 03/2011/QH13");
      assertThat(rule.basis().validity()).isEqualTo(of2011);
      assertThat(rule.kinds()).containsExactly(DENUNCIATION);
    }
    assertThat(STANDARD.limitFor(ACCEPTANCE, DENUNCIATION, ORDINARY, day(2012, 6, 30))).isEmpty();
    assertThat(STANDARD.limitFor(ACCEPTANCE, DENUNCIATION, ORDINARY, day(2012, 7, 1)))
        .contains(PetitionRuleBook.DENUNCIATION_ACCEPTANCE_2011);
    assertThat(STANDARD.limitFor(ACCEPTANCE, DENUNCIATION, ORDINARY, day(2018, 12, 31)))
        .contains(PetitionRuleBook.DENUNCIATION_ACCEPTANCE_2011);
    assertThat(STANDARD.limitFor(ACCEPTANCE, DENUNCIATION, ORDINARY, day(2019, 1, 1)))
        .as("the Law of 2018 folds acceptance into processing")
        .isEmpty();
    assertThat(STANDARD.limitFor(PetitionStage.FORWARDING, DENUNCIATION, ORDINARY, day(2018, 12, 31)))
        .contains(PetitionRuleBook.DENUNCIATION_FORWARDING_2011);
    assertThat(STANDARD.limitFor(PetitionStage.FORWARDING, DENUNCIATION, ORDINARY, day(2019, 1, 1)))
        .contains(PetitionRuleBook.DENUNCIATION_FORWARDING);
    assertThat(STANDARD.limitFor(RESOLUTION, DENUNCIATION, ORDINARY, day(2018, 12, 31)))
        .contains(PetitionRuleBook.DENUNCIATION_RESOLUTION_2011);
    assertThat(STANDARD.limitFor(RESOLUTION, DENUNCIATION, ORDINARY, day(2019, 1, 1)))
        .contains(PetitionRuleBook.DENUNCIATION_RESOLUTION);
    assertThat(STANDARD.limitFor(ACCEPTANCE, COMPLAINT, ORDINARY, day(2016, 3, 4)))
        .as("complaints keep their own acceptance rule")
        .contains(PetitionRuleBook.COMPLAINT_ACCEPTANCE_2013);
  }

  @Test
  void aComplaintInARemoteAreaGetsFifteenMoreDays() {
    LocalDate received = day(2026, 2, 27);
    LocalDate accepted = day(2026, 3, 2);
    Deadline ordinary = STANDARD.deadline(RESOLUTION, COMPLAINT, ORDINARY, received, accepted, VIETNAM);
    Deadline remote =
        STANDARD.deadline(
            RESOLUTION, COMPLAINT, ORDINARY.withArea(AreaType.REMOTE), received, accepted, VIETNAM);
    assertThat(ordinary.dueDate()).isEqualTo(day(2026, 4, 1));
    assertThat(remote.dueDate()).isEqualTo(day(2026, 4, 16));
    assertThat(remote.countedDays() - ordinary.countedDays()).isEqualTo(15);
    assertThat(ordinary.startEvent()).isEqualTo("thụ lý");
  }

  @Test
  void theResolutionLimitsOfComplaintsFollowRoundComplexityAndArea() {
    LocalDate received = day(2020, 5, 4);
    int[][] expected = {{30, 45, 45, 60}, {45, 60, 60, 70}};
    for (ComplaintRound round : ComplaintRound.values()) {
      int i = 0;
      for (AreaType area : AreaType.values()) {
        for (Complexity complexity : List.of(Complexity.NORMAL, Complexity.COMPLEX)) {
          Circumstances c = Circumstances.of(round, complexity, area);
          PetitionTimeLimit rule = STANDARD.limitFor(RESOLUTION, COMPLAINT, c, received).orElseThrow();
          int days = expected[round.ordinal()][area == AreaType.ORDINARY ? (i == 0 ? 0 : 1) : (i == 2 ? 2 : 3)];
          assertThat(rule.limit().days()).as("%s", c).isEqualTo(days);
          assertThat(rule.limit().count()).isEqualTo(DayCount.CALENDAR_DAYS);
          assertThat(rule.basis().article()).isEqualTo(round == ComplaintRound.FIRST ? "Điều 28" : "Điều 37");
          Circumstances especially = c.withComplexity(Complexity.ESPECIALLY_COMPLEX);
          if (complexity == Complexity.COMPLEX) {
            assertThat(STANDARD.limitFor(RESOLUTION, COMPLAINT, especially, received)).contains(rule);
          }
          i++;
        }
      }
    }
  }

  @Test
  void anEspeciallyComplexDenunciationMayBeExtendedTwice() {
    LocalDate received = day(2026, 6, 25);
    LocalDate accepted = day(2026, 7, 1);
    Circumstances c = ORDINARY.withComplexity(Complexity.ESPECIALLY_COMPLEX);
    PetitionTimeLimit rule = STANDARD.limitFor(RESOLUTION, DENUNCIATION, c, received).orElseThrow();
    assertThat(rule).isEqualTo(PetitionRuleBook.DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX);
    Deadline deadline = STANDARD.deadline(RESOLUTION, DENUNCIATION, c, received, accepted, VIETNAM, List.of(30, 30));
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 9, 29));
    assertThat(deadline.extensions()).hasSize(2);
    assertThat(rule.outerDeadline(accepted, VIETNAM)).isEqualTo(deadline);
    Deadline once = STANDARD.deadline(RESOLUTION, DENUNCIATION, c, received, accepted, VIETNAM, List.of(1));
    // 31 days end on Saturday 1 August 2026; the time moves to Monday 3 August.
    assertThat(once.lastCountedDay()).isEqualTo(day(2026, 8, 1));
    assertThat(once.dueDate()).isEqualTo(day(2026, 8, 3));
  }

  @Test
  void aThirdExtensionIsRefused() {
    LocalDate received = day(2026, 6, 25);
    LocalDate accepted = day(2026, 7, 1);
    Circumstances c = ORDINARY.withComplexity(Complexity.ESPECIALLY_COMPLEX);
    Deadline twice = STANDARD.deadline(RESOLUTION, DENUNCIATION, c, received, accepted, VIETNAM, List.of(30, 30));
    PetitionTimeLimit rule = PetitionRuleBook.DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX;
    assertThatThrownBy(() -> rule.extend(twice, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX allows 2 extensions of at most 30 calendar days (Luật Tố cáo"
                + " 25/2018/QH14, Điều 30); the deadline due 2026-09-29 already has 2");
    assertThat(twice.dueDate()).as("a refused extension leaves the deadline as it was").isEqualTo(day(2026, 9, 29));
    assertThatThrownBy(
            () -> STANDARD.deadline(RESOLUTION, DENUNCIATION, c, received, accepted, VIETNAM, List.of(30, 30, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX allows 2 extensions of at most 30 calendar days (Luật Tố cáo"
                + " 25/2018/QH14, Điều 30); 3 were asked for");
  }

  @Test
  void aComplexDenunciationMayBeExtendedOnceAndANormalOneNever() {
    LocalDate received = day(2024, 3, 1);
    LocalDate accepted = day(2024, 3, 8);
    Circumstances complex = ORDINARY.withComplexity(Complexity.COMPLEX);
    Deadline once = STANDARD.deadline(RESOLUTION, DENUNCIATION, complex, received, accepted, VIETNAM, List.of(30));
    assertThat(once.countedDays()).isEqualTo(60);
    assertThatThrownBy(
            () -> STANDARD.deadline(RESOLUTION, DENUNCIATION, complex, received, accepted, VIETNAM, List.of(30, 1)))
        .hasMessage(
            "DENUNCIATION_RESOLUTION_COMPLEX allows 1 extension of at most 30 calendar days (Luật Tố cáo"
                + " 25/2018/QH14, Điều 30); 2 were asked for");
    assertThatThrownBy(
            () -> STANDARD.deadline(RESOLUTION, DENUNCIATION, ORDINARY, received, accepted, VIETNAM, List.of(1)))
        .hasMessage(
            "DENUNCIATION_RESOLUTION allows no extension (Luật Tố cáo 25/2018/QH14, Điều 30); 1 were asked for");
    assertThat(STANDARD.deadline(RESOLUTION, DENUNCIATION, ORDINARY, received, accepted, VIETNAM).dueDate())
        .isEqualTo(day(2024, 4, 8));
  }

  @Test
  void anExtensionLongerThanAllowedIsRefusedAndTheLongestAllowedIsAccepted() {
    LocalDate received = day(2024, 3, 1);
    LocalDate accepted = day(2024, 3, 8);
    Circumstances complex = ORDINARY.withComplexity(Complexity.COMPLEX);
    assertThatThrownBy(
            () -> STANDARD.deadline(RESOLUTION, DENUNCIATION, complex, received, accepted, VIETNAM, List.of(31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DENUNCIATION_RESOLUTION_COMPLEX allows an extension of 1 to 30 calendar days (Luật Tố cáo 25/2018/QH14,"
                + " Điều 30); 31 were asked for");
    assertThatThrownBy(
            () -> STANDARD.deadline(RESOLUTION, DENUNCIATION, complex, received, accepted, VIETNAM, List.of(0)))
        .hasMessage(
            "DENUNCIATION_RESOLUTION_COMPLEX allows an extension of 1 to 30 calendar days (Luật Tố cáo 25/2018/QH14,"
                + " Điều 30); 0 were asked for");
    assertThat(STANDARD.deadline(RESOLUTION, DENUNCIATION, complex, received, accepted, VIETNAM, List.of(30))
            .countedDays())
        .isEqualTo(60);
    assertThat(STANDARD.deadline(RESOLUTION, DENUNCIATION, complex, received, accepted, VIETNAM, List.of(1))
            .countedDays())
        .isEqualTo(31);
  }

  @Test
  void aPetitionReceivedAfter2026_07_01UsesTheNewAcceptanceLimit() {
    LocalDate received = day(2026, 7, 1);
    PetitionTimeLimit rule = STANDARD.limitFor(ACCEPTANCE, COMPLAINT, ORDINARY, received).orElseThrow();
    assertThat(rule).isEqualTo(PetitionRuleBook.COMPLAINT_ACCEPTANCE_FROM_2026);
    assertThat(rule.limit().days()).isEqualTo(7);
    assertThat(rule.limit().count()).isEqualTo(DayCount.WORKING_DAYS);
    assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(rule.basis().asAmendedBy()).containsExactly(Instruments.DECREE_155_2026);
    // Wednesday 1 July 2026: 2-3 and 6-10 July.
    assertThat(STANDARD.deadline(ACCEPTANCE, COMPLAINT, ORDINARY, received, received, VIETNAM).dueDate())
        .isEqualTo(day(2026, 7, 10));
  }

  @Test
  void aPetitionReceivedOn2026_06_30UsesTheOldAcceptanceLimit() {
    LocalDate received = day(2026, 6, 30);
    PetitionTimeLimit rule = STANDARD.limitFor(ACCEPTANCE, COMPLAINT, ORDINARY, received).orElseThrow();
    assertThat(rule).isEqualTo(PetitionRuleBook.COMPLAINT_ACCEPTANCE_2020);
    assertThat(rule.limit().days()).isEqualTo(10);
    assertThat(rule.basis().instrument()).isEqualTo(Instruments.DECREE_124_2020);
    assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    // Tuesday 30 June 2026: 1-3, 6-10 and 13-14 July.
    assertThat(STANDARD.deadline(ACCEPTANCE, COMPLAINT, ORDINARY, received, received, VIETNAM).dueDate())
        .isEqualTo(day(2026, 7, 14));
  }

  @Test
  void theRulesOfTheAmendedLawsAreCarriedOverAsUnconfirmedFrom2026_07_01() {
    PetitionTimeLimit before =
        STANDARD.limitFor(RESOLUTION, DENUNCIATION, ORDINARY, day(2026, 6, 30)).orElseThrow();
    PetitionTimeLimit after = STANDARD.limitFor(RESOLUTION, DENUNCIATION, ORDINARY, day(2026, 7, 1)).orElseThrow();
    assertThat(before).isEqualTo(PetitionRuleBook.DENUNCIATION_RESOLUTION);
    assertThat(after).isEqualTo(PetitionFixtures.carriedOver("DENUNCIATION_RESOLUTION"));
    assertThat(after.name()).isEqualTo("DENUNCIATION_RESOLUTION_FROM_2026");
    assertThat(after.limit().days()).isEqualTo(30);
    assertThat(after.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(after.basis().citation())
        .isEqualTo("Luật Tố cáo 25/2018/QH14 (sửa đổi bởi Luật 136/2025/QH15), Điều 30");
    assertThat(after.basis().article()).isEqualTo("Điều 30");
    assertThat(after.validity()).isEqualTo(Validity.from(day(2026, 7, 1)));
    assertThat(before.validity()).isEqualTo(Validity.between(day(2019, 1, 1), day(2026, 6, 30)));
    assertThat(PetitionFixtures.carriedOver("COMPLAINT_DECISION_DISPATCH").basis().asAmendedBy())
        .containsExactly(Instruments.PETITION_LAWS_AMENDMENT_2025);
    assertThat(PetitionFixtures.carriedOver("RECEIPT_NOTICE").limit().count()).isEqualTo(DayCount.WORKING_DAYS);
  }

  @Test
  void anApplicationRuleOverridesTheBuiltInOne() {
    PetitionTimeLimit provincial = provincialProcessing(5, day(2020, 1, 1));
    PetitionRuleBook book = STANDARD.with(provincial);
    assertThat(book.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2021, 5, 3))).contains(provincial);
    assertThat(book.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2019, 5, 3)))
        .as("before the province's rule is in force")
        .contains(PetitionRuleBook.DENUNCIATION_PROCESSING);
    assertThat(book.limitFor(PetitionStage.FORWARDING, DENUNCIATION, ORDINARY, day(2021, 5, 3)))
        .as("another stage")
        .contains(PetitionRuleBook.DENUNCIATION_FORWARDING);
    assertThat(STANDARD.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2021, 5, 3)))
        .as("the standard book is left as it was")
        .contains(PetitionRuleBook.DENUNCIATION_PROCESSING);
    assertThat(book.rules()).hasSize(STANDARD.rules().size() + 1).endsWith(provincial);
  }

  @Test
  void aStageThatDoesNotExistForTheKindIsRefused() {
    assertThatThrownBy(() -> STANDARD.limitFor(FILING_LIMIT, DENUNCIATION, ORDINARY, day(2020, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the stage FILING_LIMIT (Thời hiệu khiếu nại) exists for [COMPLAINT] only, not for DENUNCIATION");
    assertThatThrownBy(
            () -> STANDARD.deadline(FILING_LIMIT, DENUNCIATION, ORDINARY, day(2020, 1, 1), day(2020, 1, 1), VIETNAM))
        .hasMessageStartingWith("the stage FILING_LIMIT");
  }

  @Test
  void aDateReceivedOutsideTheCalendarsRangeIsRefused() {
    LocalDate early = day(2005, 12, 31);
    LocalDate late = day(2200, 1, 1);
    assertThatThrownBy(() -> STANDARD.deadline(PROCESSING, DENUNCIATION, ORDINARY, early, day(2020, 1, 1), VIETNAM))
        .isExactlyInstanceOf(java.time.DateTimeException.class)
        .hasMessage("dateReceived must lie within the calendar's range 2006-01-01 to 2199-12-31: 2005-12-31");
    assertThatThrownBy(() -> STANDARD.deadline(PROCESSING, DENUNCIATION, ORDINARY, late, day(2020, 1, 1), VIETNAM))
        .isExactlyInstanceOf(java.time.DateTimeException.class)
        .hasMessage("dateReceived must lie within the calendar's range 2006-01-01 to 2199-12-31: 2200-01-01");
    PetitionRuleBook always = PetitionRuleBook.of(provincialProcessing(7, day(2006, 1, 1)));
    assertThat(always.deadline(PROCESSING, DENUNCIATION, ORDINARY, day(2006, 1, 1), day(2006, 1, 1), VIETNAM)
            .eventDay())
        .isEqualTo(day(2006, 1, 1));
    assertThat(always.deadline(PROCESSING, DENUNCIATION, ORDINARY, day(2199, 12, 31), day(2199, 1, 1), VIETNAM)
            .eventDay())
        .isEqualTo(day(2199, 1, 1));
  }

  @Test
  void aComplaintIsFiledWithinNinetyDaysAndADenunciationHasNoFilingLimit() {
    LocalDate decision = day(2025, 1, 2);
    Deadline deadline =
        STANDARD.deadline(FILING_LIMIT, COMPLAINT, ORDINARY, day(2025, 3, 1), decision, VIETNAM);
    assertThat(deadline.countedDays()).isEqualTo(90);
    assertThat(deadline.lastCountedDay()).isEqualTo(day(2025, 4, 2));
    assertThat(FILING_LIMIT.appliesTo(DENUNCIATION)).isFalse();
  }

  @Test
  void thePartyResolvesADenunciationOfAMemberInNinetyWorkingDaysBelowTheCentreAndInOneHundredEightyAtIt() {
    LocalDate received = day(2017, 3, 1);
    Circumstances provincial = ORDINARY.atLevel(Level.PROVINCIAL);
    assertThat(STANDARD.limitFor(PARTY_RESOLUTION, DENUNCIATION, provincial, received))
        .contains(PetitionRuleBook.PARTY_RESOLUTION);
    assertThat(STANDARD.limitFor(PARTY_RESOLUTION, DENUNCIATION, ORDINARY.atLevel(Level.COMMUNE), received))
        .contains(PetitionRuleBook.PARTY_RESOLUTION);
    assertThat(STANDARD.limitFor(PARTY_RESOLUTION, DENUNCIATION, ORDINARY.atLevel(Level.CENTRAL), received))
        .contains(PetitionRuleBook.PARTY_RESOLUTION_CENTRAL);
    assertThat(STANDARD.limitFor(PARTY_RESOLUTION, DENUNCIATION, ORDINARY, received))
        .as("the level decides the limit, so it must be given")
        .isEmpty();
    assertThat(PetitionRuleBook.PARTY_RESOLUTION.limit().days()).isEqualTo(90);
    assertThat(PetitionRuleBook.PARTY_RESOLUTION_CENTRAL.limit().days()).isEqualTo(180);
    assertThat(PetitionRuleBook.PARTY_RESOLUTION.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(STANDARD.limitFor(PARTY_RESOLUTION, DENUNCIATION, provincial, day(2021, 7, 27)))
        .contains(PetitionRuleBook.PARTY_RESOLUTION);
    PetitionTimeLimit later =
        STANDARD.limitFor(PARTY_RESOLUTION, DENUNCIATION, provincial, day(2021, 7, 28)).orElseThrow();
    assertThat(later).isEqualTo(PetitionRuleBook.PARTY_RESOLUTION_FROM_QD_22);
    assertThat(later.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(STANDARD.limitFor(PARTY_RESOLUTION, DENUNCIATION, provincial, day(2016, 7, 25))).isEmpty();
    assertThat(STANDARD.limitFor(PARTY_RESOLUTION, DENUNCIATION, ORDINARY.atLevel(Level.CENTRAL), day(2030, 1, 1)))
        .contains(PetitionRuleBook.PARTY_RESOLUTION_CENTRAL_FROM_QD_296);
    assertThat(STANDARD.limitFor(PARTY_RESOLUTION, DENUNCIATION, provincial, day(2025, 5, 29)))
        .contains(PetitionRuleBook.PARTY_RESOLUTION_FROM_QD_22);
    assertThat(STANDARD.limitFor(PARTY_RESOLUTION, DENUNCIATION, provincial, day(2025, 5, 30)))
        .contains(PetitionRuleBook.PARTY_RESOLUTION_FROM_QD_296);
  }

  @Test
  void thePartyHeadsNoticeIsDueInTenWorkingDaysAndUnconfirmedAfterConclusion215() {
    assertThat(STANDARD.limitFor(PetitionStage.PARTY_RECEIPT_NOTICE, PetitionKind.FEEDBACK, ORDINARY,
            day(2025, 11, 22)))
        .contains(PetitionRuleBook.PARTY_HEAD_RECEIPT_NOTICE);
    assertThat(STANDARD.limitFor(PetitionStage.PARTY_RECEIPT_NOTICE, PetitionKind.FEEDBACK, ORDINARY,
            day(2025, 11, 23)))
        .contains(PetitionRuleBook.PARTY_HEAD_RECEIPT_NOTICE_FROM_KL_215);
    assertThat(STANDARD.limitFor(PetitionStage.PARTY_RECEIPT_NOTICE, PetitionKind.FEEDBACK, ORDINARY,
            day(2019, 2, 17)))
        .isEmpty();
    assertThat(PetitionRuleBook.PARTY_HEAD_RECEIPT_NOTICE_FROM_KL_215.basis().confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void theStandardBookHoldsEveryConstantOnceTheCarriedOverRulesAndNoTwoTimeLimitsOverlap() throws Exception {
    List<PetitionRule> constants = new ArrayList<>();
    for (java.lang.reflect.Field field : PetitionRuleBook.class.getFields()) {
      if (PetitionRule.class.isAssignableFrom(field.getType())) {
        constants.add((PetitionRule) field.get(null));
      }
    }
    assertThat(STANDARD.rules()).containsAll(constants).doesNotHaveDuplicates();
    List<PetitionRule> others = new ArrayList<>(STANDARD.rules());
    others.removeAll(constants);
    assertThat(others)
        .isNotEmpty()
        .allSatisfy(
            r -> {
              assertThat(r.name()).endsWith("_FROM_2026");
              assertThat(r.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
              assertThat(r.basis().asAmendedBy()).containsExactly(Instruments.PETITION_LAWS_AMENDMENT_2025);
              assertThat(STANDARD.rule(r.name().replace("_FROM_2026", ""))).isPresent();
            });
    List<PetitionTimeLimit> rules = STANDARD.timeLimits();
    for (int i = 0; i < rules.size(); i++) {
      for (int j = i + 1; j < rules.size(); j++) {
        assertThat(rules.get(i).overlaps(rules.get(j))).as("%s and %s", rules.get(i), rules.get(j)).isFalse();
      }
    }
  }

  @Test
  void aBookHoldsOneRuleOfEachName() {
    assertThatThrownBy(
            () -> PetitionRuleBook.of(PetitionRuleBook.DENUNCIATION_RESOLUTION, PetitionRuleBook.DENUNCIATION_RESOLUTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule book holds one rule of each name; DENUNCIATION_RESOLUTION is there twice");
  }

  @Test
  void anApplicationsRuleOfTheSameNameReplacesTheBooksInItsPlaceAndWithoutTakesOneOut() {
    PetitionTimeLimit longer =
        PetitionTimeLimit.builder()
            .from(PetitionRuleBook.DENUNCIATION_RESOLUTION)
            .limit(TimeLimit.calendarDays(45, PetitionRuleBook.DENUNCIATION_RESOLUTION.basis()))
            .build();
    PetitionRuleBook replaced = STANDARD.with(longer);
    assertThat(replaced.rules()).hasSameSizeAs(STANDARD.rules());
    assertThat(replaced.rules().indexOf(longer))
        .isEqualTo(STANDARD.rules().indexOf(PetitionRuleBook.DENUNCIATION_RESOLUTION));
    assertThat(replaced.limitFor(RESOLUTION, DENUNCIATION, ORDINARY, day(2020, 1, 1))).contains(longer);
    PetitionRuleBook without = STANDARD.without("FORWARD_DENUNCIATION_ONCE");
    assertThat(without.rule("FORWARD_DENUNCIATION_ONCE")).isEmpty();
    assertThat(without.rules()).hasSize(STANDARD.rules().size() - 1);
    assertThat(STANDARD.rule("FORWARD_DENUNCIATION_ONCE")).contains(PetitionRuleBook.FORWARD_DENUNCIATION_ONCE);
    assertThatThrownBy(() -> STANDARD.without("NO_SUCH_RULE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this rule book has no rule named 'NO_SUCH_RULE'");
  }

  @Test
  void inForceOnListsTheRulesOfTheDayReceived() {
    assertThat(STANDARD.inForceOn(day(2026, 7, 1)))
        .contains(PetitionRuleBook.COMPLAINT_ACCEPTANCE_FROM_2026)
        .doesNotContain(PetitionRuleBook.COMPLAINT_ACCEPTANCE_2020)
        .allSatisfy(r -> assertThat(r.isInForceOn(day(2026, 7, 1))).isTrue());
    assertThat(STANDARD.inForceOn(day(2010, 1, 1))).isEmpty();
    assertThat(STANDARD.inForceOn(day(2026, 6, 30))).contains(PetitionRuleBook.COMPLAINT_ACCEPTANCE_2020);
  }

  @Test
  void ofBuildsABookOfTheGivenRulesOnly() {
    PetitionTimeLimit a = provincialProcessing(5, day(2020, 1, 1));
    PetitionTimeLimit b =
        PetitionTimeLimit.builder().from(provincialProcessing(6, day(2020, 1, 1))).name("HG_PROCESSING_6").build();
    assertThat(PetitionRuleBook.of(a, b).rules()).containsExactly(a, b);
    assertThat(PetitionRuleBook.of(List.of(a, b)).limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2021, 1, 1)))
        .contains(b);
    assertThat(PetitionRuleBook.of().rules()).isEmpty();
    new EqualsTester()
        .addEqualityGroup(PetitionRuleBook.of(a, b), PetitionRuleBook.of(a).with(b))
        .addEqualityGroup(PetitionRuleBook.of(b, a))
        .addEqualityGroup(STANDARD)
        .testEquals();
  }

  @Test
  void toStringCountsTheRules() {
    assertThat(STANDARD.toString()).isEqualTo("PetitionRuleBook[" + STANDARD.rules().size() + " rules]");
    assertThat(PetitionRuleBook.of().toString()).isEqualTo("PetitionRuleBook[0 rules]");
  }

  @Test
  void theOverrideIsLoggedAtDebugWithoutPersonalData() {
    PetitionTimeLimit provincial = provincialProcessing(5, day(2020, 1, 1));
    PetitionRuleBook book = STANDARD.with(provincial);
    String log = CapturedLog.during(() -> book.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2021, 5, 3)));
    assertThat(log)
        .contains("DEBUG")
        .contains(
            "petition time limit HG_DENUNCIATION_PROCESSING (5 working days (Quy chế 05-QC/TU (ví dụ), Điều 12))"
                + " overrides DENUNCIATION_PROCESSING (7 working days (Luật Tố cáo 25/2018/QH14, Điều 24, khoản 1))"
                + " for PROCESSING of a DENUNCIATION in FIRST/NORMAL/ORDINARY/any level, received 2021-05-03, act"
                + " 2021-05-03");
    assertThat(CapturedLog.during(() -> STANDARD.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2021, 5, 3))))
        .as("no override, nothing logged")
        .isEmpty();
    assertThat(CapturedLog.during(() -> book.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2019, 5, 3))))
        .as("the application's rule is not in force yet")
        .isEmpty();
    PetitionRuleBook unrelated = 
        STANDARD.with(
            PetitionTimeLimit.builder().from(provincialProcessing(5, day(2020, 1, 1))).stage(PetitionStage.FORWARDING).build());
    assertThat(CapturedLog.during(() -> unrelated.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2021, 5, 3)))).isEmpty();
    PetitionRuleBook outOfForce =
        PetitionRuleBook.of(
            PetitionTimeLimit.builder()
                .from(provincialProcessing(6, day(2020, 1, 1)))
                .name("HG_PROCESSING_2020")
                .validity(Validity.between(day(2020, 1, 1), day(2020, 12, 31)))
                .build(),
            provincialProcessing(5, day(2020, 1, 1)));
    assertThat(CapturedLog.during(() -> outOfForce.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2021, 5, 3)))).isEmpty();
    PetitionRuleBook otherCircumstances =
        PetitionRuleBook.of(
            PetitionTimeLimit.builder()
                .from(provincialProcessing(6, day(2020, 1, 1)))
                .name("HG_PROCESSING_REMOTE")
                .areas(List.of(AreaType.REMOTE))
                .build(),
            provincialProcessing(5, day(2020, 1, 1)));
    assertThat(CapturedLog.during(() -> otherCircumstances.limitFor(PROCESSING, DENUNCIATION, ORDINARY, day(2021, 5, 3))))
        .isEmpty();
  }



  @Test
  void distinctBooksHaveDistinctHashCodes() {
    assertThat(STANDARD.hashCode()).isNotEqualTo(PetitionRuleBook.of().hashCode());
    assertThat(STANDARD.hashCode()).isEqualTo(STANDARD.rules().hashCode());
  }

  @Test
  void nullsAreRefused() {
    com.google.common.testing.NullPointerTester tester =
        new com.google.common.testing.NullPointerTester()
            .setDefault(Circumstances.class, ORDINARY)
            .setDefault(WorkingCalendar.class, VIETNAM)
            .setDefault(LocalDate.class, day(2020, 6, 1))
            .setDefault(PetitionTimeLimit.class, PetitionRuleBook.DENUNCIATION_PROCESSING)
            .setDefault(PetitionRule.class, PetitionRuleBook.DENUNCIATION_PROCESSING)
            .setDefault(RuleDays.class, RuleDays.received(day(2020, 6, 1)));
    tester.testAllPublicStaticMethods(PetitionRuleBook.class);
    tester.testAllPublicInstanceMethods(STANDARD);
  }

  @Test
  void anExtendedDeadlineExplainsItsRuleAndExtensions() {
    Circumstances c = ORDINARY.withComplexity(Complexity.COMPLEX);
    Deadline deadline =
        STANDARD.deadline(RESOLUTION, DENUNCIATION, c, day(2024, 3, 1), day(2024, 3, 8), VIETNAM, List.of(30));
    assertThat(deadline.explain())
        .contains("Time limit: 30 calendar days (Luật Tố cáo 25/2018/QH14, Điều 30)")
        .contains("Start event: thụ lý, on 2024-03-08 (Friday)")
        .contains("Extension: +30 days (Luật Tố cáo 25/2018/QH14, Điều 30)")
        .contains("Days counted: 60 calendar days");
  }
}
