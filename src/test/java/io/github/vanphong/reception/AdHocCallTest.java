package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.petition.PetitionId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AdHocCallTest {

  @Test
  void aCallNamesThePostTheCaseAndTheSessionThatAnsweredIt() {
    AdHocCall call =
        AdHocCall.builder()
            .day(LocalDate.of(2016, 2, 24))
            .post(HG_CHAIR)
            .ground(AdHocGround.COMPLEX_OR_MASS)
            .petition(PetitionId.of("P-2016-0050"))
            .answeredBy(SessionId.of("DX-2016-02-25"))
            .build();
    assertThat(call)
        .hasToString("2016-02-24 Chair of HG-UBND: COMPLEX_OR_MASS (P-2016-0050), answered by DX-2016-02-25");
    assertThat(
            AdHocCall.builder()
                .day(LocalDate.of(2016, 2, 24))
                .post(HG_CHAIR)
                .ground(AdHocGround.SERIOUS_HARM)
                .build()
                .toString())
        .endsWith("SERIOUS_HARM, not answered");
  }
}
