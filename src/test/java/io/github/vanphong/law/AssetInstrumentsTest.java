package io.github.vanphong.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The instruments of Party assets, declared in their own section of {@link Instruments}. */
class AssetInstrumentsTest {

  @Test
  void theDecreeOnPartyAssetsOf2017WasReplacedOnTheSecondOfFebruary2026() {
    Instrument decree2017 = Instruments.PARTY_ASSETS_DECREE_2017;
    assertThat(decree2017.isInForceOn(LocalDate.of(2026, 2, 1))).isTrue();
    assertThat(decree2017.isInForceOn(LocalDate.of(2026, 2, 2))).isFalse();
    assertThat(decree2017.replacedBy()).contains(Instruments.PARTY_ASSETS_DECREE_2026);
    assertThat(decree2017.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(Instruments.PARTY_ASSETS_DECREE_2026.inForceFrom()).isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(Instruments.PARTY_ASSETS_DECREE_2026.confirmation()).isEqualTo(Confirmation.REPORTED);
  }

  @Test
  void thePublicAssetsLawAndTheFixedAssetsCircularAreInForceFromTheirDays() {
    assertThat(Instruments.PUBLIC_ASSETS_LAW_2017.inForceFrom()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(Instruments.FIXED_ASSETS_CIRCULAR_2023.inForceFrom()).isEqualTo(LocalDate.of(2023, 6, 10));
    assertThat(Instruments.all())
        .contains(
            Instruments.PUBLIC_ASSETS_LAW_2017,
            Instruments.PARTY_ASSETS_DECREE_2017,
            Instruments.PARTY_ASSETS_DECREE_2026,
            Instruments.FIXED_ASSETS_CIRCULAR_2023);
  }
}
