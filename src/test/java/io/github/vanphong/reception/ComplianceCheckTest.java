package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.COMMUNE_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.HG_PCT1;
import static io.github.vanphong.reception.ReceptionFixtures.HG_SECRETARY;
import static io.github.vanphong.reception.ReceptionFixtures.HG_VICE_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HT_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.OFFICER;
import static io.github.vanphong.reception.ReceptionFixtures.PROVINCE;
import static io.github.vanphong.reception.ReceptionFixtures.STANDARD;
import static io.github.vanphong.reception.ReceptionFixtures.chairsDay;
import static io.github.vanphong.reception.ReceptionFixtures.opening;
import static io.github.vanphong.reception.ReceptionFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceCheckTest {

  private static final ReportPeriod Q1 = ReportPeriod.quarter(2016, 1, CutOff.monthEnd());
  private static final ComplianceCheck CHECK = ComplianceCheck.of(STANDARD, PROVINCE);
  private static final LocalDate MARCH_END = LocalDate.of(2016, 3, 31);

  private static ReceptionSession standIn(String id, LocalDate day) {
    SessionOpening opening =
        SessionOpening.builder()
            .from(opening(id, HG_VICE_CHAIR, HG_PCT1, SessionKind.HEAD_PERIODIC))
            .onBehalfOf(HG_CHAIR)
            .build();
    return ReceptionSession.open(opening, day, OFFICER);
  }

  @Test
  void theChairMissedMarchAndFallsShortByADay() {
    List<ReceptionSession> held =
        List.of(chairsDay("S1", LocalDate.of(2016, 1, 15)), chairsDay("S2", LocalDate.of(2016, 2, 15)));
    ReceptionCompliance compliance = CHECK.assess(HG_CHAIR, Q1, MARCH_END, held, List.of());
    assertThat(compliance.dutyPeriods()).hasSize(3);
    assertThat(compliance.required()).isEqualTo(3);
    assertThat(compliance.held()).isEqualTo(2);
    assertThat(compliance.shortfall()).isEqualTo(1);
    assertThat(compliance.status()).isEqualTo(ComplianceStatus.SHORT);
    assertThat(compliance.counted()).containsExactly(SessionId.of("S1"), SessionId.of("S2"));

    ReceptionCompliance midMarch = CHECK.assess(HG_CHAIR, Q1, LocalDate.of(2016, 3, 20), held, List.of());
    assertThat(midMarch.status()).isEqualTo(ComplianceStatus.PENDING);
    assertThat(midMarch.pending()).isEqualTo(1);
    assertThat(midMarch.shortfall()).isZero();
  }

  @Test
  void theDutyFollowsThePostToAnActingHolderAndNotToSomeoneElse() {
    ReceptionSession byViceChair =
        session("S3", HG_CHAIR, HG_PCT1, SessionKind.HEAD_PERIODIC, LocalDate.of(2016, 3, 15))
            .end(LocalDate.of(2016, 3, 15), OFFICER);
    List<ReceptionSession> held = List.of(byViceChair);
    ReceptionCompliance withoutActing = CHECK.assess(HG_CHAIR, Q1, MARCH_END, held, List.of());
    assertThat(withoutActing.notCounted()).containsExactly(SessionId.of("S3"));
    assertThat(withoutActing.held()).isZero();

    ComplianceCheck acting =
        CHECK.withActing(
            Acting.of(HG_PCT1, HG_CHAIR, Validity.between(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 31))));
    ReceptionCompliance withActing = acting.assess(HG_CHAIR, Q1, MARCH_END, held, List.of());
    assertThat(withActing.counted()).containsExactly(SessionId.of("S3"));
    assertThat(withActing.held()).isEqualTo(1);
    assertThat(acting.holdsOrActs(HG_PCT1, HG_CHAIR, LocalDate.of(2016, 3, 15))).isTrue();
    assertThat(acting.holdsOrActs(HG_PCT1, HG_CHAIR, LocalDate.of(2016, 4, 1))).isFalse();
    assertThat(acting.acting()).hasSize(1);
    assertThat(CHECK.acting()).as("left as it was").isEmpty();
  }

  @Test
  void aDeputyStandingInCountsOnlyWhereARuleLetsHim() {
    List<ReceptionSession> held = List.of(standIn("S4", LocalDate.of(2016, 1, 20)));
    assertThat(CHECK.assess(HG_CHAIR, Q1, MARCH_END, held, List.of()).counted()).containsExactly(SessionId.of("S4"));
    ComplianceCheck strict = ComplianceCheck.of(STANDARD.without("DEPUTY_STANDS_IN"), PROVINCE);
    assertThat(strict.assess(HG_CHAIR, Q1, MARCH_END, held, List.of()).notCounted())
        .containsExactly(SessionId.of("S4"));
  }

  @Test
  void anAdHocCaseIsAnsweredByTheHeadsAdHocSessionOnOrAfterIt() {
    ReceptionSession adHoc =
        session("DX-1", HG_CHAIR, HG_CT1, SessionKind.HEAD_AD_HOC, LocalDate.of(2016, 2, 25))
            .end(LocalDate.of(2016, 2, 25), OFFICER);
    AdHocCall answered =
        AdHocCall.builder()
            .day(LocalDate.of(2016, 2, 24))
            .post(HG_CHAIR)
            .ground(AdHocGround.COMPLEX_OR_MASS)
            .answeredBy(adHoc.id())
            .build();
    AdHocCall answeredBefore =
        AdHocCall.builder().from(answered).day(LocalDate.of(2016, 2, 26)).build();
    AdHocCall unanswered = AdHocCall.builder().from(answered).answeredBy(java.util.Optional.empty()).build();
    AdHocCall otherPost = AdHocCall.builder().from(answered).post(HG_SECRETARY).build();
    AdHocCall later = AdHocCall.builder().from(unanswered).day(LocalDate.of(2016, 4, 2)).build();
    ReceptionCompliance compliance =
        CHECK.assess(
            HG_CHAIR, Q1, MARCH_END, List.of(adHoc), List.of(answered, answeredBefore, unanswered, otherPost, later));
    assertThat(compliance.adHocCalls()).containsExactly(answered, answeredBefore, unanswered);
    assertThat(compliance.answered()).containsExactly(answered);
    assertThat(compliance.held()).as("an ad-hoc session is not a periodic day").isZero();
  }

  @Test
  void aPostThatNoDutyBindsHasNoDutyIn2016() {
    ReceptionCompliance secretary = CHECK.assess(HG_SECRETARY, Q1, MARCH_END, List.of(), List.of());
    assertThat(secretary.status()).isEqualTo(ComplianceStatus.NO_DUTY);
    assertThat(secretary.hasDuty()).isFalse();
    assertThat(secretary.required()).isZero();
  }

  @Test
  void aCommuneChairsWeeksAreCountedFromMonday() {
    ReportPeriod january = ReportPeriod.month(YearMonth.of(2016, 1), CutOff.monthEnd());
    List<ReceptionSession> held =
        List.of(
            session("C1", COMMUNE_CHAIR, HT_CT1, SessionKind.HEAD_PERIODIC, LocalDate.of(2016, 1, 5)),
            session("C2", COMMUNE_CHAIR, HT_CT1, SessionKind.HEAD_PERIODIC, LocalDate.of(2016, 1, 6)),
            session("C3", COMMUNE_CHAIR, HT_CT1, SessionKind.HEAD_PERIODIC, LocalDate.of(2016, 1, 12)));
    ReceptionCompliance compliance = CHECK.assess(COMMUNE_CHAIR, january, LocalDate.of(2016, 2, 1), held, List.of());
    assertThat(compliance.dutyPeriods())
        .extracting(DutyPeriod::first)
        .containsExactly(
            LocalDate.of(2016, 1, 4), LocalDate.of(2016, 1, 11), LocalDate.of(2016, 1, 18), LocalDate.of(2016, 1, 25));
    assertThat(compliance.held()).isEqualTo(3);
    assertThat(compliance.shortfall()).as("a surplus of one week makes up for none other").isEqualTo(2);
  }

  @Test
  void sessionsOfOtherPostsAfterTheDayOrOnTheSameDayAreCountedRightly() {
    List<ReceptionSession> held =
        List.of(
            chairsDay("S1", LocalDate.of(2016, 1, 15)),
            chairsDay("S1b", LocalDate.of(2016, 1, 15)),
            chairsDay("S2", LocalDate.of(2016, 4, 15)),
            session("X", HG_SECRETARY, PersonId.of("HG-BT1"), SessionKind.HEAD_PERIODIC, LocalDate.of(2016, 2, 15)));
    ReceptionCompliance compliance = CHECK.assess(HG_CHAIR, Q1, MARCH_END, held, List.of());
    assertThat(compliance.held()).as("two sessions of one day count one day").isEqualTo(1);
    assertThat(compliance.counted()).containsExactly(SessionId.of("S1"), SessionId.of("S1b"));
  }

  @Test
  void complianceIsJudgedOnOrAfterThePeriodsFirstDay() {
    assertThatThrownBy(() -> CHECK.assess(HG_CHAIR, Q1, LocalDate.of(2015, 12, 31), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on or after its first day");
  }

  @Test
  void aCheckIsItsBookChartAndActing() {
    assertThat(CHECK.ruleBook()).isEqualTo(STANDARD);
    assertThat(CHECK.chart()).isEqualTo(PROVINCE);
    assertThat(CHECK).isEqualTo(ComplianceCheck.of(STANDARD, PROVINCE)).hasSameHashCodeAs(ComplianceCheck.of(STANDARD, PROVINCE));
    assertThat(CHECK.toString()).startsWith("ComplianceCheck[ReceptionRuleBook[49 rules], OrgChart[").endsWith(", 0 acting]");
  }
}
