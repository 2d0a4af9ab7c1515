package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PostKindTest {

  @Test
  void postsHaveTheirVietnameseNames() {
    assertThat(PostKind.SECRETARY.vietnameseName()).isEqualTo("Bí thư");
    assertThat(PostKind.STANDING_DEPUTY_SECRETARY.vietnameseName()).isEqualTo("Phó Bí thư Thường trực");
    assertThat(PostKind.STANDING_COMMITTEE_MEMBER.vietnameseName()).isEqualTo("Ủy viên Ban Thường vụ");
    assertThat(PostKind.CHIEF_OF_OFFICE.vietnameseName()).isEqualTo("Chánh Văn phòng");
    assertThat(PostKind.HEAD_OF_DELEGATION.vietnameseName()).isEqualTo("Trưởng đoàn");
    assertThat(PostKind.CHAIR.displayName(Bilingual.VIETNAMESE)).isEqualTo("Chủ tịch");
    assertThat(PostKind.CHAIR.displayName(Locale.ENGLISH)).isEqualTo("Chair");
    assertThat(PostKind.STAFF.englishName()).isEqualTo("Staff");
  }

  @Test
  void everyNameIsInNfcAndDistinct() {
    assertThat(PostKind.values())
        .allSatisfy(k -> assertThat(Normalizer.isNormalized(k.vietnameseName(), Normalizer.Form.NFC)).isTrue())
        .allSatisfy(k -> assertThat(k.englishName()).isNotBlank());
    assertThat(Arrays.stream(PostKind.values()).map(PostKind::vietnameseName).distinct()).hasSize(17);
    assertThat(Arrays.stream(PostKind.values()).map(PostKind::englishName).distinct()).hasSize(17);
  }

  @Test
  void headsHaveOneHolderAndDeputiesSeveral() {
    assertThat(Arrays.stream(PostKind.values()).filter(PostKind::singleHolder))
        .containsExactly(
            PostKind.SECRETARY,
            PostKind.STANDING_DEPUTY_SECRETARY,
            PostKind.CHAIR,
            PostKind.HEAD,
            PostKind.CHIEF_OF_OFFICE,
            PostKind.HEAD_OF_SECTION,
            PostKind.HEAD_OF_DELEGATION);
  }
}
