package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class UnitIdTest {

  @Test
  void anIdReadsBackFromItsText() {
    UnitId id = UnitId.of("HG-VPTU");
    assertThat(id.value()).isEqualTo("HG-VPTU");
    assertThat(UnitId.of(id.toString())).isEqualTo(id);
  }

  @Test
  void anIdIsOneToSixtyFourSafeCharacters() {
    assertThat(UnitId.of("a").value()).isEqualTo("a");
    assertThat(UnitId.of("9" + Strings.repeat("x._-", 15) + "abc").value()).hasSize(64);
    assertThatThrownBy(() -> UnitId.of(Strings.repeat("x", 65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a unit id is 1 to 64 characters of [A-Za-z0-9._-] starting with a letter or digit:");
    assertThatThrownBy(() -> UnitId.of("")).hasMessageEndingWith(": ''");
    assertThatThrownBy(() -> UnitId.of("-x")).hasMessageEndingWith(": '-x'");
    assertThatThrownBy(() -> UnitId.of("Tạo")).hasMessageEndingWith(": 'Tạo'");
  }

  @Test
  void idsCompareByTheirText() {
    assertThat(UnitId.of("A")).isLessThan(UnitId.of("B"));
    assertThat(UnitId.of("B").compareTo(UnitId.of("A"))).isPositive();
    assertThat(UnitId.of("a")).isGreaterThan(UnitId.of("B"));
    assertThat(UnitId.of("A").compareTo(UnitId.of("A"))).isZero();
  }

  @Test
  void idsAreValues() {
    new EqualsTester()
        .addEqualityGroup(UnitId.of("A"), UnitId.of("A"))
        .addEqualityGroup(UnitId.of("a"))
        .addEqualityGroup(PersonId.of("A"))
        .testEquals();
    assertThat(UnitId.of("A").hashCode()).isEqualTo("A".hashCode());
    new NullPointerTester().testAllPublicStaticMethods(UnitId.class);
  }
}
