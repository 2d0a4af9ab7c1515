package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.vanphong.Identifier;
import org.junit.jupiter.api.Test;

class DraftIdTest {

  @Test
  void anIdReadsBackFromItsText() {
    DraftId id = DraftId.of("VPTU-DT-2016-014");
    assertThat(DraftId.of(id.toString())).isEqualTo(id);
    assertThat(id.value()).isEqualTo("VPTU-DT-2016-014");
    assertThat(id).isInstanceOf(Identifier.class);
  }

  @Test
  void anIdIsSafeAsciiText() {
    assertThatThrownBy(() -> DraftId.of("12-BC/VPTU"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a draft id is 1 to 64 characters of [A-Za-z0-9._-] starting with a letter or digit: '12-BC/VPTU'");
  }

  @Test
  void idsAreValues() {
    new EqualsTester()
        .addEqualityGroup(DraftId.of("D-1"), DraftId.of("D-1"))
        .addEqualityGroup(DraftId.of("D-10"))
        .testEquals();
    assertThat(DraftId.of("D-1")).isLessThan(DraftId.of("D-10"));
    new NullPointerTester().testAllPublicStaticMethods(DraftId.class);
  }
}
