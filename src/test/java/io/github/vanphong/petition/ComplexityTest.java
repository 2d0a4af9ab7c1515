package io.github.vanphong.petition;

import static io.github.vanphong.petition.ComplexityCriterion.CONTRADICTORY_EVIDENCE;
import static io.github.vanphong.petition.ComplexityCriterion.FOREIGN_ELEMENT;
import static io.github.vanphong.petition.ComplexityCriterion.SEVERAL_CONTENTS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplexityTest {

  @Test
  void aCaseWithNoCriterionIsNormal() {
    assertThat(Complexity.of(Set.of())).isEqualTo(Complexity.NORMAL);
  }

  @Test
  void aCaseWithOneCriterionIsComplex() {
    assertThat(Complexity.of(Set.of(FOREIGN_ELEMENT))).isEqualTo(Complexity.COMPLEX);
  }

  @Test
  void aCaseWithTwoOrMoreCriteriaIsEspeciallyComplex() {
    assertThat(Complexity.of(Set.of(FOREIGN_ELEMENT, SEVERAL_CONTENTS))).isEqualTo(Complexity.ESPECIALLY_COMPLEX);
    assertThat(Complexity.of(Set.of(FOREIGN_ELEMENT, SEVERAL_CONTENTS, CONTRADICTORY_EVIDENCE)))
        .isEqualTo(Complexity.ESPECIALLY_COMPLEX);
    assertThat(Complexity.of(EnumSet.allOf(ComplexityCriterion.class))).isEqualTo(Complexity.ESPECIALLY_COMPLEX);
  }

  @Test
  void theCriteriaAreThoseOfDecree31Of2019Article3() {
    assertThat(ComplexityCriterion.values()).hasSize(7);
    assertThat(Complexity.BASIS.citation()).isEqualTo("Nghị định 31/2019/NĐ-CP, Điều 3");
    assertThat(Complexity.BASIS.confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(ComplexityCriterion.SEVERAL_PLACES_TO_VERIFY.vietnameseName())
        .isEqualTo("Phải xác minh ở nhiều địa điểm");
  }

  @Test
  void complexitiesHaveTheirVietnameseNames() {
    assertThat(Complexity.NORMAL.vietnameseName()).isEqualTo("Thông thường");
    assertThat(Complexity.COMPLEX.vietnameseName()).isEqualTo("Phức tạp");
    assertThat(Complexity.ESPECIALLY_COMPLEX.vietnameseName()).isEqualTo("Đặc biệt phức tạp");
    assertThat(Complexity.ESPECIALLY_COMPLEX.englishName()).isEqualTo("Especially complex");
  }
}
