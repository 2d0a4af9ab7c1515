package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.HG_PCT1;
import static io.github.vanphong.reception.ReceptionFixtures.HG_VICE_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.opening;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionOpeningTest {

  @Test
  void aDeputyStandingInMeetsTheHeadsDuty() {
    SessionOpening own = opening("TCD-1", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC);
    SessionOpening standIn =
        SessionOpening.builder()
            .from(opening("TCD-2", HG_VICE_CHAIR, HG_PCT1, SessionKind.HEAD_PERIODIC))
            .onBehalfOf(HG_CHAIR)
            .build();
    assertThat(own.dutyPost()).isEqualTo(HG_CHAIR);
    assertThat(standIn.dutyPost()).isEqualTo(HG_CHAIR);
    assertThat(standIn)
        .hasToString(
            "TCD-2: HEAD_PERIODIC by HG-PCT1 as Vice Chair of HG-UBND for Chair of HG-UBND at"
                + " PROVINCIAL_RECEPTION_OFFICE");
  }

  @Test
  void anAdHocSessionNamesItsCaseAndOnlyItDoes() {
    SessionOpening adHoc = opening("TCD-3", HG_CHAIR, HG_CT1, SessionKind.HEAD_AD_HOC);
    assertThat(adHoc.adHocGround()).contains(AdHocGround.COMPLEX_OR_MASS);
    assertThat(adHoc.toString()).endsWith("(COMPLEX_OR_MASS)");
    assertThatThrownBy(() -> SessionOpening.builder().from(adHoc).kind(SessionKind.HEAD_PERIODIC).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TCD-3");
    assertThatThrownBy(
            () ->
                SessionOpening.builder()
                    .from(adHoc)
                    .adHocGround(java.util.Optional.empty())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no case");
  }

  @Test
  void aDeputyStandsInForTheHeadsOwnReceptionAndForAnotherPost() {
    SessionOpening regular = opening("TCD-4", HG_VICE_CHAIR, HG_PCT1, SessionKind.REGULAR);
    assertThatThrownBy(() -> SessionOpening.builder().from(regular).onBehalfOf(HG_CHAIR).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REGULAR");
    SessionOpening periodic = opening("TCD-5", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC);
    assertThatThrownBy(() -> SessionOpening.builder().from(periodic).onBehalfOf(HG_CHAIR).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another post");
  }
}
