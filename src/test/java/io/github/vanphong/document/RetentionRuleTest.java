package io.github.vanphong.document;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {

  private static final LegalBasis OWN =
      LegalBasis.of(Instrument.of("Quyết định ban hành Bảng thời hạn bảo quản của Văn phòng Tỉnh ủy (ví dụ)", LocalDate.of(2012, 1, 1)), "Phụ lục");

  @Test
  void aRuleNamesItsGroupInNfc() {
    assertThatThrownBy(() -> RetentionRule.of(" ", RetentionPeriod.permanent(), OWN))
        .hasMessage("a retention rule names its document group: Permanent");
    RetentionRule rule =
        RetentionRule.of(Normalizer.normalize("Báo cáo năm", Normalizer.Form.NFD), RetentionPeriod.permanent(), OWN);
    assertThat(rule.group()).isEqualTo("Báo cáo năm");
    assertThat(rule.toString()).startsWith("Báo cáo năm: Permanent (Quyết định ban hành");
  }
}
