package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SubjectKindTest {

  @Test
  void constantsAreNamedInBothLanguages() {
    assertThat(SubjectKind.PARTY_MEMBER.vietnameseName()).isEqualTo("Đảng viên");
    assertThat(SubjectKind.ADMINISTRATIVE_DECISION.englishName()).isEqualTo("Administrative decision");
    assertThat(SubjectKind.PARTY_MEMBER.displayName(Bilingual.VIETNAMESE)).isEqualTo("Đảng viên");
    assertThat(SubjectKind.ADMINISTRATIVE_DECISION.displayName(Locale.ENGLISH)).isEqualTo("Administrative decision");
  }
}
