package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class PersonIdTest {

  @Test
  void anIdReadsBackFromItsText() {
    PersonId id = PersonId.of("HG-HTTAO");
    assertThat(id.value()).isEqualTo("HG-HTTAO");
    assertThat(PersonId.of(id.toString())).isEqualTo(id);
  }

  @Test
  void anIdIsOneToSixtyFourSafeCharacters() {
    assertThat(PersonId.of("a").value()).isEqualTo("a");
    assertThat(PersonId.of("9" + Strings.repeat("x._-", 15) + "abc").value()).hasSize(64);
    assertThatThrownBy(() -> PersonId.of(Strings.repeat("x", 65)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a person id is 1 to 64 characters of [A-Za-z0-9._-] starting with a letter or digit:");
    assertThatThrownBy(() -> PersonId.of("")).hasMessageEndingWith(": ''");
    assertThatThrownBy(() -> PersonId.of("-x")).hasMessageEndingWith(": '-x'");
    assertThatThrownBy(() -> PersonId.of("Tạo")).hasMessageEndingWith(": 'Tạo'");
  }

  @Test
  void idsCompareByTheirText() {
    assertThat(PersonId.of("A")).isLessThan(PersonId.of("B"));
    assertThat(PersonId.of("B").compareTo(PersonId.of("A"))).isPositive();
    assertThat(PersonId.of("a")).isGreaterThan(PersonId.of("B"));
    assertThat(PersonId.of("A").compareTo(PersonId.of("A"))).isZero();
  }

  @Test
  void idsAreValues() {
    new EqualsTester()
        .addEqualityGroup(PersonId.of("A"), PersonId.of("A"))
        .addEqualityGroup(PersonId.of("a"))
        .addEqualityGroup(UnitId.of("A"))
        .testEquals();
    assertThat(PersonId.of("A").hashCode()).isEqualTo("A".hashCode());
    new NullPointerTester().testAllPublicStaticMethods(PersonId.class);
  }
}
