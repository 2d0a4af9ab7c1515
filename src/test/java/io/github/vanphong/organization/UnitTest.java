package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UnitTest {

  private static final UnitId NB = UnitId.of("HG-NB");
  private static final Validity LIFE = Validity.between(LocalDate.of(2005, 1, 1), LocalDate.of(2025, 6, 30));

  static Unit.Builder ngaBay() {
    return Unit.builder()
        .id(NB)
        .name("Thị ủy Ngã Bảy")
        .kind(UnitKind.TOWN_COMMITTEE)
        .level(Level.DISTRICT)
        .parent(UnitId.of("HG-TU"))
        .life(LIFE);
  }

  @Test
  void aUnitIsASnapshotWithItsWholeLife() {
    Unit unit = ngaBay().build();
    assertThat(unit.id()).isEqualTo(NB);
    assertThat(unit.parent()).contains(UnitId.of("HG-TU"));
    assertThat(unit.isAliveOn(LocalDate.of(2005, 1, 1))).isTrue();
    assertThat(unit.isAliveOn(LocalDate.of(2025, 6, 30))).isTrue();
    assertThat(unit.isAliveOn(LocalDate.of(2004, 12, 31))).isFalse();
    assertThat(unit.isAliveOn(LocalDate.of(2025, 7, 1))).isFalse();
  }

  @Test
  void aUnitReadsAsIdNameKindAndLevel() {
    assertThat(ngaBay().build()).hasToString("HG-NB Thị ủy Ngã Bảy (Town Party Committee, District)");
  }

  @Test
  void theNameIsKeptInNfc() {
    assertThat(ngaBay().name("Thi\u0323 u\u0309y Nga\u0303 Ba\u0309y").build().name()).isEqualTo("Thị ủy Ngã Bảy");
    assertThat(ngaBay().name("Thi\u0323 u\u0309y Nga\u0303 Ba\u0309y").build()).isEqualTo(ngaBay().build());
  }

  @Test
  void aUnitNeedsANameAndCannotBeItsOwnParent() {
    assertThatThrownBy(() -> ngaBay().name("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a unit needs a name: unit HG-NB");
    assertThatThrownBy(() -> ngaBay().parent(NB).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a unit cannot be its own parent: unit HG-NB");
    assertThatThrownBy(() -> Unit.builder().id(NB).build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void unitsAreValues() {
    new EqualsTester()
        .addEqualityGroup(ngaBay().build(), ngaBay().build())
        .addEqualityGroup(ngaBay().kind(UnitKind.CITY_COMMITTEE).build())
        .addEqualityGroup(ngaBay().life(Validity.from(LocalDate.of(2005, 1, 1))).build())
        .addEqualityGroup(Unit.builder().from(ngaBay().build()).parent(java.util.Optional.empty()).build())
        .testEquals();
  }
}
