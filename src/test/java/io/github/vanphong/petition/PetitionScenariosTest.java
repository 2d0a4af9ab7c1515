package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CHIEF;
import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static io.github.vanphong.petition.PetitionFixtures.INSPECTION_COMMITTEE;
import static io.github.vanphong.petition.PetitionFixtures.MEMBER;
import static io.github.vanphong.petition.PetitionFixtures.PEOPLES_COMMITTEE;
import static io.github.vanphong.petition.PetitionFixtures.eligibleOutside;
import static io.github.vanphong.petition.PetitionFixtures.eligibleWithin;
import static io.github.vanphong.petition.PetitionFixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.organization.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The scenarios of the petitions capability, each followed through its workflow and its deadlines; every due date
 * was counted by hand on the calendar (the day after the event is day 1; a last day that is not a working day moves
 * to the next working day, Bộ luật Dân sự 91/2015/QH13, Điều 147, 148).
 */
class PetitionScenariosTest {

  private static final PetitionRuleBook BOOK = PetitionRuleBook.standard();
  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static PetitionDeadline only(List<PetitionDeadline> deadlines, PetitionStage stage, ComplaintRound round) {
    List<PetitionDeadline> found =
        deadlines.stream().filter(d -> d.stage() == stage && d.round() == round).toList();
    assertThat(found).as("%s (%s) in %s", stage, round, deadlines).hasSize(1);
    return found.get(0);
  }

  private static PetitionDeadline only(List<PetitionDeadline> deadlines, PetitionStage stage) {
    return only(deadlines, stage, ComplaintRound.FIRST);
  }

  @Test
  void aDenunciationReceivedOnFriday4March2016ByTheProvincialOffice() {
    Petition received = PetitionFixtures.denunciationOf2016();

    // Luật Tố cáo 03/2011/QH13, Điều 20: 10 days to accept; day 1 is Saturday 5 March, day 10 Monday 14 March.
    List<PetitionDeadline> onReceipt = received.deadlines(CALENDAR, date(2016, 3, 4));
    assertThat(onReceipt).extracting(PetitionDeadline::stage).containsExactly(PetitionStage.ACCEPTANCE);
    PetitionDeadline acceptance = onReceipt.get(0);
    assertThat(acceptance.deadline().dueDate()).isEqualTo(date(2016, 3, 14));
    assertThat(acceptance.rule().name()).isEqualTo("DENUNCIATION_ACCEPTANCE_2011");
    assertThat(acceptance.status()).isEqualTo(DeadlineStatus.ON_TRACK);
    assertThat(acceptance.deadline().explain())
        .contains("2016-03-04 (Friday)")
        .contains("Luật Tố cáo 03/2011/QH13")
        .contains("Due: 2016-03-14 (Monday)");

    Petition accepted =
        received
            .classify(eligibleWithin(), date(2016, 3, 7), CLERK)
            .accept(date(2016, 3, 10), CHIEF)
            .startVerification(date(2016, 3, 11), CLERK);

    // 60 days from acceptance on 10 March: day 1 is 11 March, day 60 Monday 9 May 2016.
    List<PetitionDeadline> verifying = accepted.deadlines(CALENDAR, date(2016, 4, 1));
    assertThat(only(verifying, PetitionStage.ACCEPTANCE).status()).isEqualTo(DeadlineStatus.MET);
    PetitionDeadline resolution = only(verifying, PetitionStage.RESOLUTION);
    assertThat(resolution.deadline().dueDate()).isEqualTo(date(2016, 5, 9));
    assertThat(resolution.officeDuty()).isTrue();
    assertThat(resolution.status()).isEqualTo(DeadlineStatus.ON_TRACK);
    assertThat(accepted.deadlines(CALENDAR, date(2016, 5, 10)))
        .filteredOn(PetitionDeadline::isOverdue)
        .extracting(PetitionDeadline::stage)
        .containsExactly(PetitionStage.RESOLUTION);

    Petition concluded = accepted.resolve(Finding.PARTLY_WELL_FOUNDED, date(2016, 5, 6), CHIEF);
    assertThat(concluded.deadlines(CALENDAR, date(2016, 5, 10)))
        .extracting(PetitionDeadline::status)
        .containsOnly(DeadlineStatus.MET);
    assertThat(concluded.close(date(2016, 5, 20), CHIEF).isOpen()).isFalse();
  }

