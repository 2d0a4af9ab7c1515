package io.github.vanphong.organization;

import io.github.vanphong.law.Instrument;
import static io.github.vanphong.organization.Restructuring.changeKind;
import static io.github.vanphong.organization.Restructuring.create;
import static io.github.vanphong.organization.Restructuring.dissolve;
import static io.github.vanphong.organization.Restructuring.merge;
import static io.github.vanphong.organization.Restructuring.reattach;
import static io.github.vanphong.organization.Restructuring.rename;
import static io.github.vanphong.organization.Restructuring.split;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestructuringTest {

  private static final LocalDate ON = LocalDate.of(2025, 7, 1);
  private static final UnitId HG = UnitId.of("HG-TU");
  private static final UnitId ST = UnitId.of("ST-TU");
  private static final UnitId CT = UnitId.of("CT-TU");
  private static final LegalBasis NQ202 = LegalBasis.of(Instrument.of("Nghị quyết 202/2025/QH15", LocalDate.of(2025, 6, 12)), "Điều 1");

  private static Restructuring.Create part(LocalDate on, String id) {
    return create(on, UnitId.of(id), "Huyện ủy " + id, UnitKind.DISTRICT_COMMITTEE, Level.DISTRICT, Optional.of(HG));
  }

  @Test
  void eachEventReadsLikeTheChange() {
    assertThat(create(ON, CT, "Thành ủy Cần Thơ", UnitKind.CITY_COMMITTEE, Level.PROVINCIAL, Optional.empty()))
        .hasToString("2025-07-01 create CT-TU 'Thành ủy Cần Thơ' (City Party Committee, Provincial)");
    assertThat(part(ON, "HG-LMH"))
        .hasToString("2025-07-01 create HG-LMH 'Huyện ủy HG-LMH' (District Party Committee, District) under HG-TU");
    assertThat(rename(ON, HG, "Tỉnh ủy")).hasToString("2025-07-01 rename HG-TU to 'Tỉnh ủy'");
    assertThat(changeKind(ON, HG, UnitKind.CITY_COMMITTEE)).hasToString("2025-07-01 change HG-TU to City Party Committee");
    assertThat(reattach(ON, HG, CT)).hasToString("2025-07-01 move HG-TU under CT-TU");
    assertThat(merge(ON, ImmutableList.of(HG, ST), CT)).hasToString("2025-07-01 merge HG-TU, ST-TU into CT-TU");
    assertThat(split(ON, HG, ImmutableList.of(part(ON, "A"), part(ON, "B")), UnitId.of("B")))
        .hasToString("2025-07-01 split HG-TU into A, B; B carries its history");
    assertThat(dissolve(ON, HG)).hasToString("2025-07-01 dissolve HG-TU");
    assertThat(dissolve(ON, HG, CT)).hasToString("2025-07-01 dissolve HG-TU; successor CT-TU");
  }

  @Test
  void aCitedBasisIsShownAfterTheChange() {
    assertThat(merge(ON, ImmutableList.of(HG, ST), CT).withBasis(NQ202))
        .hasToString("2025-07-01 merge HG-TU, ST-TU into CT-TU, under Nghị quyết 202/2025/QH15, Điều 1");
    assertThat(dissolve(ON, HG).withBasis(NQ202).basis()).contains(NQ202);
    assertThat(dissolve(ON, HG).basis()).isEmpty();
    assertThat(rename(ON, HG, "A").withBasis(NQ202)).hasToString("2025-07-01 rename HG-TU to 'A', under Nghị quyết 202/2025/QH15, Điều 1");
    assertThat(changeKind(ON, HG, UnitKind.CITY_COMMITTEE).withBasis(NQ202).toString()).endsWith(", under Nghị quyết 202/2025/QH15, Điều 1");
    assertThat(reattach(ON, HG, CT).withBasis(NQ202).toString()).endsWith(", under Nghị quyết 202/2025/QH15, Điều 1");
    assertThat(part(ON, "A").withBasis(NQ202).toString()).endsWith("under HG-TU, under Nghị quyết 202/2025/QH15, Điều 1");
    assertThat(split(ON, HG, ImmutableList.of(part(ON, "A")), UnitId.of("A")).withBasis(NQ202).toString())
        .endsWith("A carries its history, under Nghị quyết 202/2025/QH15, Điều 1");
    assertThat(dissolve(ON, HG, CT).withBasis(NQ202).toString()).endsWith("successor CT-TU, under Nghị quyết 202/2025/QH15, Điều 1");
  }

  @Test
  void theSubjectsAreTheUnitsWhoseLifeOrHistoryChanges() {
    assertThat(part(ON, "A").subjects()).containsExactly(UnitId.of("A"));
    assertThat(rename(ON, HG, "A").subjects()).containsExactly(HG);
    assertThat(changeKind(ON, HG, UnitKind.OFFICE).subjects()).containsExactly(HG);
    assertThat(reattach(ON, HG, CT).subjects()).containsExactly(HG);
    assertThat(merge(ON, ImmutableList.of(HG, ST), CT).subjects()).containsExactly(HG, ST, CT);
    assertThat(split(ON, HG, ImmutableList.of(part(ON, "A"), part(ON, "B")), UnitId.of("A")).subjects())
        .containsExactly(HG, UnitId.of("A"), UnitId.of("B"));
    assertThat(dissolve(ON, HG).subjects()).containsExactly(HG);
    assertThat(dissolve(ON, HG, CT).subjects()).containsExactly(HG, CT);
  }

  @Test
  void namesAreKeptInNfc() {
    String decomposed = "Thi\u0323 u\u0309y Nga\u0303 Ba\u0309y";
    assertThat(rename(ON, HG, decomposed).name()).isEqualTo("Thị ủy Ngã Bảy");
    assertThat(create(ON, HG, decomposed, UnitKind.TOWN_COMMITTEE, Level.DISTRICT, Optional.empty()).name())
        .isEqualTo("Thị ủy Ngã Bảy");
    assertThat(rename(ON, HG, decomposed)).isEqualTo(rename(ON, HG, "Thị ủy Ngã Bảy"));
  }

  @Test
  void aUnitNeedsANameAndCannotBeItsOwnParent() {
    assertThatThrownBy(() -> create(ON, HG, " ", UnitKind.OFFICE, Level.PROVINCIAL, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a created unit needs a name: unit HG-TU");
    assertThatThrownBy(() -> create(ON, HG, "A", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(HG)))
        .hasMessage("a unit cannot be its own parent: unit HG-TU");
    assertThatThrownBy(() -> rename(ON, HG, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a renamed unit needs a name: unit HG-TU");
    assertThatThrownBy(() -> reattach(ON, HG, HG)).hasMessage("a unit cannot be its own parent: unit HG-TU");
    assertThat(reattach(ON, HG, CT).parent()).isEqualTo(CT);
  }

  @Test
  void aMergerMergesDistinctUnitsIntoAnother() {
    assertThatThrownBy(() -> merge(ON, ImmutableList.of(), CT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a merger merges at least one unit: none into CT-TU");
    assertThatThrownBy(() -> merge(ON, ImmutableList.of(HG, HG), CT))
        .hasMessage("a merger names each merged unit once: [HG-TU, HG-TU]");
    assertThatThrownBy(() -> merge(ON, ImmutableList.of(HG, CT), CT))
        .hasMessage("a unit cannot be merged into itself: [HG-TU, CT-TU] into CT-TU");
    assertThat(merge(ON, ImmutableList.of(HG), CT).merged()).containsExactly(HG);
  }

  @Test
  void aSplitCreatesNewPartsOnItsDayOneOfWhichCarriesTheHistory() {
    UnitId a = UnitId.of("A");
    assertThatThrownBy(() -> split(ON, HG, ImmutableList.of(), a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a split has at least one part: unit HG-TU");
    assertThatThrownBy(() -> split(ON, HG, ImmutableList.of(part(ON.plusDays(1), "A")), a))
        .hasMessage(
            "the parts of a split are created on the day of the split, 2025-07-01: 2025-07-02 create A 'Huyện ủy A'"
                + " (District Party Committee, District) under HG-TU");
    assertThatThrownBy(() -> split(ON, HG, ImmutableList.of(part(ON, "A"), part(ON, "A")), a))
        .hasMessage("the parts of a split have distinct ids: [A, A]");
    assertThatThrownBy(() -> split(ON, CT, ImmutableList.of(part(ON, "A"), part(ON, "CT-TU")), a))
        .hasMessage("the parts of a split are new units: CT-TU is split into [A, CT-TU]");
    assertThatThrownBy(() -> split(ON, HG, ImmutableList.of(part(ON, "A")), CT))
        .hasMessage("the carrier of a split is one of its parts: CT-TU is not among [A]");
    Restructuring.Split split = split(ON, HG, ImmutableList.of(part(ON, "A"), part(ON, "B")), a);
    assertThat(split.partIds()).containsExactly(a, UnitId.of("B"));
    assertThat(split.carrier()).isEqualTo(a);
    assertThat(split.source()).isEqualTo(HG);
  }

  @Test
  void aUnitCannotSucceedItself() {
    assertThatThrownBy(() -> dissolve(ON, HG, HG))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a unit cannot succeed itself: unit HG-TU");
    assertThat(dissolve(ON, HG).successor()).isEmpty();
    assertThat(dissolve(ON, HG, CT).successor()).contains(CT);
  }

  @Test
  void eventsAreValues() {
    new EqualsTester()
        .addEqualityGroup(dissolve(ON, HG), dissolve(ON, HG))
        .addEqualityGroup(dissolve(ON, HG).withBasis(NQ202))
        .addEqualityGroup(dissolve(ON, HG, CT))
        .addEqualityGroup(dissolve(ON.plusDays(1), HG))
        .addEqualityGroup(rename(ON, HG, "A"))
        .addEqualityGroup(changeKind(ON, HG, UnitKind.OFFICE))
        .addEqualityGroup(reattach(ON, HG, CT))
        .addEqualityGroup(merge(ON, ImmutableList.of(HG), CT))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(UnitId.class, HG)
        .setDefault(LocalDate.class, ON)
        .setDefault(String.class, "Tỉnh ủy")
        .testAllPublicStaticMethods(Restructuring.class);
    new NullPointerTester().testAllPublicInstanceMethods(dissolve(ON, HG));
  }
}
