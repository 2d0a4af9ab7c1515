package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.testing.PetitionArbitraries;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The days the law counts from, over generated petitions: the window for a second complaint from the receipt of the
 * first decision or the expiry of the first round's time limit (Luật Khiếu nại 02/2011/QH13, Điều 33, khoản 1), never
 * the day of a decision received later; a result relayed only to a citizen who asked for it (Luật Tiếp công dân
 * 42/2013/QH13, Điều 28, khoản 2); the Party's time limit from the day the competent Party body received the letter,
 * and none for the outgoing committee when a congress takes the denunciation over.
 */
class PetitionStartDayProperties {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();

  @Provide
  Arbitrary<Petition> petitions() {
    return PetitionArbitraries.petitions();
  }

  private static Optional<LocalDate> firstRound(Petition petition, PetitionCommand command, LocalDate day) {
    for (PetitionEvent event : petition.history()) {
      if (event.on().isAfter(day) || event.command() == PetitionCommand.LODGE_SECOND_COMPLAINT) {
        return Optional.empty();
      }
      if (event.command() == command) {
        return Optional.of(event.on());
      }
    }
    return Optional.empty();
  }

  @Property(tries = 300)
  void theSecondComplaintWindowCountsFromTheReceiptOfTheDecisionOrTheExpiry_Dieu33(
      @ForAll("petitions") Petition petition, @ForAll @IntRange(min = 0, max = 120) int later) {
    LocalDate day = petition.lastEventDay().plusDays(later);
    Optional<PetitionDeadline> window = petition.deadline(PetitionStage.SECOND_COMPLAINT_WINDOW, VIETNAM, day);
    if (window.isEmpty()) {
      return;
    }
    LocalDate start = window.get().deadline().eventDay();
    Optional<LocalDate> delivered =
        petition.history().stream()
            .filter(e -> e.command() == PetitionCommand.RECORD_DECISION_RECEIPT && !e.on().isAfter(day))
            .findFirst()
            .flatMap(PetitionEvent::deliveredOn);
    if (delivered.isPresent()) {
      assertThat(start).isEqualTo(delivered.get());
    } else {
      PetitionDeadline resolution =
          petition.deadlines(VIETNAM, day).stream()
              .filter(d -> d.stage() == PetitionStage.RESOLUTION && d.round() == ComplaintRound.FIRST)
              .findFirst()
              .orElseThrow();
      assertThat(start).isEqualTo(resolution.deadline().dueDate()).isBefore(day);
      firstRound(petition, PetitionCommand.RESOLVE, day)
          .ifPresent(decided -> assertThat(decided).as("decided late").isAfter(start));
    }
    assertThat(window.get().officeDuty()).isFalse();
  }

  @Property(tries = 300)
  void aResultIsRelayedOnlyToACitizenWhoAskedForIt_Dieu28_2(
      @ForAll("petitions") Petition petition, @ForAll @IntRange(min = 0, max = 60) int later) {
    LocalDate day = petition.lastEventDay().plusDays(later);
    Optional<PetitionDeadline> relay = petition.deadline(PetitionStage.RESULT_RELAY, VIETNAM, day);
    boolean resultArrived = petition.history().stream().anyMatch(e -> e.command() == PetitionCommand.RECORD_RESULT);

    assertThat(relay.isPresent())
        .isEqualTo(
            petition.intake().resultRequested()
                && resultArrived
                && PetitionRuleBook.standard()
                    .limitFor(
                        PetitionStage.RESULT_RELAY, petition.kind(), Circumstances.ordinary(), petition.received())
                    .isPresent());
  }

  @Property(tries = 300)
  void thePartyTimeLimitRunsFromTheCompetentBodysReceiptUnlessACongressTakesItOver(
      @ForAll("petitions") Petition petition, @ForAll @IntRange(min = 0, max = 60) int later) {
    LocalDate day = petition.lastEventDay().plusDays(later);
    Optional<PetitionDeadline> party = petition.deadline(PetitionStage.PARTY_RESOLUTION, VIETNAM, day);

    party.ifPresent(
        deadline -> assertThat(deadline.deadline().eventDay()).isEqualTo(petition.intake().partyDayReceived()));
    if (petition.congressHandover(VIETNAM).isPresent()) {
      assertThat(party).isEmpty();
      assertThat(petition.intake().congressOpening()).isPresent();
    }
    if (petition.intake().congressOpening().isEmpty()) {
      assertThat(petition.congressHandover(VIETNAM)).isEmpty();
    }
  }
}
