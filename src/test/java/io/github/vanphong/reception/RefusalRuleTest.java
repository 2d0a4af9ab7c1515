package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.VIETNAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static io.github.vanphong.reception.ReceptionFixtures.STANDARD;

import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RefusalRuleTest {

  @Test
  void aWrittenNoticeIsDueThreeWorkingDaysAfterTheRefusal() {
    assertThat(ReceptionRuleBook.REFUSAL_DRAWN_OUT.needsWrittenNotice()).isTrue();
    assertThat(
            ReceptionRuleBook.REFUSAL_DRAWN_OUT
                .noticeDeadline(LocalDate.of(2016, 3, 11), VIETNAM)
                .orElseThrow()
                .dueDate())
        .as("Friday, so Monday, Tuesday, Wednesday")
        .isEqualTo(LocalDate.of(2016, 3, 16));
    assertThat(ReceptionRuleBook.REFUSAL_WEAPONS.noticeDeadline(LocalDate.of(2026, 7, 1), VIETNAM)).isEmpty();
  }

  @Test
  void aWrittenNoticeHasItsLimitAndASpokenOneNone() {
    assertThatThrownBy(
            () ->
                RefusalRule.builder()
                    .from(ReceptionRuleBook.REFUSAL_DRAWN_OUT)
                    .notice(RefusalNotice.SPOKEN_EXPLANATION)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REFUSAL_DRAWN_OUT");
    TimeLimit three = ReceptionRuleBook.REFUSAL_DRAWN_OUT.noticeLimit().orElseThrow();
    assertThatThrownBy(
            () ->
                RefusalRule.builder()
                    .from(ReceptionRuleBook.REFUSAL_WEAPONS)
                    .noticeLimit(three)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spoken explanation none");
  }

  @Test
  void theNoticeOfTheDisputedPointsIsUnconfirmedAndOfPointHVerified() {
    assertThat(ReceptionRuleBook.REFUSAL_WEAPONS.toString()).contains("notice").contains("(unconfirmed)");
    assertThat(ReceptionRuleBook.REFUSAL_NO_NEW_FACTS.toString())
        .contains("WRITTEN_NOTICE within 3 working days")
        .doesNotContain("(unconfirmed)");
    assertThat(ReceptionRuleBook.REFUSAL_RECORDING.toString())
        .as("the letter set of Điều 4, khoản 2 is unconfirmed until checked against the Công báo")
        .contains("notice Nghị định 154/2026/NĐ-CP, Điều 4, khoản 2 (unconfirmed)");
  }

  // ---- one test per rule: what it decides, its basis, its days ---------------------------------------------------

  private static final Validity LAW_42_BEFORE_CIRCULAR = Validity.parse("[2014-07-01..2014-12-14]");
  private static final Validity CIRCULAR_06 = Validity.parse("[2014-12-15..2026-06-30]");
  private static final Validity DECREE_154 = Validity.parse("[2026-07-01..)");

  private static void assertRule(
      RefusalRule rule,
      RefusalGround ground,
      RefusalNotice notice,
      String article,
      Confirmation groundMark,
      String noticeArticle,
      Confirmation noticeMark,
      Validity days) {
    assertThat(rule.ground()).isEqualTo(ground);
    assertThat(rule.notice()).isEqualTo(notice);
    assertThat(rule.basis().article()).isEqualTo(article);
    assertThat(rule.basis().confirmation()).isEqualTo(groundMark);
    assertThat(rule.noticeBasis().article()).isEqualTo(noticeArticle);
    assertThat(rule.noticeBasis().confirmation()).isEqualTo(noticeMark);
    assertThat(rule.validity()).isEqualTo(days);
    assertThat(STANDARD.refusalRule(ground, days.start())).contains(rule);
    assertThat(STANDARD.refusalRule(ground, days.start().minusDays(1))).isNotEqualTo(Optional.of(rule));
    days.end().ifPresent(end -> assertThat(STANDARD.refusalRule(ground, end)).contains(rule));
    days.end().ifPresent(end -> assertThat(STANDARD.refusalRule(ground, end.plusDays(1))).isNotEqualTo(Optional.of(rule)));
  }

  @Test
  void refusalUnableToControlIsToldInPersonUnderCircular06FromDecember2014() {
    assertRule(
        ReceptionRuleBook.REFUSAL_UNABLE_TO_CONTROL,
        RefusalGround.UNABLE_TO_CONTROL,
        RefusalNotice.SPOKEN_EXPLANATION,
        "Điều 9, khoản 1",
        Confirmation.VERIFIED,
        "Điều 4",
        Confirmation.VERIFIED,
        CIRCULAR_06);
    assertThat(ReceptionRuleBook.REFUSAL_UNABLE_TO_CONTROL.noticeBasis().instrument())
        .isEqualTo(Instruments.CIRCULAR_06_2014_TTCP);
    RefusalRule before = STANDARD.refusalRule(RefusalGround.UNABLE_TO_CONTROL, LocalDate.of(2014, 7, 1)).orElseThrow();
    assertThat(before.name()).isEqualTo("REFUSAL_UNABLE_TO_CONTROL" + ReceptionRuleBook.BEFORE_CIRCULAR);
    assertThat(before.validity()).isEqualTo(LAW_42_BEFORE_CIRCULAR);
    assertThat(before.noticeBasis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void refusalOtherByLawIsToldInPersonUnderAnUnconfirmedNoticeUntilJune2026() {
    assertRule(
        ReceptionRuleBook.REFUSAL_OTHER_BY_LAW,
        RefusalGround.OTHER_BY_LAW,
        RefusalNotice.SPOKEN_EXPLANATION,
        "Điều 9, khoản 4",
        Confirmation.VERIFIED,
        "Điều 9, khoản 4",
        Confirmation.UNCONFIRMED,
        Validity.parse("[2014-07-01..2026-06-30]"));
    assertThat(ReceptionRuleBook.REFUSAL_OTHER_BY_LAW.basis().instrument())
        .isEqualTo(Instruments.CITIZEN_RECEPTION_LAW_2013);
    assertThat(STANDARD.refusalRule(RefusalGround.OTHER_BY_LAW, LocalDate.of(2026, 7, 1)))
        .as("the points of Nghị định 154/2026 detail these cases")
        .isEmpty();
  }

  @Test
  void refusalDrawnOutBeforeCircularIsToldInPersonAsLaw42PrescribesNoNotice() {
    RefusalRule rule = ReceptionRuleBook.REFUSAL_DRAWN_OUT_BEFORE_CIRCULAR;
    assertRule(
        rule,
        RefusalGround.DRAWN_OUT,
        RefusalNotice.SPOKEN_EXPLANATION,
        "Điều 9, khoản 3",
        Confirmation.VERIFIED,
        "Điều 9, khoản 3",
        Confirmation.UNCONFIRMED,
        LAW_42_BEFORE_CIRCULAR);
    assertThat(rule.noticeBasis().instrument()).isEqualTo(Instruments.CITIZEN_RECEPTION_LAW_2013);
    assertThat(rule.noticeDeadline(LocalDate.of(2014, 12, 12), ReceptionFixtures.VIETNAM)).isEmpty();
    assertThat(rule.toString()).contains("SPOKEN_EXPLANATION").contains("(unconfirmed)");
  }

  @Test
  void refusalDrawnOutNeedsTheWrittenNoticeOfCircular06FromItsFirstDay() {
    assertRule(
        ReceptionRuleBook.REFUSAL_DRAWN_OUT,
        RefusalGround.DRAWN_OUT,
        RefusalNotice.WRITTEN_NOTICE,
        "Điều 9, khoản 3",
        Confirmation.VERIFIED,
        "Điều 4",
        Confirmation.VERIFIED,
        CIRCULAR_06);
    assertThat(STANDARD.refusalRule(RefusalGround.DRAWN_OUT, LocalDate.of(2014, 12, 14)))
        .contains(ReceptionRuleBook.REFUSAL_DRAWN_OUT_BEFORE_CIRCULAR);
    assertThat(STANDARD.refusalRule(RefusalGround.DRAWN_OUT, LocalDate.of(2014, 12, 15)).orElseThrow().noticeDeadline(
            LocalDate.of(2014, 12, 15), ReceptionFixtures.VIETNAM))
        .isPresent();
  }

  @Test
  void refusalSecurityCheckIsPointBToldInPersonFromJuly2026() {
    assertRule(
        ReceptionRuleBook.REFUSAL_SECURITY_CHECK,
        RefusalGround.SECURITY_CHECK,
        RefusalNotice.SPOKEN_EXPLANATION,
        "Điều 4, khoản 1, điểm b",
        Confirmation.VERIFIED,
        "Điều 4, khoản 2",
        Confirmation.UNCONFIRMED,
        DECREE_154);
  }

  @Test
  void refusalIncitingIsPointDToldInPersonFromJuly2026() {
    assertRule(
        ReceptionRuleBook.REFUSAL_INCITING,
        RefusalGround.INCITING,
        RefusalNotice.SPOKEN_EXPLANATION,
        "Điều 4, khoản 1, điểm d",
        Confirmation.VERIFIED,
        "Điều 4, khoản 2",
        Confirmation.UNCONFIRMED,
        DECREE_154);
  }

  @Test
  void refusalNoLegalRepresentativeIsPointDdToldInPersonFromJuly2026() {
    assertRule(
        ReceptionRuleBook.REFUSAL_NO_LEGAL_REPRESENTATIVE,
        RefusalGround.NO_LEGAL_REPRESENTATIVE,
        RefusalNotice.SPOKEN_EXPLANATION,
        "Điều 4, khoản 1, điểm đ",
        Confirmation.VERIFIED,
        "Điều 4, khoản 2",
        Confirmation.UNCONFIRMED,
        DECREE_154);
  }

  @Test
  void refusalAuthorityUnprovenIsPointEToldInPersonFromJuly2026() {
    assertRule(
        ReceptionRuleBook.REFUSAL_AUTHORITY_UNPROVEN,
        RefusalGround.AUTHORITY_UNPROVEN,
        RefusalNotice.SPOKEN_EXPLANATION,
        "Điều 4, khoản 1, điểm e",
        Confirmation.VERIFIED,
        "Điều 4, khoản 2",
        Confirmation.UNCONFIRMED,
        DECREE_154);
  }

  @Test
  void refusalNotAPetitionIsPointGToldInPersonFromJuly2026() {
    assertRule(
        ReceptionRuleBook.REFUSAL_NOT_A_PETITION,
        RefusalGround.NOT_A_PETITION,
        RefusalNotice.SPOKEN_EXPLANATION,
        "Điều 4, khoản 1, điểm g",
        Confirmation.VERIFIED,
        "Điều 4, khoản 2",
        Confirmation.UNCONFIRMED,
        DECREE_154);
  }

  @Test
  void refusalFinalJudgmentIsPointIToldInPersonOnADisputedReadingFromJuly2026() {
    assertRule(
        ReceptionRuleBook.REFUSAL_FINAL_JUDGMENT,
        RefusalGround.FINAL_JUDGMENT,
        RefusalNotice.SPOKEN_EXPLANATION,
        "Điều 4, khoản 1, điểm i",
        Confirmation.VERIFIED,
        "Điều 4, khoản 2 (điểm a, i: hai bản đọc khác nhau)",
        Confirmation.UNCONFIRMED,
        DECREE_154);
  }

  @Test
  void refusalHandledElsewhereIsPointKToldInPersonFromJuly2026() {
    assertRule(
        ReceptionRuleBook.REFUSAL_HANDLED_ELSEWHERE,
        RefusalGround.HANDLED_ELSEWHERE,
        RefusalNotice.SPOKEN_EXPLANATION,
        "Điều 4, khoản 1, điểm k",
        Confirmation.VERIFIED,
        "Điều 4, khoản 2",
        Confirmation.UNCONFIRMED,
        DECREE_154);
    assertThat(ReceptionRuleBook.REFUSAL_HANDLED_ELSEWHERE.basis().instrument()).isEqualTo(Instruments.DECREE_154_2026);
  }

  private static Set<RefusalGround> writtenOn(LocalDate day) {
    return Arrays.stream(RefusalGround.values())
        .filter(g -> STANDARD.refusalRule(g, day).map(RefusalRule::needsWrittenNotice).orElse(false))
        .collect(Collectors.toSet());
  }

  @Test
  void onlyADrawnOutCaseBeforeJuly2026AndPointHFromThenNeedAWrittenNotice() {
    assertThat(writtenOn(LocalDate.of(2014, 12, 14))).as("before Thông tư 06/2014").isEmpty();
    assertThat(writtenOn(LocalDate.of(2014, 12, 15))).containsExactly(RefusalGround.DRAWN_OUT);
    assertThat(writtenOn(LocalDate.of(2026, 6, 30))).containsExactly(RefusalGround.DRAWN_OUT);
    assertThat(writtenOn(LocalDate.of(2026, 7, 1)))
        .containsExactlyInAnyOrder(RefusalGround.DRAWN_OUT, RefusalGround.NO_NEW_FACTS);
    assertThat(STANDARD.refusalRule(RefusalGround.DRAWN_OUT, LocalDate.of(2026, 7, 1)).orElseThrow().name())
        .isEqualTo("REFUSAL_DRAWN_OUT" + ReceptionRuleBook.CARRIED_OVER);
    assertThat(STANDARD.refusalRules().stream().filter(RefusalRule::needsWrittenNotice).map(RefusalRule::name))
        .containsExactlyInAnyOrder("REFUSAL_DRAWN_OUT", "REFUSAL_DRAWN_OUT_FROM_2026", "REFUSAL_NO_NEW_FACTS");
  }

  @Test
  void aRefusalRuleIsInForceOnlyOnDaysItsNoticeBasisIs() {
    assertThatThrownBy(
            () ->
                RefusalRule.builder()
                    .from(ReceptionRuleBook.REFUSAL_DRAWN_OUT)
                    .validity(Validity.parse("[2014-07-01..2026-06-30]"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REFUSAL_DRAWN_OUT")
        .hasMessageContaining("[2014-12-15..2026-06-30]");
    assertThat(ReceptionRuleBook.REFUSAL_DRAWN_OUT.validity()).isEqualTo(CIRCULAR_06);
  }
}