  @Test
  void theDeadlinesOnAPastDayUseTheHistoryKnownThatDay() {
    Petition accepted =
        PetitionFixtures.denunciationOf2016()
            .classify(eligibleWithin(), date(2016, 3, 7), CLERK)
            .accept(date(2016, 3, 10), CHIEF);

    List<PetitionDeadline> before = accepted.deadlines(CALENDAR, date(2016, 3, 9));

    assertThat(before).extracting(PetitionDeadline::stage).containsExactly(PetitionStage.ACCEPTANCE);
    assertThat(before.get(0).completedOn()).isEmpty();
    assertThat(before.get(0).status()).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(before.get(0).asOf()).isEqualTo(date(2016, 3, 9));
  }

  @Test
  void theDeadlinesAreNotAskedForBeforeTheDayReceived() {
    Petition received = PetitionFixtures.denunciationOf2016();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> received.deadlines(CALENDAR, date(2016, 3, 3)))
        .withMessageContaining("received on 2016-03-04");
  }

  @Test
  void aComplaintThatGoesToASecondComplaint() {
    Petition complaint =
        Petition.receive(intake("P-2019-0007", PetitionKind.COMPLAINT, date(2019, 3, 4)).build(), CLERK)
            .classify(eligibleWithin(), date(2019, 3, 5), CLERK)
            .accept(date(2019, 3, 11), CHIEF)
            .resolve(Finding.UNFOUNDED, date(2019, 4, 5), CHIEF)
            .notify(PetitionStage.DECISION_DISPATCH, date(2019, 4, 9), CLERK)
            .recordDecisionReceipt(date(2019, 4, 11), date(2019, 4, 12), CLERK);

    List<PetitionDeadline> firstRound = complaint.deadlines(CALENDAR, date(2019, 4, 20));
    // 10 working days to accept (Thông tư 07/2013/TT-TTCP): 5–8, 11–15, 18 March.
    assertThat(only(firstRound, PetitionStage.ACCEPTANCE).deadline().dueDate()).isEqualTo(date(2019, 3, 18));
    // 30 days to resolve (Luật Khiếu nại, Điều 28): 12 March to 10 April.
    assertThat(only(firstRound, PetitionStage.RESOLUTION).deadline().dueDate()).isEqualTo(date(2019, 4, 10));
    // 3 working days to send the decision: 8, 9, 10 April.
    PetitionDeadline dispatch = only(firstRound, PetitionStage.DECISION_DISPATCH);
    assertThat(dispatch.deadline().dueDate()).isEqualTo(date(2019, 4, 10));
    assertThat(dispatch.status()).isEqualTo(DeadlineStatus.MET);
    // 30 days for a second complaint (Điều 33.1) from the receipt of the decision, 11 April, end on Saturday 11 May,
    // so on Monday 13 May.
    PetitionDeadline window = only(firstRound, PetitionStage.SECOND_COMPLAINT_WINDOW);
    assertThat(window.deadline().eventDay()).isEqualTo(date(2019, 4, 11));
    assertThat(window.deadline().dueDate()).isEqualTo(date(2019, 5, 13));
    assertThat(window.officeDuty()).isFalse();
    assertThat(only(firstRound, PetitionStage.FINALITY).deadline().dueDate()).isEqualTo(date(2019, 5, 6));

    Petition second =
        complaint
            .lodgeSecondComplaint(date(2019, 4, 25), CLERK)
            .accept(date(2019, 5, 6), CHIEF)
            .resolve(Finding.PARTLY_WELL_FOUNDED, date(2019, 6, 14), CHIEF);

    List<PetitionDeadline> secondRound = second.deadlines(CALENDAR, date(2019, 6, 20));
    assertThat(only(secondRound, PetitionStage.SECOND_COMPLAINT_WINDOW).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(secondRound).noneMatch(d -> d.stage() == PetitionStage.FINALITY && d.round() == ComplaintRound.FIRST);
    // 10 working days to accept again: 26, 29 April, 2, 3, 6–10, 13 May (30 April and 1 May are holidays).
    assertThat(only(secondRound, PetitionStage.ACCEPTANCE, ComplaintRound.SECOND).deadline().dueDate())
        .isEqualTo(date(2019, 5, 13));
    // 45 days to resolve the second time (Điều 37): 7 May to 20 June.
    PetitionDeadline resolution = only(secondRound, PetitionStage.RESOLUTION, ComplaintRound.SECOND);
    assertThat(resolution.deadline().dueDate()).isEqualTo(date(2019, 6, 20));
    assertThat(resolution.rule().name()).isEqualTo("SECOND_COMPLAINT_RESOLUTION");
    assertThat(resolution.status()).isEqualTo(DeadlineStatus.MET);
    // Final 30 days after the decision of 14 June (Điều 44): Sunday 14 July, so Monday 15 July.
    assertThat(only(secondRound, PetitionStage.FINALITY, ComplaintRound.SECOND).deadline().dueDate())
        .isEqualTo(date(2019, 7, 15));

    Petition closed = second.recordFinality(date(2019, 7, 15), CLERK).close(date(2019, 7, 16), CHIEF);
    assertThat(closed.state()).isEqualTo(PetitionState.CLOSED);
    assertThat(Petition.replay(closed.intake(), closed.history())).isEqualTo(closed);
  }

  @Test
  void anAnonymousDenunciationIsNotProcessedUnderTheLaw() {
    Petition anonymous =
        Petition.receive(
                intake("P-2021-0031", PetitionKind.DENUNCIATION, date(2021, 3, 1))
                    .petitioners(Petitioners.anonymous())
                    .build(),
                CLERK)
            .classify(PetitionFixtures.withDefects(ProcessingDefect.NO_NAME_OR_ADDRESS), date(2021, 3, 2), CLERK);

    assertThatThrownBy(() -> anonymous.accept(date(2021, 3, 3), CHIEF)).isInstanceOf(PetitionWorkflowException.class);
    assertThatThrownBy(() -> anonymous.revealIdentity("xác minh", date(2021, 3, 3), CHIEF))
        .isInstanceOf(PetitionWorkflowException.class);
    Petition filed = anonymous.file(date(2021, 3, 3), CLERK);

    assertThat(filed.state()).isEqualTo(PetitionState.FILED);
    // 7 working days to process (Luật Tố cáo 25/2018/QH14, Điều 24): 2–5, 8–10 March.
    PetitionDeadline processing = only(filed.deadlines(CALENDAR, date(2021, 3, 31)), PetitionStage.PROCESSING);
    assertThat(processing.deadline().dueDate()).isEqualTo(date(2021, 3, 10));
    assertThat(processing.status()).isEqualTo(DeadlineStatus.MET);
    Petition refused =
        anonymous.refuse(RefusalReason.DENUNCIATION_ANONYMOUS, date(2021, 3, 3), CHIEF);
    assertThat(refused.state()).isEqualTo(PetitionState.REFUSED);
  }

  @Test
  void aDenunciationForwardedToTheCompetentBodyAfterFiveWorkingDays() {
    Petition petition =
        Petition.receive(intake("P-2022-0118", PetitionKind.DENUNCIATION, date(2022, 5, 16)).build(), CLERK)
            .classify(eligibleOutside(Recipient.RECEPTION_BOARD, Procedure.STATE_LAW), date(2022, 5, 17), CLERK);

    // 5 working days to forward (Luật Tố cáo, Điều 24, khoản 2): 17–20, 23 May.
    PetitionDeadline pending = only(petition.deadlines(CALENDAR, date(2022, 5, 23)), PetitionStage.FORWARDING);
    assertThat(pending.deadline().dueDate()).isEqualTo(date(2022, 5, 23));
    assertThat(pending.status()).isEqualTo(DeadlineStatus.DUE_TODAY);

    Petition forwarded = petition.forward(PEOPLES_COMMITTEE, date(2022, 5, 24), CLERK);
    List<PetitionDeadline> after = forwarded.deadlines(CALENDAR, date(2022, 5, 31));
    assertThat(only(after, PetitionStage.FORWARDING).status()).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(only(after, PetitionStage.PROCESSING).status()).isEqualTo(DeadlineStatus.MET);
    assertThat(forwarded.state()).isEqualTo(PetitionState.FORWARDED);
    assertThat(forwarded.isOpen()).isFalse();
  }

  @Test
  void aWithdrawnDenunciationStopsAndItsTimeLimitsEnd() {
    Petition accepted =
        Petition.receive(intake("P-2023-0200", PetitionKind.DENUNCIATION, date(2023, 8, 1)).build(), CLERK)
            .classify(eligibleWithin(), date(2023, 8, 2), CLERK)
            .accept(date(2023, 8, 4), CHIEF);

    Petition withdrawn = accepted.withdraw(Withdrawal.whole(), date(2023, 8, 15), CLERK);

    assertThat(withdrawn.state()).isEqualTo(PetitionState.WITHDRAWN);
    PetitionDeadline resolution =
        only(withdrawn.deadlines(CALENDAR, date(2023, 12, 1)), PetitionStage.RESOLUTION);
    assertThat(resolution.completedOn()).contains(date(2023, 8, 15));
    assertThat(resolution.isOverdue()).isFalse();
    assertThat(only(withdrawn.deadlines(CALENDAR, date(2023, 12, 1)), PetitionStage.ACCEPTANCE_NOTICE)
            .completedOn())
        .contains(date(2023, 8, 15));
  }

  @Test
  void aComplaintReceivedAfter1July2026FollowsTheUnconfirmedAmendedLimit() {
    Petition complaint =
        Petition.receive(
            intake("P-2026-0911", PetitionKind.COMPLAINT, date(2026, 7, 1)).channel(Channel.ONLINE).build(), CLERK);

    // 7 working days (Nghị định 155/2026/NĐ-CP, unconfirmed): 2, 3, 6–10 July.
    PetitionDeadline acceptance = only(complaint.deadlines(CALENDAR, date(2026, 7, 8)), PetitionStage.ACCEPTANCE);
    assertThat(acceptance.deadline().dueDate()).isEqualTo(date(2026, 7, 10));
    assertThat(acceptance.status()).isEqualTo(DeadlineStatus.DUE_SOON);
    assertThat(acceptance.rule().name()).isEqualTo("COMPLAINT_ACCEPTANCE_FROM_2026");
    assertThat(acceptance.rule().basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);

    Petition suspended =
        complaint
            .classify(eligibleWithin(), date(2026, 7, 2), CLERK)
            .accept(date(2026, 7, 6), CHIEF)
            .suspend("chờ kết quả giám định", date(2026, 7, 20), CHIEF)
            .resume(date(2026, 7, 30), CHIEF);
    // 30 days from 6 July end on 5 August; the 10 days suspended (20–29 July) move it to Saturday 15 August,
    // so Monday 17 August.
    PetitionDeadline resolution =
        only(suspended.deadlines(CALENDAR, date(2026, 8, 3)), PetitionStage.RESOLUTION);
    assertThat(resolution.deadline().dueDate()).isEqualTo(date(2026, 8, 17));
    assertThat(resolution.deadline().explain()).contains("Điều 11a");
  }

  @Test
  void anOpenSuspensionRunsToTheDayAskedAbout() {
    Petition suspended =
        Petition.receive(intake("P-2023-0300", PetitionKind.DENUNCIATION, date(2023, 8, 1)).build(), CLERK)
            .classify(eligibleWithin(), date(2023, 8, 2), CLERK)
            .accept(date(2023, 8, 4), CHIEF)
            .suspend("chờ giám định", date(2023, 8, 10), CHIEF);

    // 30 days from 4 August end on 3 September; suspended from 10 to 20 August (11 days) they end on
    // 14 September.
    PetitionDeadline resolution =
        only(suspended.deadlines(CALENDAR, date(2023, 8, 20)), PetitionStage.RESOLUTION);

    assertThat(resolution.deadline().dueDate()).isEqualTo(date(2023, 9, 14));
    assertThat(resolution.deadline().explain()).contains("Luật Tố cáo 25/2018/QH14, Điều 34");
  }

  @Test
  void aDenunciationOfAPartyMemberGoesToThePartysChannel() {
    Petition atTheOffice =
        Petition.receive(
                intake("P-2020-0415", PetitionKind.DENUNCIATION, date(2020, 6, 1))
                    .subject(Subject.partyMember(MEMBER, "vi phạm quy định về những điều đảng viên không được làm"))
                    .build(),
                CLERK)
            .classify(eligibleOutside(Recipient.INSPECTION_COMMITTEE, Procedure.PARTY_RULES), date(2020, 6, 2), CLERK)
            .forward(INSPECTION_COMMITTEE, date(2020, 6, 3), CLERK);

    assertThat(atTheOffice.procedure()).isEqualTo(Procedure.PARTY_RULES);
    assertThat(atTheOffice.history().get(2).destination()).contains(INSPECTION_COMMITTEE);
    assertThat(atTheOffice.deadlines(CALENDAR, date(2020, 6, 30)))
        .extracting(PetitionDeadline::stage, PetitionDeadline::status)
        .contains(
            org.assertj.core.groups.Tuple.tuple(PetitionStage.FORWARDING, DeadlineStatus.MET),
            org.assertj.core.groups.Tuple.tuple(PetitionStage.PROCESSING, DeadlineStatus.MET));

    Petition atTheInspectionCommittee =
        Petition.receive(
                intake("UBKT-2020-0052", PetitionKind.DENUNCIATION, date(2020, 6, 5))
                    .channel(Channel.FORWARDED)
                    .receivingUnit(INSPECTION_COMMITTEE)
                    .level(Level.PROVINCIAL)
                    .subject(atTheOffice.intake().subject())
                    .addLinks(Link.of(LinkKind.ESCALATION, atTheOffice.id()))
                    .build(),
                CLERK)
            .classify(
                PetitionFixtures.partyChannelWithin(),
                date(2020, 6, 8),
                CLERK)
            .accept(date(2020, 6, 10), CHIEF);

    // 90 working days (Quy định 30-QĐ/TW and its guidance, reported) from 5 June 2020: the 90th is 12 October.
    PetitionDeadline party =
        only(atTheInspectionCommittee.deadlines(CALENDAR, date(2020, 7, 1)), PetitionStage.PARTY_RESOLUTION);
    assertThat(party.deadline().dueDate()).isEqualTo(date(2020, 10, 12));
    assertThat(party.rule().basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(atTheInspectionCommittee.deadlines(CALENDAR, date(2020, 7, 1)))
        .noneMatch(d -> d.stage() == PetitionStage.RESOLUTION);
    Petition levelUnknown =
        Petition.replay(
            Intake.builder().from(atTheInspectionCommittee.intake()).level(Optional.empty()).build(), atTheInspectionCommittee.history());
    assertThat(levelUnknown.deadlines(CALENDAR, date(2020, 7, 1)))
        .as("the Party's limits differ at the central level, so they need the level")
        .noneMatch(d -> d.stage() == PetitionStage.PARTY_RESOLUTION);
  }

  @Test
  void aMatterReceivedInPersonIsAnsweredWithinTenWorkingDays() {
    Petition inPerson =
        Petition.receive(
            intake("TCD-2024-0077", PetitionKind.RECOMMENDATION, date(2024, 4, 22))
                .channel(Channel.IN_PERSON)
                .subject(Subject.of(SubjectKind.POLICY, "chính sách hỗ trợ người có công"))
                .summary("kiến nghị về chính sách")
                .build(),
            CLERK);

    // 10 working days (Luật Tiếp công dân, Điều 28): 23–26 April; 2, 3 May; Saturday 4 May, worked in exchange for
    // Monday 29 April (Thông báo 1570/TB-LĐTBXH); 6–8 May. 29 April to 1 May are off.
    PetitionDeadline notice = only(inPerson.deadlines(CALENDAR, date(2024, 5, 2)), PetitionStage.RECEIPT_NOTICE);
    assertThat(notice.deadline().dueDate()).isEqualTo(date(2024, 5, 8));
    Petition notified = inPerson.notify(PetitionStage.RECEIPT_NOTICE, date(2024, 5, 3), CLERK);
    assertThat(only(notified.deadlines(CALENDAR, date(2024, 5, 3)), PetitionStage.RECEIPT_NOTICE).completedOn())
        .isEqualTo(Optional.of(date(2024, 5, 3)));
  }
}
