package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.COMMUNE_SECRETARY;
import static io.github.vanphong.reception.ReceptionFixtures.CT_SECRETARY;
import static io.github.vanphong.reception.ReceptionFixtures.DEPUTY;
import static io.github.vanphong.reception.ReceptionFixtures.DISTRICT_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.DISTRICT_SECRETARY;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHIEF_OF_OFFICE;
import static io.github.vanphong.reception.ReceptionFixtures.HG_SECRETARY;
import static io.github.vanphong.reception.ReceptionFixtures.HG_TU;
import static io.github.vanphong.reception.ReceptionFixtures.HG_VICE_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.PROVINCE;
import static io.github.vanphong.reception.ReceptionFixtures.STANDARD;
import static io.github.vanphong.reception.ReceptionFixtures.VIETNAM;
import static io.github.vanphong.reception.ReceptionFixtures.people;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceptionRuleBookTest {

  private static final LocalDate Y2016 = LocalDate.of(2016, 2, 1);

  @Test
  void theProvincialSecretaryHasNoPartyDutyIn2016AndOneDayAMonthFrom2019() {
    assertThat(STANDARD.dutyOf(HG_SECRETARY, PROVINCE, Y2016)).isEmpty();
    assertThat(STANDARD.dutyOf(HG_SECRETARY, PROVINCE, LocalDate.of(2019, 2, 1))).isEmpty();
    assertThat(STANDARD.dutyOf(HG_SECRETARY, PROVINCE, LocalDate.of(2019, 3, 1)))
        .contains(ReceptionRuleBook.PARTY_HEAD_PROVINCIAL_2019);
    assertThat(STANDARD.dutyOf(CT_SECRETARY, PROVINCE, LocalDate.of(2025, 12, 1)))
        .contains(ReceptionRuleBook.PARTY_HEAD_PROVINCIAL);
  }

  @Test
  void conclusion215KeepsTheProvincialAndCommuneHeadsAndTheDistrictLevelIsGone() {
    assertThat(STANDARD.dutyOf(DISTRICT_SECRETARY, PROVINCE, LocalDate.of(2019, 3, 1)))
        .contains(ReceptionRuleBook.PARTY_HEAD_DISTRICT_2019);
    assertThat(STANDARD.dutyOf(COMMUNE_SECRETARY, PROVINCE, LocalDate.of(2019, 3, 1)))
        .contains(ReceptionRuleBook.PARTY_HEAD_COMMUNE_2019);
    assertThat(STANDARD.dutyOf(ReceptionFixtures.CT_COMMUNE_SECRETARY, PROVINCE, LocalDate.of(2025, 12, 1)))
        .contains(ReceptionRuleBook.PARTY_HEAD_COMMUNE);
    assertThat(ReceptionRuleBook.PARTY_HEAD_PROVINCIAL.basis().asAmendedBy())
        .containsExactly(Instruments.PARTY_CONCLUSION_215_2025);
    assertThat(STANDARD.duties())
        .filteredOn(d -> d.holder().levels().contains(Level.DISTRICT))
        .allSatisfy(d -> assertThat(d.validity().end()).contains(LocalDate.of(2025, 6, 30)));
  }

  @Test
  void theStatesHeadsReceiveFrom2014AsLaw42Says() {
    assertThat(STANDARD.dutyOf(HG_CHAIR, PROVINCE, Y2016)).contains(ReceptionRuleBook.PROVINCIAL_CHAIR);
    assertThat(STANDARD.dutyOf(DISTRICT_CHAIR, PROVINCE, Y2016)).contains(ReceptionRuleBook.DISTRICT_CHAIR);
    assertThat(STANDARD.dutyOf(ReceptionFixtures.COMMUNE_CHAIR, PROVINCE, Y2016))
        .contains(ReceptionRuleBook.COMMUNE_CHAIR);
    assertThat(STANDARD.dutyOf(HG_CHIEF_OF_OFFICE, PROVINCE, Y2016)).contains(ReceptionRuleBook.AGENCY_HEAD);
    assertThat(STANDARD.dutyOf(HG_VICE_CHAIR, PROVINCE, Y2016)).isEmpty();
    assertThat(STANDARD.dutyOf(HG_CHAIR, PROVINCE, LocalDate.of(2014, 6, 1))).isEmpty();
  }

  @Test
  void aRuleOfTheAmendedLawIsCarriedOverUnconfirmedFromJuly2026() {
    ReceptionDuty carried =
        STANDARD.dutyOf(ReceptionFixtures.CT_CHAIR, PROVINCE, LocalDate.of(2026, 7, 1)).orElseThrow();
    assertThat(carried.name()).isEqualTo("PROVINCIAL_CHAIR_FROM_2026");
    assertThat(carried.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(carried.basis().citation()).contains("sửa đổi bởi " + Instruments.PETITION_LAWS_AMENDMENT_2025.name());
    assertThat(STANDARD.rule("DISTRICT_CHAIR_FROM_2026")).isEmpty();
    assertThat(STANDARD.rule("DEPUTY_STANDS_IN_FROM_2026")).as("the amended law forbids it").isEmpty();
    assertThat(STANDARD.refusalRule(RefusalGround.DRAWN_OUT, LocalDate.of(2026, 7, 1)).orElseThrow())
        .satisfies(
            r -> {
              assertThat(r.name()).isEqualTo("REFUSAL_DRAWN_OUT_FROM_2026");
              assertThat(r.noticeBasis().instrument()).isEqualTo(Instruments.DECREE_154_2026);
              assertThat(r.noticeLimit().orElseThrow().days()).isEqualTo(3);
            });
  }

  @Test
  void everyStandardRuleCitesADeclaredInstrumentWithinItsDays() {
    assertThat(STANDARD.rules()).hasSize(49);
    for (ReceptionRule rule : STANDARD.rules()) {
      assertThat(Instruments.all()).as(rule.name()).contains(rule.basis().instrument());
      assertThat(rule.basis().validity().encloses(rule.validity())).as(rule.name()).isTrue();
    }
  }

  @Test
  void eachGroundHasOneRuleInForceOnAnyDay() {
    for (LocalDate day = LocalDate.of(2014, 7, 1); day.isBefore(LocalDate.of(2027, 1, 1)); day = day.plusMonths(1)) {
      for (RefusalGround ground : RefusalGround.values()) {
        LocalDate on = day;
        assertThat(STANDARD.refusalRules().stream().filter(r -> r.ground() == ground && r.isInForceOn(on)))
            .as("%s on %s", ground, on)
            .hasSizeLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void aProvincesOwnDutyTakesPrecedenceAndFillsTheYearsWithoutARule() {
    Instrument own = Instrument.of("Quy chế 01-QC/TU", LocalDate.of(2016, 1, 1));
    ReceptionDuty local =
        ReceptionDuty.builder()
            .name("HG_SECRETARY_MONTHLY")
            .holder(DutyHolder.ofUnits(Set.of(PostKind.SECRETARY), Set.of(HG_TU)))
            .days(1)
            .cadence(Cadence.MONTH)
            .place(ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE)
            .basis(LegalBasis.of(own, "Điều 5"))
            .build();
    ReceptionRuleBook book = STANDARD.with(local);
    assertThat(book.dutyOf(HG_SECRETARY, PROVINCE, Y2016)).contains(local);
    assertThat(book.dutyOf(HG_SECRETARY, PROVINCE, LocalDate.of(2019, 3, 1))).contains(local);
    assertThat(book.without("HG_SECRETARY_MONTHLY")).isEqualTo(STANDARD);
    assertThat(STANDARD.dutyOf(HG_SECRETARY, PROVINCE, Y2016)).as("the standard book is unchanged").isEmpty();
  }

  @Test
  void aRuleOfTheSameNameReplacesTheBooksInItsPlace() {
    ReceptionDuty twice = ReceptionDuty.builder().from(ReceptionRuleBook.PROVINCIAL_CHAIR).days(2).build();
    ReceptionRuleBook book = STANDARD.with(twice);
    assertThat(book.rules()).hasSameSizeAs(STANDARD.rules());
    assertThat(book.rules().indexOf(twice)).isEqualTo(STANDARD.rules().indexOf(ReceptionRuleBook.PROVINCIAL_CHAIR));
    assertThat(book.dutyOf(HG_CHAIR, PROVINCE, Y2016).orElseThrow().days()).isEqualTo(2);
  }

  @Test
  void aBookNamesEachRuleOnceAndRemovesOnlyARuleItHas() {
    assertThatThrownBy(
            () -> ReceptionRuleBook.of(List.of(ReceptionRuleBook.PROVINCIAL_CHAIR, ReceptionRuleBook.PROVINCIAL_CHAIR)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PROVINCIAL_CHAIR");
    assertThatThrownBy(() -> STANDARD.without("NO_SUCH_RULE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NO_SUCH_RULE");
    assertThat(ReceptionRuleBook.of(List.of()).dutyOf(HG_CHAIR, PROVINCE, Y2016)).isEmpty();
  }

  @Test
  void aGroupOfFewerThanFiveIsNoDelegationInTheLawsSense() {
    assertThat(STANDARD.delegationRule(4, Y2016)).isEmpty();
    assertThat(STANDARD.delegationRule(5, Y2016)).contains(ReceptionRuleBook.DELEGATION_OF_5_TO_10);
    assertThat(STANDARD.delegationRule(11, Y2016)).contains(ReceptionRuleBook.DELEGATION_OVER_10);
    assertThat(STANDARD.findings(Delegation.of(4, people(3)), Y2016)).isEmpty();
  }

  @Test
  void aDelegationWithoutAWritingIsFoundSoAndNotForItsSignatures() {
    List<ReceptionViolation> found = STANDARD.findings(Delegation.of(7, people(3)), Y2016);
    assertThat(found)
        .extracting(ReceptionViolation::rule)
        .containsExactly(ReceptionRuleBook.DELEGATION_OF_5_TO_10, ReceptionRuleBook.APPOINTMENT_SIGNED_BY_ALL);
    assertThat(found.get(1).message()).contains("there is no writing");
    assertThat(found.get(0).values()).containsExactly(7, 3);
  }

  @Test
  void aDeputyNotifiesAnAbsenceWithFiveWholeWorkingDaysBetweenTheNoticeAndTheDay() {
    LocalDate thursday = LocalDate.of(2016, 9, 15);
    assertThat(STANDARD.absenceFindings(DEPUTY, thursday, LocalDate.of(2016, 9, 7), VIETNAM))
        .as("Thursday 8, Friday 9, Monday 12 to Wednesday 14 lie between: 5")
        .isEmpty();
    assertThat(STANDARD.absenceFindings(DEPUTY, thursday, LocalDate.of(2016, 9, 8), VIETNAM))
        .as("the day of the notice and the day of the reception are not counted: 4")
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(ReceptionRuleBook.DEPUTY_ABSENCE_NOTICE);
              assertThat(f.message()).contains("notified on 2016-09-08, 4 working days ahead");
            });
    assertThat(STANDARD.absenceFindings(DEPUTY, thursday, LocalDate.of(2016, 9, 12), VIETNAM))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("2 working days ahead"));
    assertThat(STANDARD.absenceFindings(DEPUTY, thursday, thursday.minusDays(1), VIETNAM))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("0 working days ahead"));
    assertThat(STANDARD.absenceFindings(DEPUTY, thursday, thursday.plusDays(1), VIETNAM))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("0 working days ahead"));
    assertThat(STANDARD.absenceFindings(HG_CHAIR, thursday, thursday, VIETNAM)).as("not a deputy").isEmpty();
  }

  @Test
  void theBookAnswersItsRegisterFormAndItsRulesOfADay() {
    assertThat(STANDARD.registerFormOn(Y2016)).contains(RegisterForm.FORM_06_TCD);
    assertThat(STANDARD.inForceOn(LocalDate.of(2014, 6, 30))).isEmpty();
    assertThat(STANDARD.inForceOn(Y2016)).contains(ReceptionRuleBook.PROVINCIAL_CHAIR);
    assertThat(STANDARD.procedure(ProcedureRequirement.ONLINE_RECEPTION, Y2016)).isEmpty();
    assertThat(STANDARD.procedure(ProcedureRequirement.DEPUTY_STANDS_IN, PostKind.CHAIR, Y2016))
        .contains(ReceptionRuleBook.DEPUTY_STANDS_IN);
    assertThat(STANDARD.procedure(ProcedureRequirement.DEPUTY_STANDS_IN, PostKind.SECRETARY, Y2016)).isEmpty();
    assertThat(STANDARD).hasToString("ReceptionRuleBook[49 rules]");
    assertThat(ReceptionRuleBook.of(STANDARD.rules())).isEqualTo(STANDARD).hasSameHashCodeAs(STANDARD);
    assertThat(STANDARD.rule("PROVINCIAL_CHAIR")).contains(ReceptionRuleBook.PROVINCIAL_CHAIR);
    assertThat(UnitId.of("HG-TU")).isEqualTo(HG_TU);
  }
}
