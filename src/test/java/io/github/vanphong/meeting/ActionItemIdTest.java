package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class ActionItemIdTest {

  @Test
  void anIdReadsBackFromItsText() {
    ActionItemId id = ActionItemId.of("HG-GB-2016-03-01-4-VPTU");
    assertThat(ActionItemId.of(id.toString())).isEqualTo(id);
    assertThat(id.value()).isEqualTo("HG-GB-2016-03-01-4-VPTU");
  }

  @Test
  void anIdIsSafeAsciiText() {
    assertThatThrownBy(() -> ActionItemId.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a meeting action item id is 1 to 64 characters of [A-Za-z0-9._-] starting with a letter or digit: ''");
  }

  @Test
  void idsAreValues() {
    new EqualsTester()
        .addEqualityGroup(ActionItemId.of("A-1"), ActionItemId.of("A-1"))
        .addEqualityGroup(ActionItemId.of("A-10"))
        .testEquals();
    assertThat(ActionItemId.of("A-1")).isLessThan(ActionItemId.of("A-10"));
    new NullPointerTester().testAllPublicStaticMethods(ActionItemId.class);
  }
}
