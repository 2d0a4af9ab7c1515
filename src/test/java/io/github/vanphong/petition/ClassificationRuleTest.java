package io.github.vanphong.petition;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationRuleTest {

  private static final LegalBasis OLD =
      LegalBasis.builder()
          .instrument(Instrument.of("Quy chế 01-QC/TU (ví dụ)", LocalDate.of(2015, 1, 1)))
          .article("Điều 3")
          
          .confirmation(Confirmation.UNCONFIRMED)
          .build();
  private static final LegalBasis NEW =
      LegalBasis.builder()
          .instrument(Instrument.of("Quy chế 02-QC/TU (ví dụ)", LocalDate.of(2020, 1, 1)))
          .article("Điều 4")
          
          .inForceUntil(LocalDate.of(2020, 12, 31))
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  @Test
  void aRuleRestsOnTheBasisInForceThatCameLast() {
    ClassificationRule rule =
        EligibilityRule.builder().name("R").defect(ProcessingDefect.UNDATED).bases(List.of(OLD, NEW)).build();
    assertThat(rule.basisOn(LocalDate.of(2014, 12, 31))).isEmpty();
    assertThat(rule.isInForceOn(LocalDate.of(2014, 12, 31))).isFalse();
    assertThat(rule.basisOn(LocalDate.of(2015, 1, 1))).contains(OLD);
    assertThat(rule.basisOn(LocalDate.of(2020, 1, 1))).contains(NEW);
    assertThat(rule.basisOn(LocalDate.of(2020, 12, 31))).contains(NEW);
    assertThat(rule.basisOn(LocalDate.of(2021, 1, 1))).contains(OLD);
    assertThat(rule.isInForceOn(LocalDate.of(2021, 1, 1))).isTrue();
    assertThatThrownBy(() -> rule.basisOn(null)).hasMessage("dateReceived");
  }

  @Test
  void everyStandardRuleHasANameAndBasesInTheOrderTheyCameIntoForce() {
    for (ClassificationRule rule : Classifier.standard().rules()) {
      assertThat(rule.name()).isNotBlank();
      assertThat(rule.bases()).isNotEmpty();
      assertThat(rule.bases()).isSortedAccordingTo((a, b) -> a.inForceFrom().compareTo(b.inForceFrom()));
      assertThat(rule.toString()).startsWith(rule.name() + ": ");
    }
  }

  @Test
  void theStandardRulesCiteTheirInstrumentsWithTheirMarks() {
    for (ClassificationRule rule : Classifier.standard().rules()) {
      for (LegalBasis basis : rule.bases()) {
        boolean unconfirmed = basis.confirmation() == Confirmation.UNCONFIRMED;
        boolean carriedOver = !basis.asAmendedBy().isEmpty();
        boolean successorOfTheCircular = basis.article().startsWith("phân loại đơn");
        assertThat(unconfirmed).as("%s: %s", rule.name(), basis).isEqualTo(carriedOver || successorOfTheCircular);
      }
    }
  }
}
