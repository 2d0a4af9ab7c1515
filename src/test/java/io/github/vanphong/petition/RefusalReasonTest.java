package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RefusalReasonTest {

  @Test
  void theComplaintsLawGivesNineReasonsNotToAccept() {
    assertThat(Arrays.stream(RefusalReason.values()).filter(r -> r.kinds().contains(PetitionKind.COMPLAINT)))
        .hasSize(9)
        .allSatisfy(
            r -> {
              assertThat(r.bases()).singleElement().satisfies(b -> {
                assertThat(b.instrument().name()).isEqualTo("Luật Khiếu nại 02/2011/QH13");
                assertThat(b.article()).startsWith("Điều 11, khoản ");
              });
              assertThat(r.procedure()).isEqualTo(Procedure.STATE_LAW);
            });
    assertThat(RefusalReason.COMPLAINT_BEFORE_COURT.bases().get(0).article()).isEqualTo("Điều 11, khoản 9");
  }

  @Test
  void anAnonymousDenunciationIsRefusedUnderArticle25() {
    RefusalReason reason = RefusalReason.DENUNCIATION_ANONYMOUS;

    assertThat(reason.kinds()).containsExactly(PetitionKind.DENUNCIATION);
    assertThat(reason.basisOn(LocalDate.of(2019, 1, 1))).hasValueSatisfying(b -> assertThat(b.article()).isEqualTo("Điều 25"));
    assertThat(reason.basisOn(LocalDate.of(2018, 12, 31))).isEmpty();
  }

  @Test
  void thePartysReasonsRestOnQuyDinh30ThenUnconfirmedOnQuyDinh22And296() {
    RefusalReason reason = RefusalReason.PARTY_SIGNED_BY_SEVERAL;

    assertThat(reason.procedure()).isEqualTo(Procedure.PARTY_RULES);
    assertThat(reason.kinds()).containsExactly(PetitionKind.DENUNCIATION);
    assertThat(reason.basisOn(LocalDate.of(2016, 7, 25))).isEmpty();
    assertThat(reason.basisOn(LocalDate.of(2016, 7, 26)))
        .hasValueSatisfying(
            b -> {
              assertThat(b.instrument().name()).isEqualTo("Quy định 30-QĐ/TW");
              assertThat(b.confirmation()).isEqualTo(Confirmation.REPORTED);
            });
    assertThat(reason.basisOn(LocalDate.of(2021, 7, 27))).hasValueSatisfying(b -> assertThat(b.instrument().name()).isEqualTo("Quy định 30-QĐ/TW"));
    assertThat(reason.basisOn(LocalDate.of(2021, 7, 28)))
        .hasValueSatisfying(
            b -> {
              assertThat(b.instrument().name()).isEqualTo("Quy định 22-QĐ/TW");
              assertThat(b.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
            });
    assertThat(reason.basisOn(LocalDate.of(2025, 5, 30)))
        .hasValueSatisfying(
            b -> {
              assertThat(b.instrument()).isEqualTo(Instruments.PARTY_REGULATION_296_2025);
              assertThat(b.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
            });
  }

  @Test
  void theDayIsRequired() {
    assertThatNullPointerException().isThrownBy(() -> RefusalReason.COMPLAINT_UNSIGNED.basisOn(null));
  }

  @Test
  void reasonsAreNamedInBothLanguages() {
    assertThat(RefusalReason.DENUNCIATION_ANONYMOUS.vietnameseName())
        .isEqualTo("Tố cáo giấu tên, mạo danh, không rõ địa chỉ");
    assertThat(RefusalReason.COMPLAINT_NO_CAPACITY.englishName()).isEqualTo("Complainant without capacity");
  }
}
