package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.OFFICER;
import static io.github.vanphong.reception.ReceptionFixtures.identity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.Petitioners;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SessionEventTest {

  private static final LocalDate DAY = LocalDate.of(2016, 3, 10);

  private static SessionEvent.Builder event(SessionCommand command) {
    return SessionEvent.builder().command(command).on(DAY).by(OFFICER);
  }

  @Test
  void eachCommandCarriesItsOwnDataAndNoOther() {
    assertThatThrownBy(() -> event(SessionCommand.RECEIVE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RECEIVE carries a matter; none was given");
    assertThatThrownBy(() -> event(SessionCommand.END).ground(RefusalGround.DRAWN_OUT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("END does not carry a ground of refusal");
    assertThatThrownBy(() -> event(SessionCommand.REFUSE).ground(RefusalGround.DRAWN_OUT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the citizens refused");
    assertThatThrownBy(() -> event(SessionCommand.END).earlier(PetitionId.of("P-1")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> event(SessionCommand.NOTIFY_REFUSAL).refusal(0).reference("1/TB").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from 1");
    assertThatThrownBy(() -> event(SessionCommand.ISSUE_CONCLUSION_NOTICE).reference(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(event(SessionCommand.END).build().toString()).isEqualTo("2016-03-10 END by TCD-CB-01");
  }

  @Test
  void aRefusalShowsItsOpenFactsAndItsRedactedCopyNoIdentity() {
    SessionEvent refusal =
        event(SessionCommand.REFUSE)
            .ground(RefusalGround.DRAWN_OUT)
            .citizens(Petitioners.one(identity("Lương Văn Lộc")))
            .earlier(PetitionId.of("P-2015-0031"))
            .build();
    assertThat(refusal)
        .hasToString("2016-03-10 REFUSE DRAWN_OUT by TCD-CB-01, ONE_PERSON(1), earlier P-2015-0031");
    assertThat(refusal.redacted().citizens().orElseThrow().isRedacted()).isTrue();
    SessionEvent end = event(SessionCommand.END).build();
    assertThat(end.redacted()).isSameAs(end);
  }
}
