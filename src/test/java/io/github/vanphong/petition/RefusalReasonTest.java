package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RefusalReasonTest {

  @Test
  void everyReasonLoadsWithItsBases() {
    // The Party's reasons read the first day of Quy định 22-QĐ/TW while the enum initialises; it must be set then.
    assertThat(RefusalReason.values()).hasSize(21).allSatisfy(r -> assertThat(r.bases()).isNotEmpty());
  }

  @Test
  void thePartysReasonsRestOnQuyDinh30UntilQuyDinh22() {
    LegalBasis qd30 = RefusalReason.PARTY_VAGUE.basisOn(LocalDate.of(2021, 7, 27)).orElseThrow();
    LegalBasis qd22 = RefusalReason.PARTY_VAGUE.basisOn(LocalDate.of(2021, 7, 28)).orElseThrow();
    assertThat(qd30.instrument()).isEqualTo("Quy định 30-QĐ/TW");
    assertThat(qd30.inForceFrom()).isEqualTo(LocalDate.of(2016, 7, 26));
    assertThat(qd30.confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(qd22.instrument()).isEqualTo("Quy định 22-QĐ/TW");
    assertThat(qd22.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(RefusalReason.PARTY_VAGUE.basisOn(LocalDate.of(2016, 7, 25))).isEmpty();
  }

  @Test
  void aComplaintReasonRestsOnArticle11OfTheComplaintsLawFrom2012() {
    assertThat(RefusalReason.COMPLAINT_TIME_LIMIT_EXPIRED.basisOn(LocalDate.of(2012, 6, 30))).isEmpty();
    assertThat(RefusalReason.COMPLAINT_TIME_LIMIT_EXPIRED.basisOn(LocalDate.of(2012, 7, 1)).orElseThrow().article())
        .isEqualTo("Điều 11, khoản 6");
    assertThat(RefusalReason.DENUNCIATION_NO_BASIS.basisOn(LocalDate.of(2018, 12, 31))).isEmpty();
    assertThat(RefusalReason.DENUNCIATION_NO_BASIS.basisOn(LocalDate.of(2019, 1, 1))).isPresent();
    assertThatNullPointerException().isThrownBy(() -> RefusalReason.PARTY_VAGUE.basisOn(null));
  }

  @Test
  void aReasonBelongsToOneKindAndOneProcedure() {
    assertThat(Arrays.stream(RefusalReason.values()).filter(r -> r.kinds().contains(PetitionKind.COMPLAINT)))
        .hasSize(9)
        .allSatisfy(r -> assertThat(r.procedure()).isEqualTo(Procedure.STATE_LAW));
    assertThat(Arrays.stream(RefusalReason.values()).filter(r -> r.procedure() == Procedure.PARTY_RULES))
        .hasSize(7)
        .allSatisfy(r -> assertThat(r.kinds()).containsExactly(PetitionKind.DENUNCIATION));
    assertThat(RefusalReason.DENUNCIATION_ANONYMOUS.kinds()).containsExactly(PetitionKind.DENUNCIATION);
    assertThat(RefusalReason.DENUNCIATION_ANONYMOUS.procedure()).isEqualTo(Procedure.STATE_LAW);
  }
}
