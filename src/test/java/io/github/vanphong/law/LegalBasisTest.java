package io.github.vanphong.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalBasisTest {

  private static final LegalBasis DENUNCIATION_RESOLUTION =
      LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 30");

  @Test
  void aBasisCitesItsInstrumentAndArticle() {
    assertThat(DENUNCIATION_RESOLUTION.citation()).isEqualTo("Luật Tố cáo 25/2018/QH14, Điều 30");
    assertThat(DENUNCIATION_RESOLUTION.instrument()).isSameAs(Instruments.DENUNCIATIONS_LAW_2018);
    assertThat(DENUNCIATION_RESOLUTION.article()).isEqualTo("Điều 30");
  }

  @Test
  void aBasisIsInForceAndConfirmedAsItsInstrumentUnlessSaidOtherwise() {
    assertThat(DENUNCIATION_RESOLUTION.inForceFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(DENUNCIATION_RESOLUTION.confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(DENUNCIATION_RESOLUTION.toString()).isEqualTo("Luật Tố cáo 25/2018/QH14, Điều 30 [2019-01-01..)");
    LegalBasis ofAnEndedLaw = LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2011, "Điều 20");
    assertThat(ofAnEndedLaw.validity()).isEqualTo(Validity.parse("[2012-07-01..2018-12-31]"));
    LegalBasis ofAReportedRegulation = LegalBasis.of(Instruments.PARTY_REGULATION_11_2019, "Điều 4");
    assertThat(ofAReportedRegulation.confirmation()).isEqualTo(Confirmation.REPORTED);
  }

  @Test
  void anUnconfirmedBasisSaysSo() {
    LegalBasis reported =
        LegalBasis.builder()
            .instrument(Instrument.of("Báo cáo giao ban văn phòng cấp ủy Hậu Giang 2016", LocalDate.of(2016, 3, 1)))
            .article("định mức biên chế")
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    assertThat(reported.toString()).endsWith("[2016-03-01..) (unconfirmed)");
  }

  @Test
  void aBasisIsInForceOnlyOnItsDays() {
    LegalBasis oldSchedule =
        LegalBasis.builder()
            .instrument(Instruments.CITIZEN_RECEPTION_LAW_2013)
            .article("Điều 13")
            .inForceUntil(LocalDate.of(2025, 6, 30))
            .build();
    assertThat(oldSchedule.isInForceOn(LocalDate.of(2014, 6, 30))).isFalse();
    assertThat(oldSchedule.isInForceOn(LocalDate.of(2014, 7, 1))).isTrue();
    assertThat(oldSchedule.isInForceOn(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(oldSchedule.isInForceOn(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(oldSchedule.validity()).isEqualTo(Validity.parse("[2014-07-01..2025-06-30]"));
  }

  @Test
  void anArticleAddedByAnAmendmentIsCitedAsAmended() {
    LegalBasis suspension =
        LegalBasis.builder()
            .instrument(Instruments.COMPLAINTS_LAW_2011)
            .article("Điều 11a")
            .inForceFrom(LocalDate.of(2026, 7, 1))
            .addAsAmendedBy(Instruments.PETITION_LAWS_AMENDMENT_2025)
            .build();
    assertThat(suspension.citation())
        .isEqualTo("Luật Khiếu nại 02/2011/QH13 (sửa đổi bởi Luật 136/2025/QH15), Điều 11a");
    assertThat(suspension.isInForceOn(LocalDate.of(2026, 6, 30))).isFalse();
  }

  @Test
  void aBasisCannotBeCitedAsAmendedBeforeTheAmendment() {
    assertThatThrownBy(
            () ->
                LegalBasis.builder()
                    .instrument(Instruments.COMPLAINTS_LAW_2011)
                    .article("Điều 28")
                    .addAsAmendedBy(Instruments.PETITION_LAWS_AMENDMENT_2025)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Luật Khiếu nại 02/2011/QH13, Điều 28, in force from 2012-07-01, cannot be cited as amended by Luật"
                + " 136/2025/QH15, in force only from 2026-07-01");
  }

  @Test
  void aBasisCannotLieOutsideTheDaysOfItsInstrument() {
    assertThatThrownBy(
            () ->
                LegalBasis.builder()
                    .instrument(Instruments.CIRCULAR_07_2013_TTCP)
                    .article("Điều 5, khoản 1")
                    .inForceFrom(LocalDate.of(2012, 7, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Thông tư 07/2013/TT-TTCP, Điều 5, khoản 1 is in force [2012-07-01..), outside the days of its"
                + " instrument [2013-12-16..)");
    assertThatThrownBy(
            () ->
                LegalBasis.builder()
                    .instrument(Instruments.DENUNCIATIONS_LAW_2011)
                    .article("Điều 21")
                    .inForceUntil(LocalDate.of(2019, 6, 30))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outside the days of its instrument [2012-07-01..2018-12-31]");
  }

  @Test
  void aBasisCannotEndBeforeItComesIntoForce() {
    assertThatThrownBy(
            () ->
                LegalBasis.builder()
                    .instrument(Instruments.COMPLAINTS_LAW_2011)
                    .article("Điều 28")
                    .inForceUntil(LocalDate.of(2012, 6, 30))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Luật Khiếu nại 02/2011/QH13, Điều 28 cannot end (2012-06-30) before it comes into force (2012-07-01)");
  }

  @Test
  void aBasisNeedsAnArticle() {
    assertThatThrownBy(() -> LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a legal basis needs an article: ' ' of Luật Tố cáo 25/2018/QH14");
    assertThatThrownBy(() -> LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("article");
  }

  @Test
  void theArticleIsKeptInNfcWhateverFormItWasGivenIn() {
    String nfdArticle = Normalizer.normalize("Điều 30", Normalizer.Form.NFD);
    assertThat(nfdArticle).isNotEqualTo("Điều 30");
    LegalBasis fromNfd = LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, nfdArticle);
    assertThat(fromNfd.article()).isEqualTo("Điều 30");
    assertThat(fromNfd).isEqualTo(DENUNCIATION_RESOLUTION);
  }

  @Test
  void equalityCoversEveryField() {
    LocalDate from = LocalDate.of(2019, 1, 1);
    new EqualsTester()
        .addEqualityGroup(
            DENUNCIATION_RESOLUTION,
            LegalBasis.of(Instrument.builder().from(Instruments.DENUNCIATIONS_LAW_2018).build(), "Điều 30"))
        .addEqualityGroup(LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 31"))
        .addEqualityGroup(LegalBasis.of(Instrument.of("Luật Tố cáo 25/2018/QH14", from.minusDays(1)), "Điều 30"))
        .addEqualityGroup(
            LegalBasis.builder().from(DENUNCIATION_RESOLUTION).confirmation(Confirmation.REPORTED).build())
        .addEqualityGroup(
            LegalBasis.builder().from(DENUNCIATION_RESOLUTION).inForceFrom(LocalDate.of(2020, 1, 1)).build())
        .addEqualityGroup(
            LegalBasis.builder().from(DENUNCIATION_RESOLUTION).inForceUntil(LocalDate.of(2030, 1, 1)).build())
        .testEquals();
  }
}
