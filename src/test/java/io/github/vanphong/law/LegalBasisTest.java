package io.github.vanphong.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.text.Normalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LegalBasisTest {

  private static final LegalBasis DENUNCIATION_RESOLUTION =
      LegalBasis.of("Luật Tố cáo 25/2018/QH14", "Điều 30", LocalDate.of(2019, 1, 1));

  @Test
  void aBasisCitesItsInstrumentAndArticle() {
    assertThat(DENUNCIATION_RESOLUTION.citation()).isEqualTo("Luật Tố cáo 25/2018/QH14, Điều 30");
    assertThat(DENUNCIATION_RESOLUTION.instrument()).isEqualTo("Luật Tố cáo 25/2018/QH14");
    assertThat(DENUNCIATION_RESOLUTION.article()).isEqualTo("Điều 30");
  }

  @Test
  void aBasisIsVerifiedUnlessSaidOtherwise() {
    assertThat(DENUNCIATION_RESOLUTION.confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(DENUNCIATION_RESOLUTION.toString()).isEqualTo("Luật Tố cáo 25/2018/QH14, Điều 30 [2019-01-01..)");
  }

  @Test
  void anUnconfirmedBasisSaysSo() {
    LegalBasis reported =
        LegalBasis.builder()
            .instrument("Báo cáo giao ban văn phòng cấp ủy Hậu Giang 2016")
            .article("định mức biên chế")
            .inForceFrom(LocalDate.of(2016, 3, 1))
            .confirmation(Confirmation.UNCONFIRMED)
            .build();
    assertThat(reported.toString()).endsWith("[2016-03-01..) (unconfirmed)");
  }

  @Test
  void aBasisIsInForceOnlyOnItsDays() {
    LegalBasis oldSchedule =
        LegalBasis.builder()
            .instrument("Luật Tiếp công dân 42/2013/QH13")
            .article("Điều 13")
            .inForceFrom(LocalDate.of(2014, 7, 1))
            .inForceUntil(LocalDate.of(2025, 6, 30))
            .build();
    assertThat(oldSchedule.isInForceOn(LocalDate.of(2014, 6, 30))).isFalse();
    assertThat(oldSchedule.isInForceOn(LocalDate.of(2014, 7, 1))).isTrue();
    assertThat(oldSchedule.isInForceOn(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(oldSchedule.isInForceOn(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(oldSchedule.validity()).isEqualTo(Validity.parse("[2014-07-01..2025-06-30]"));
    assertThat(DENUNCIATION_RESOLUTION.validity()).isEqualTo(Validity.from(LocalDate.of(2019, 1, 1)));
  }

  @Test
  void aBasisCannotEndBeforeItComesIntoForce() {
    assertThatThrownBy(
            () ->
                LegalBasis.builder()
                    .instrument("Luật Khiếu nại 02/2011/QH13")
                    .article("Điều 28")
                    .inForceFrom(LocalDate.of(2012, 7, 1))
                    .inForceUntil(LocalDate.of(2012, 6, 30))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Luật Khiếu nại 02/2011/QH13 cannot end (2012-06-30) before it comes into force (2012-07-01)");
  }

  @Test
  void aBasisNeedsAnInstrumentAndAnArticle() {
    assertThatThrownBy(() -> LegalBasis.of(" ", "Điều 1", LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a legal basis needs an instrument: ' '");
    assertThatThrownBy(() -> LegalBasis.of("Luật Tố cáo 25/2018/QH14", "", LocalDate.of(2019, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a legal basis needs an article: '' of Luật Tố cáo 25/2018/QH14");
  }

  @Test
  void textIsKeptInNfcWhateverFormItWasGivenIn() {
    String nfd = Normalizer.normalize("Luật Tố cáo 25/2018/QH14", Normalizer.Form.NFD);
    String nfdArticle = Normalizer.normalize("Điều 30", Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo("Luật Tố cáo 25/2018/QH14");
    LegalBasis fromNfd = LegalBasis.of(nfd, nfdArticle, LocalDate.of(2019, 1, 1));
    assertThat(fromNfd.instrument()).isEqualTo("Luật Tố cáo 25/2018/QH14");
    assertThat(fromNfd.article()).isEqualTo("Điều 30");
    assertThat(fromNfd).isEqualTo(DENUNCIATION_RESOLUTION);
    LegalBasis onlyArticleNfd = LegalBasis.of("Luật Tố cáo 25/2018/QH14", nfdArticle, LocalDate.of(2019, 1, 1));
    assertThat(onlyArticleNfd).isEqualTo(DENUNCIATION_RESOLUTION);
  }

  @Test
  void equalityCoversEveryField() {
    LocalDate from = LocalDate.of(2019, 1, 1);
    new EqualsTester()
        .addEqualityGroup(DENUNCIATION_RESOLUTION, LegalBasis.of("Luật Tố cáo 25/2018/QH14", "Điều 30", from))
        .addEqualityGroup(LegalBasis.of("Luật Tố cáo 25/2018/QH14", "Điều 31", from))
        .addEqualityGroup(LegalBasis.of("Luật Tố cáo 25/2018/QH14", "Điều 30", from.plusDays(1)))
        .addEqualityGroup(
            LegalBasis.builder().from(DENUNCIATION_RESOLUTION).confirmation(Confirmation.REPORTED).build())
        .addEqualityGroup(
            LegalBasis.builder().from(DENUNCIATION_RESOLUTION).inForceUntil(LocalDate.of(2030, 1, 1)).build())
        .testEquals();
  }
}
