package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplexityCriterionTest {

  @Test
  void eachCriterionHasBothNames() {
    assertThat(ComplexityCriterion.FOREIGN_ELEMENT.vietnameseName()).isEqualTo("Có yếu tố nước ngoài");
    assertThat(ComplexityCriterion.FOREIGN_ELEMENT.englishName()).isEqualTo("Foreign element");
    assertThat(ComplexityCriterion.CONTRADICTORY_EVIDENCE.englishName()).isEqualTo("Contradictory evidence");
  }
}
