package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CHIEF;
import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static io.github.vanphong.petition.PetitionFixtures.INSPECTION_COMMITTEE;
import static io.github.vanphong.petition.PetitionFixtures.MEMBER;
import static io.github.vanphong.petition.PetitionFixtures.eligibleOutside;
import static io.github.vanphong.petition.PetitionFixtures.intake;
import static io.github.vanphong.petition.PetitionFixtures.partyChannelWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.organization.Level;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The Party's channel: its time limit runs from the day the competent Party body received the letter ("phải được
 * tính từ ngày tổ chức đảng có thẩm quyền giải quyết tố cáo nhận được đơn"), and a denunciation received within 25
 * working days (grassroots) or 30 (higher levels) before a congress opens goes to the new committee ({@link
 * PetitionRuleBook#PARTY_CONGRESS_HANDOVER}); both from the guidance of the Ủy ban Kiểm tra Trung ương, as reported.
 */
class PartyChannelTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** A denunciation of a party member received by the office on Wednesday 2023-03-01. */
  private static Intake.Builder denunciation(String id, Level level) {
    return intake(id, PetitionKind.DENUNCIATION, date(2023, 3, 1))
        .subject(Subject.partyMember(MEMBER, "vi phạm quy định về những điều đảng viên không được làm"))
        .level(level);
  }

  private static Petition accepted(Intake intake) {
    return Petition.receive(intake, CLERK)
        .classify(partyChannelWithin(), date(2023, 3, 6), CLERK)
        .accept(date(2023, 3, 7), CHIEF);
  }

  @Test
  void thePartyTimeLimitRunsFromTheDayTheCompetentBodyReceivedTheLetter() {
    Petition fromOffice = accepted(denunciation("P-2023-0701", Level.PROVINCIAL).build());
    Petition fromBody =
        accepted(denunciation("P-2023-0702", Level.PROVINCIAL).competentBodyReceived(date(2023, 3, 6)).build());

    PetitionDeadline office =
        fromOffice.deadline(PetitionStage.PARTY_RESOLUTION, CALENDAR, date(2023, 3, 8)).orElseThrow();
    PetitionDeadline body =
        fromBody.deadline(PetitionStage.PARTY_RESOLUTION, CALENDAR, date(2023, 3, 8)).orElseThrow();
    assertThat(office.deadline().eventDay()).isEqualTo(date(2023, 3, 1));
    assertThat(body.deadline().eventDay()).isEqualTo(date(2023, 3, 6));
    assertThat(body.rule()).isEqualTo(PetitionRuleBook.PARTY_RESOLUTION_FROM_QD_22);
    assertThat(body.deadline().dueDate()).isEqualTo(CALENDAR.plusWorkingDays(date(2023, 3, 6), 90));
    assertThat(fromBody.intake().partyDayReceived()).isEqualTo(date(2023, 3, 6));
    assertThat(fromOffice.intake().partyDayReceived()).isEqualTo(date(2023, 3, 1));
  }

  @Test
  void aLetterTheOfficeForwardsStartsNoPartyClockInTheOffice() {
    Petition forwarded =
        Petition.receive(denunciation("P-2023-0703", Level.PROVINCIAL).build(), CLERK)
            .classify(eligibleOutside(Recipient.INSPECTION_COMMITTEE, Procedure.PARTY_RULES), date(2023, 3, 2), CLERK)
            .forward(INSPECTION_COMMITTEE, date(2023, 3, 3), CLERK);

    assertThat(forwarded.deadline(PetitionStage.PARTY_RESOLUTION, CALENDAR, date(2023, 6, 1))).isEmpty();
  }

  @Test
  void theCompetentBodyReceivesTheLetterOnOrAfterTheOffice() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> denunciation("P-2023-0704", Level.PROVINCIAL).competentBodyReceived(date(2023, 2, 28)).build())
        .withMessageContaining("2023-02-28")
        .withMessageContaining("2023-03-01");
  }

  @Test
  void theCompetentBodyResolvesOnlyAfterItReceivedTheLetter() {
    // the office accepted on 2023-03-07; the competent body received the letter on 2023-03-10
    Petition petition =
        accepted(denunciation("P-2023-0707", Level.PROVINCIAL).competentBodyReceived(date(2023, 3, 10)).build());
    Petition before = petition;
    assertThatIllegalArgumentException()
        .isThrownBy(() -> petition.resolve(Finding.WELL_FOUNDED, date(2023, 3, 9), CHIEF))
        .withMessageContaining("P-2023-0707")
        .withMessageContaining("2023-03-10")
        .withMessageContaining("2023-03-09");
    assertThat(petition).isEqualTo(before);
    Petition resolved = petition.resolve(Finding.WELL_FOUNDED, date(2023, 3, 10), CHIEF);
    assertThat(resolved.state()).isEqualTo(PetitionState.RESOLVED);
    PetitionTally tally = PetitionTally.of(resolved, CALENDAR, date(2023, 12, 31));
    assertThat(tally.petitions()).isEqualTo(1);
    assertThat(tally.dutiesMetOnTime()).isPositive();
    // under the State's law the office's own day counts, and the rule does not apply
    Petition office = accepted(denunciation("P-2023-0708", Level.PROVINCIAL).build());
    assertThat(office.resolve(Finding.WELL_FOUNDED, date(2023, 3, 8), CHIEF).state()).isEqualTo(PetitionState.RESOLVED);
  }

  @Test
  void aGrassrootsDenunciationReceivedWithin25WorkingDaysBeforeTheCongressGoesToTheNewCommittee() {
    // 25 working days from Monday 6 March 2023 run to Monday 10 April
    Intake.Builder grassroots = denunciation("P-2023-0705", Level.GRASSROOTS).competentBodyReceived(date(2023, 3, 6));
    Petition before = accepted(grassroots.congressOpening(date(2023, 4, 10)).build());
    Petition after = accepted(grassroots.congressOpening(date(2023, 4, 11)).build());

    assertThat(before.congressHandover(CALENDAR)).contains(PetitionRuleBook.PARTY_CONGRESS_HANDOVER);
    assertThat(before.deadline(PetitionStage.PARTY_RESOLUTION, CALENDAR, date(2023, 3, 8))).isEmpty();
    assertThat(after.congressHandover(CALENDAR)).isEmpty();
    assertThat(after.deadline(PetitionStage.PARTY_RESOLUTION, CALENDAR, date(2023, 3, 8))).isPresent();
  }

  @Test
  void aDenunciationAboveTheGrassrootsGoesToTheNewCommitteeWithin30WorkingDays() {
    // 30 working days from 6 March 2023 run to Monday 17 April (Giỗ Tổ falls on Saturday 29 April)
    Intake.Builder provincial = denunciation("P-2023-0706", Level.PROVINCIAL).competentBodyReceived(date(2023, 3, 6));
    Petition within = accepted(provincial.congressOpening(date(2023, 4, 17)).build());
    Petition beyond = accepted(provincial.congressOpening(date(2023, 4, 18)).build());

    assertThat(within.congressHandover(CALENDAR)).contains(PetitionRuleBook.PARTY_CONGRESS_HANDOVER_ABOVE_GRASSROOTS);
    assertThat(beyond.congressHandover(CALENDAR)).isEmpty();
  }

  @Test
  void withoutACongressDayTheHandoverRuleHasNoEffect() {
    Petition petition = accepted(denunciation("P-2023-0707", Level.GRASSROOTS).build());

    assertThat(petition.congressHandover(CALENDAR)).isEmpty();
    assertThat(petition.deadline(PetitionStage.PARTY_RESOLUTION, CALENDAR, date(2023, 3, 8))).isPresent();
  }

  @Test
  void aCongressBeforeTheLetterArrivesOrOfAnotherChannelHandsNothingOver() {
    Intake opened =
        denunciation("P-2023-0708", Level.GRASSROOTS).congressOpening(date(2023, 3, 1)).build();
    assertThat(accepted(opened).congressHandover(CALENDAR)).isEmpty();
    Petition stateLaw =
        Petition.receive(
                denunciation("P-2023-0709", Level.GRASSROOTS).congressOpening(date(2023, 3, 10)).build(), CLERK)
            .classify(PetitionFixtures.eligibleWithin(), date(2023, 3, 2), CLERK);
    assertThat(stateLaw.congressHandover(CALENDAR)).isEmpty();
    Petition unleveled =
        accepted(
            intake("P-2023-0710", PetitionKind.DENUNCIATION, date(2023, 3, 1))
                .congressOpening(date(2023, 3, 10))
                .build());
    assertThat(unleveled.congressHandover(CALENDAR)).as("a rule of some levels needs the level").isEmpty();
  }

  @Test
  void theHandoverRulesRestOnTheReportedGuidanceAndAreUnconfirmed() {
    for (PetitionTimeLimit rule :
        new PetitionTimeLimit[] {
          PetitionRuleBook.PARTY_CONGRESS_HANDOVER, PetitionRuleBook.PARTY_CONGRESS_HANDOVER_ABOVE_GRASSROOTS
        }) {
      assertThat(rule.basis().instrument()).isEqualTo(Instruments.PARTY_INSPECTION_GUIDANCE);
      assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
      assertThat(rule.stage()).isEqualTo(PetitionStage.CONGRESS_HANDOVER);
      assertThat(PetitionRuleBook.standard().rule(rule.name())).contains(rule);
    }
    assertThat(PetitionRuleBook.PARTY_CONGRESS_HANDOVER.levels()).containsExactly(Level.GRASSROOTS);
    assertThat(PetitionRuleBook.PARTY_CONGRESS_HANDOVER_ABOVE_GRASSROOTS.levels()).doesNotContain(Level.GRASSROOTS);
    PetitionRuleBook without = PetitionRuleBook.standard().without("PARTY_CONGRESS_HANDOVER");
    Petition petition =
        Petition.receive(
                denunciation("P-2023-0711", Level.GRASSROOTS).congressOpening(date(2023, 3, 20)).build(),
                without,
                CLERK)
            .classify(partyChannelWithin(), date(2023, 3, 6), CLERK)
            .accept(date(2023, 3, 7), CHIEF);
    assertThat(petition.congressHandover(CALENDAR)).isEmpty();
  }
}
