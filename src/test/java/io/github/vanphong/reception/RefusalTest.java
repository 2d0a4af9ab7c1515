package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.OFFICER;
import static io.github.vanphong.reception.ReceptionFixtures.VIETNAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.petition.Petitioners;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RefusalTest {

  private static final LocalDate THURSDAY = LocalDate.of(2016, 3, 10);

  private static ImmutableRefusal.Builder refusal(RefusalRule rule) {
    return ImmutableRefusal.builder()
        .number(1)
        .ground(rule.ground())
        .rule(rule)
        .on(THURSDAY)
        .by(OFFICER)
        .citizens(Petitioners.anonymous());
  }

  @Test
  void aWrittenNoticeIsPendingUntilIssuedAndJudgedByItsDeadline() {
    Refusal pending = refusal(ReceptionRuleBook.REFUSAL_DRAWN_OUT).build();
    assertThat(pending.isNoticePending()).isTrue();
    assertThat(pending.noticeStatusOn(VIETNAM, LocalDate.of(2016, 3, 14))).contains(DeadlineStatus.DUE_SOON);
    assertThat(pending.noticeStatusOn(VIETNAM, LocalDate.of(2016, 3, 15))).contains(DeadlineStatus.DUE_TODAY);
    assertThat(pending.toString()).endsWith("written notice pending]");
    Refusal late = pending.notified(LocalDate.of(2016, 3, 17), "07/TB-TCD");
    assertThat(late.isNoticePending()).isFalse();
    assertThat(late.noticeStatusOn(VIETNAM, LocalDate.of(2016, 3, 18))).contains(DeadlineStatus.MET_LATE);
    assertThat(late)
        .hasToString(
            "Refusal[1: DRAWN_OUT on 2016-03-10 under REFUSAL_DRAWN_OUT, ANONYMOUS(1), notified 2016-03-17"
                + " (07/TB-TCD)]");
  }

  @Test
  void aSpokenExplanationHasNoNoticeToJudge() {
    Refusal spoken = refusal(ReceptionRuleBook.REFUSAL_THREATENING).build();
    assertThat(spoken.needsWrittenNotice()).isFalse();
    assertThat(spoken.isNoticePending()).isFalse();
    assertThat(spoken.noticeStatusOn(VIETNAM, THURSDAY)).isEmpty();
    assertThatThrownBy(() -> spoken.notified(THURSDAY, "1/TB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("explained in person");
  }

  @Test
  void aRefusalCitesTheRuleOfItsGroundAndANoticeComesOnOrAfterIt() {
    assertThatThrownBy(() -> refusal(ReceptionRuleBook.REFUSAL_DRAWN_OUT).ground(RefusalGround.THREATENING).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another ground");
    assertThatThrownBy(
            () ->
                refusal(ReceptionRuleBook.REFUSAL_DRAWN_OUT)
                    .notifiedOn(THURSDAY.minusDays(1))
                    .noticeReference("1/TB")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on or after");
    assertThatThrownBy(() -> refusal(ReceptionRuleBook.REFUSAL_DRAWN_OUT).notifiedOn(THURSDAY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its day and its number");
    assertThatThrownBy(() -> refusal(ReceptionRuleBook.REFUSAL_DRAWN_OUT).number(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRedactedCopyHidesTheCitizens() {
    Refusal refusal =
        refusal(ReceptionRuleBook.REFUSAL_DRAWN_OUT)
            .citizens(Petitioners.one(ReceptionFixtures.identity("Dương Thị Thắm")))
            .build();
    Refusal redacted = refusal.redacted();
    assertThat(redacted.citizens().isRedacted()).isTrue();
    assertThat(redacted.redacted()).isSameAs(redacted);
  }
}
