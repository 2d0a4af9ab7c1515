package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.vanphong.organization.UnitId;
import org.junit.jupiter.api.Test;

class BriefingIdTest {

  @Test
  void anIdReadsBackFromItsText() {
    BriefingId id = BriefingId.of("HG-GB-2016-03-01");
    assertThat(id.value()).isEqualTo("HG-GB-2016-03-01");
    assertThat(BriefingId.of(id.toString())).isEqualTo(id);
  }

  @Test
  void anIdIsSafeAsciiText() {
    assertThatThrownBy(() -> BriefingId.of("Giao ban"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a briefing id is 1 to 64 characters of [A-Za-z0-9._-] starting with a letter or digit: 'Giao ban'");
  }

  @Test
  void idsAreValuesOfTheirOwnKind() {
    new EqualsTester()
        .addEqualityGroup(BriefingId.of("B-1"), BriefingId.of("B-1"))
        .addEqualityGroup(BriefingId.of("B-2"))
        .addEqualityGroup(UnitId.of("B-1"), UnitId.of("B-1"))
        .addEqualityGroup(ActionItemId.of("B-1"))
        .testEquals();
    assertThat(BriefingId.of("B-1")).isLessThan(BriefingId.of("B-2"));
    new NullPointerTester().testAllPublicStaticMethods(BriefingId.class);
  }
}
