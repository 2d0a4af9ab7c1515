package io.github.vanphong.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingRhythmBookTest {

  private static final UnitId CELL = UnitId.of("HG-CB-01");
  private static final LocalDate FROM = LocalDate.of(2016, 1, 1);
  private static final LocalDate TO = LocalDate.of(2016, 12, 31);

  private static List<HeldMeeting> monthlyExcept(int skipped) {
    List<HeldMeeting> held = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      if (month != skipped) {
        held.add(HeldMeeting.regular(LocalDate.of(2016, month, 5)));
      }
    }
    return held;
  }

  @Test
  void aCellMeetsEveryMonth() {
    RegularMeetingRule rule = MeetingRhythmBook.standard().rule(MeetingBody.CELL).orElseThrow();
    assertThat(rule).isEqualTo(MeetingRhythmBook.CELL_MONTHLY);
    assertThat(rule.interval()).isEqualTo(Period.ofMonths(1));
    assertThat(rule.basis().article()).isEqualTo("Điều 24, khoản 2");
    assertThat(rule.basis().instrument()).isEqualTo(Instruments.PARTY_STATUTE_2011);
    assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(rule.name()).isEqualTo("REGULAR_MEETING_CELL");
    assertThat(rule.citation()).contains(rule.basis().citation());
  }

  @Test
  void aCellCommitteeMeetsEveryMonth() {
    assertThat(MeetingRhythmBook.CELL_COMMITTEE_MONTHLY.interval()).isEqualTo(Period.ofMonths(1));
    assertThat(MeetingRhythmBook.CELL_COMMITTEE_MONTHLY.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
  }

  @Test
  void aGrassrootsCommitteeMeetsEveryMonthUnconfirmed() {
    assertThat(MeetingRhythmBook.GRASSROOTS_COMMITTEE_MONTHLY.interval()).isEqualTo(Period.ofMonths(1));
    assertThat(MeetingRhythmBook.GRASSROOTS_COMMITTEE_MONTHLY.basis().confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void theCentralCommitteeMeetsEverySixMonths() {
    assertThat(MeetingRhythmBook.CENTRAL_COMMITTEE_SIX_MONTHLY.interval()).isEqualTo(Period.ofMonths(6));
    assertThat(MeetingRhythmBook.CENTRAL_COMMITTEE_SIX_MONTHLY.basis().confirmation())
        .isEqualTo(Confirmation.REPORTED);
    RhythmReport report =
        MeetingRhythmBook.standard()
            .check(
                UnitId.of("BCHTW"),
                MeetingBody.CENTRAL_COMMITTEE,
                List.of(HeldMeeting.regular(LocalDate.of(2016, 5, 10)), HeldMeeting.regular(LocalDate.of(2016, 7, 1))),
                FROM,
                TO);
    assertThat(report.keptRhythm()).isTrue();
  }

  @Test
  void aProvincialCommitteeMeetsEveryThreeMonthsUnconfirmed() {
    RegularMeetingRule rule = MeetingRhythmBook.PROVINCIAL_COMMITTEE_QUARTERLY;
    assertThat(rule.interval()).isEqualTo(Period.ofMonths(3));
    assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    RhythmReport report =
        MeetingRhythmBook.standard()
            .check(
                UnitId.of("HG-TU"),
                MeetingBody.PROVINCIAL_COMMITTEE,
                List.of(HeldMeeting.regular(LocalDate.of(2016, 3, 31)), HeldMeeting.regular(LocalDate.of(2016, 7, 1))),
                FROM,
                TO);
    assertThat(report.missing())
        .extracting(RhythmViolation::periodStart, RhythmViolation::periodEnd)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 4, 1), LocalDate.of(2016, 6, 30)),
            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2016, 10, 1), LocalDate.of(2016, 12, 31)));
  }

  @Test
  void theStandingCommitteeAndTheStandingMembersMeetAsTheApplicationSays() {
    MeetingRhythmBook book = MeetingRhythmBook.standard();
    assertThat(book.rule(MeetingBody.STANDING_COMMITTEE)).isEmpty();
    assertThat(book.rule(MeetingBody.STANDING_MEMBERS)).isEmpty();
    assertThatThrownBy(() -> book.check(CELL, MeetingBody.STANDING_MEMBERS, List.of(), FROM, TO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("working rules");
    RegularMeetingRule weekly =
        RegularMeetingRule.of(
            MeetingBody.STANDING_MEMBERS,
            Period.ofDays(7),
            LegalBasis.builder()
                .instrument(Instruments.PARTY_STATUTE_2011)
                .article("Điều 20, khoản 4")
                .confirmation(Confirmation.UNCONFIRMED)
                .build());
    MeetingRhythmBook withWeekly = book.with(weekly);
    assertThat(withWeekly.rule(MeetingBody.STANDING_MEMBERS)).contains(weekly);
    RhythmReport report =
        withWeekly.check(
            CELL,
            MeetingBody.STANDING_MEMBERS,
            List.of(HeldMeeting.regular(LocalDate.of(2016, 3, 9))),
            LocalDate.of(2016, 3, 2),
            LocalDate.of(2016, 3, 20));
    assertThat(report.missing())
        .extracting(RhythmViolation::periodStart)
        .containsExactly(LocalDate.of(2016, 3, 14));
    assertThat(book.rules()).hasSize(5);
    assertThat(withWeekly.without(MeetingBody.STANDING_MEMBERS)).isEqualTo(book);
    assertThat(book.without(MeetingBody.CELL).rule(MeetingBody.CELL)).isEmpty();
  }

  @Test
  void aCellThatMissedAMonthlyMeetingIsFoundWithTheMonthAndItsRule() {
    List<HeldMeeting> held = monthlyExcept(4);
    held.add(HeldMeeting.extraordinary(LocalDate.of(2016, 4, 20)));
    held.add(HeldMeeting.extraordinary(LocalDate.of(2017, 1, 3)));
    RhythmReport report = MeetingRhythmBook.standard().check(CELL, MeetingBody.CELL, held, FROM, TO);
    assertThat(report.missing()).hasSize(1);
    RhythmViolation missed = report.missing().get(0);
    assertThat(missed.rule()).isEqualTo(MeetingRhythmBook.CELL_MONTHLY);
    assertThat(missed.unit()).isEqualTo(CELL);
    assertThat(missed.periodStart()).isEqualTo(LocalDate.of(2016, 4, 1));
    assertThat(missed.periodEnd()).isEqualTo(LocalDate.of(2016, 4, 30));
    assertThat(List.<Object>copyOf(missed.values()))
        .isEqualTo(List.of(CELL, LocalDate.of(2016, 4, 1), LocalDate.of(2016, 4, 30)));
    assertThat(missed.message())
        .startsWith("REGULAR_MEETING_CELL (")
        .endsWith("HG-CB-01 held no regular meeting from 2016-04-01 to 2016-04-30");
    assertThat(report.extraordinary()).containsExactly(HeldMeeting.extraordinary(LocalDate.of(2016, 4, 20)));
    assertThat(report.regularHeld()).isEqualTo(11);
    assertThat(report.keptRhythm()).isFalse();
    assertThat(report.unit()).isEqualTo(CELL);
    assertThat(report.rule()).isEqualTo(MeetingRhythmBook.CELL_MONTHLY);
    assertThat(report.from()).isEqualTo(FROM);
    assertThat(report.to()).isEqualTo(TO);
    assertThat(report)
        .hasToString("RhythmReport[HG-CB-01 REGULAR_MEETING_CELL 2016-01-01..2016-12-31: 11 regular, 1 extraordinary,"
            + " 1 period missing]");
    assertThat(MeetingRhythmBook.standard().check(CELL, MeetingBody.CELL, monthlyExcept(0), FROM, TO).keptRhythm())
        .isTrue();
  }

  @Test
  void everyMissedPeriodIsFoundAndOnlyWholePeriodsWithinTheDaysAreChecked() {
    RhythmReport none =
        MeetingRhythmBook.standard().check(CELL, MeetingBody.CELL, List.of(), LocalDate.of(2016, 1, 2), TO);
    assertThat(none.missing()).hasSize(11);
    assertThat(none.missing().get(0).periodStart()).isEqualTo(LocalDate.of(2016, 2, 1));
    RhythmReport shortEnd =
        MeetingRhythmBook.standard().check(CELL, MeetingBody.CELL, List.of(), FROM, LocalDate.of(2016, 12, 30));
    assertThat(shortEnd.missing()).hasSize(11);
    assertThat(MeetingRhythmBook.standard().check(CELL, MeetingBody.CELL, List.of(), FROM, FROM).missing()).isEmpty();
    assertThat(
            MeetingRhythmBook.standard()
                .check(CELL, MeetingBody.CELL, List.of(), FROM, LocalDate.of(2016, 1, 31))
                .missing())
        .hasSize(1);
    RhythmReport outside =
        MeetingRhythmBook.standard()
            .check(CELL, MeetingBody.CELL, List.of(HeldMeeting.regular(LocalDate.of(2015, 12, 31))), FROM,
                LocalDate.of(2016, 1, 31));
    assertThat(outside.regularHeld()).isZero();
    assertThat(outside.missing()).hasSize(1);
    RhythmReport lastDay =
        MeetingRhythmBook.standard()
            .check(CELL, MeetingBody.CELL, List.of(HeldMeeting.regular(LocalDate.of(2016, 1, 31))), FROM,
                LocalDate.of(2016, 1, 31));
    assertThat(lastDay.missing()).isEmpty();
    assertThat(lastDay.regularHeld()).isEqualTo(1);
  }

  @Test
  void periodsBeforeTheRuleIsInForceAreNotChecked() {
    RhythmReport report =
        MeetingRhythmBook.standard()
            .check(CELL, MeetingBody.CELL, List.of(), LocalDate.of(2010, 11, 1), LocalDate.of(2011, 3, 31));
    assertThat(report.missing())
        .extracting(RhythmViolation::periodStart)
        .containsExactly(LocalDate.of(2011, 2, 1), LocalDate.of(2011, 3, 1));
  }

  @Test
  void aCheckRunsForwardWithinTheCalendar() {
    MeetingRhythmBook book = MeetingRhythmBook.standard();
    assertThatThrownBy(() -> book.check(CELL, MeetingBody.CELL, List.of(), TO, FROM))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> book.check(CELL, MeetingBody.CELL, List.of(), LocalDate.of(1930, 2, 2), TO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> book.check(CELL, MeetingBody.CELL, List.of(), FROM, LocalDate.of(2200, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(book.check(CELL, MeetingBody.CELL, List.of(), LocalDate.of(1930, 2, 3), LocalDate.of(2199, 12, 31))
            .missing())
        .isNotEmpty();
  }

  @Test
  void aBookHasOneRulePerBody() {
    assertThatThrownBy(
            () -> MeetingRhythmBook.of(List.of(MeetingRhythmBook.CELL_MONTHLY, MeetingRhythmBook.CELL_MONTHLY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
    MeetingRhythmBook book = MeetingRhythmBook.of(MeetingRhythmBook.standard().rules());
    assertThat(book).isEqualTo(MeetingRhythmBook.standard());
    assertThat(book.hashCode()).isEqualTo(MeetingRhythmBook.standard().hashCode());
    assertThat(book.toString()).startsWith("MeetingRhythmBook[REGULAR_MEETING_CENTRAL_COMMITTEE every P6M");
  }

  @Test
  void anIntervalIsWholeMonthsDividingAYearOrAWeek() {
    LegalBasis basis = MeetingRhythmBook.CELL_MONTHLY.basis();
    for (int months : new int[] {1, 2, 3, 4, 6, 12}) {
      assertThat(RegularMeetingRule.of(MeetingBody.CELL, Period.ofMonths(months), basis).isWeekly()).isFalse();
    }
    assertThat(RegularMeetingRule.of(MeetingBody.CELL, Period.ofYears(1), basis).interval())
        .isEqualTo(Period.ofYears(1));
    assertThat(RegularMeetingRule.of(MeetingBody.CELL, Period.ofWeeks(1), basis).isWeekly()).isTrue();
    for (Period bad :
        List.of(Period.ofMonths(5), Period.ofMonths(0), Period.ofMonths(-1), Period.ofMonths(24), Period.ofDays(14),
            Period.of(0, 1, 7), Period.ofDays(1))) {
      assertThatThrownBy(() -> RegularMeetingRule.of(MeetingBody.CELL, bad, basis))
          .as("%s", bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void aRulesPeriodStartsOnTheFirstOfItsMonthsOrOnMonday() {
    RegularMeetingRule half = MeetingRhythmBook.CENTRAL_COMMITTEE_SIX_MONTHLY;
    assertThat(half.periodStart(LocalDate.of(2016, 6, 30))).isEqualTo(LocalDate.of(2016, 1, 1));
    assertThat(half.periodStart(LocalDate.of(2016, 7, 1))).isEqualTo(LocalDate.of(2016, 7, 1));
    assertThat(half.periodEnd(LocalDate.of(2016, 7, 1))).isEqualTo(LocalDate.of(2016, 12, 31));
    RegularMeetingRule week =
        RegularMeetingRule.of(MeetingBody.STANDING_MEMBERS, Period.ofDays(7), half.basis());
    assertThat(week.periodStart(LocalDate.of(2016, 3, 13))).isEqualTo(LocalDate.of(2016, 3, 7));
    assertThat(week.periodStart(LocalDate.of(2016, 3, 7))).isEqualTo(LocalDate.of(2016, 3, 7));
    assertThat(week.periodEnd(LocalDate.of(2016, 3, 7))).isEqualTo(LocalDate.of(2016, 3, 13));
    assertThat(week.toString()).startsWith("REGULAR_MEETING_STANDING_MEMBERS every P7D (");
  }

  @Test
  void aMeetingIsRegularOrExtraordinaryAndOrdersByDay() {
    HeldMeeting a = HeldMeeting.regular(LocalDate.of(2016, 3, 5));
    HeldMeeting b = HeldMeeting.extraordinary(LocalDate.of(2016, 3, 5));
    assertThat(a.regime()).isEqualTo(MeetingRegime.REGULAR);
    assertThat(b.regime()).isEqualTo(MeetingRegime.EXTRAORDINARY);
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(HeldMeeting.regular(LocalDate.of(2016, 3, 6)))).isNegative();
    assertThat(a.compareTo(HeldMeeting.regular(LocalDate.of(2016, 3, 5)))).isZero();
    assertThat(a).hasToString("2016-03-05 REGULAR");
  }

  @Test
  void aFindingsPeriodEndsAfterItStarts() {
    assertThatThrownBy(
            () ->
                RhythmViolation.missing(
                    MeetingRhythmBook.CELL_MONTHLY, CELL, LocalDate.of(2016, 4, 2), LocalDate.of(2016, 4, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    RhythmViolation oneDay =
        RhythmViolation.missing(MeetingRhythmBook.CELL_MONTHLY, CELL, LocalDate.of(2016, 4, 1), LocalDate.of(2016, 4, 1));
    assertThat(oneDay.toString()).isEqualTo(oneDay.message());
  }
}
