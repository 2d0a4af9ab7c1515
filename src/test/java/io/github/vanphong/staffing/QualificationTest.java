package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QualificationTest {

  @ParameterizedTest
  @CsvSource({
    "POSTGRADUATE, Sau đại học, Postgraduate, true",
    "UNIVERSITY, Đại học, University, true",
    "COLLEGE, Cao đẳng, College, false",
    "INTERMEDIATE, Trung cấp, Intermediate, false",
    "OTHER, Khác, Other, false"
  })
  void onlyAUniversityDegreeOrHigherCountsAsUniversity(
      Qualification q, String vietnamese, String english, boolean universityOrHigher) {
    assertThat(q.vietnameseName()).isEqualTo(vietnamese);
    assertThat(q.englishName()).isEqualTo(english);
    assertThat(q.isUniversityOrHigher()).isEqualTo(universityOrHigher);
  }

  @ParameterizedTest
  @EnumSource(Qualification.class)
  void vietnameseNamesAreInNfc(Qualification q) {
    assertThat(Normalizer.isNormalized(q.vietnameseName(), Normalizer.Form.NFC)).isTrue();
  }

  @Test
  void thereAreFiveLevels() {
    assertThat(Qualification.values()).hasSize(5);
  }
}
