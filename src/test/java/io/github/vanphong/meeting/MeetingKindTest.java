package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MeetingKindTest {

  @Test
  void theFourKindsAreBriefingsReviewsAndConferences() {
    assertThat(MeetingKind.values())
        .extracting(MeetingKind::vietnameseName)
        .containsExactly("Giao ban", "Sơ kết", "Tổng kết", "Hội nghị");
    assertThat(MeetingKind.values())
        .extracting(MeetingKind::englishName)
        .containsExactly("Briefing", "Interim review", "Final review", "Conference");
  }

  @Test
  void aKindIsShownInTheReadersLanguage() {
    assertThat(MeetingKind.BRIEFING.displayName(Bilingual.VIETNAMESE)).isEqualTo("Giao ban");
    assertThat(MeetingKind.FINAL_REVIEW.displayName(Locale.ENGLISH)).isEqualTo("Final review");
  }
}
