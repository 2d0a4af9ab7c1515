package io.github.vanphong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.PetitionId;
import org.junit.jupiter.api.Test;

class IdentifierTest {

  @Test
  void identifiersOfDifferentKindsAreNeverEqual() {
    new EqualsTester()
        .addEqualityGroup(UnitId.of("HG-1"), UnitId.of("HG-1"))
        .addEqualityGroup(PersonId.of("HG-1"), PersonId.of("HG-1"))
        .addEqualityGroup(PetitionId.of("HG-1"))
        .addEqualityGroup(UnitId.of("hg-1"))
        .testEquals();
  }

  @Test
  void identifiersCompareByTheirTextCaseSensitive() {
    assertThat(PetitionId.of("P-2016-0042")).isLessThan(PetitionId.of("P-2016-0043"));
    assertThat(PetitionId.of("B")).isLessThan(PetitionId.of("a"));
    assertThat(PetitionId.of("P-1").compareTo(PetitionId.of("P-1"))).isZero();
  }

  @Test
  void theTextIsReadBack() {
    PetitionId id = PetitionId.of("P-2016-0042");
    assertThat(id.value()).isEqualTo("P-2016-0042");
    assertThat(PetitionId.of(id.toString())).isEqualTo(id);
    assertThat(id.hashCode()).isEqualTo("P-2016-0042".hashCode());
  }

  @Test
  void aMalformedIdentifierNamesItsKindAndText() {
    assertThatThrownBy(() -> PetitionId.of("đơn 42"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a petition id is 1 to 64 characters of [A-Za-z0-9._-] starting with a letter or digit: 'đơn 42'");
    assertThat(PetitionId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> PetitionId.of("a".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PetitionId.of("_a")).isInstanceOf(IllegalArgumentException.class);
    assertThat(PetitionId.of("9.a_b-c").value()).isEqualTo("9.a_b-c");
  }

  @Test
  void aNullIdentifierIsRefusedNamingItsParameter() {
    assertThatThrownBy(() -> io.github.vanphong.organization.UnitId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }
}
