package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

  private static final LocalDate DAY = LocalDate.of(2016, 3, 1);
  private static final Validity LIFE = Validity.from(LocalDate.of(2004, 1, 1));
  private static final UnitId TU = UnitId.of("HG-TU");
  private static final UnitId VPTU = UnitId.of("HG-VPTU");
  private static final UnitId CT = UnitId.of("HG-CT");
  private static final UnitId CTVP = UnitId.of("HG-CT-VP");
  private static final UnitId HDND = UnitId.of("HG-HDND");

  private static Unit unit(UnitId id, UnitKind kind, Level level, Optional<UnitId> parent) {
    return Unit.builder().id(id).name("Đơn vị " + id).kind(kind).level(level).parent(parent).life(LIFE).build();
  }

  private static final Unit TU_UNIT = unit(TU, UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL, Optional.empty());
  private static final Unit VPTU_UNIT = unit(VPTU, UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(TU));
  private static final Unit CT_UNIT = unit(CT, UnitKind.DISTRICT_COMMITTEE, Level.DISTRICT, Optional.of(TU));
  private static final Unit CTVP_UNIT = unit(CTVP, UnitKind.OFFICE, Level.DISTRICT, Optional.of(CT));
  private static final Unit HDND_UNIT = unit(HDND, UnitKind.PEOPLES_COUNCIL, Level.PROVINCIAL, Optional.empty());

  private static final UnitTree TREE =
      UnitTree.of(DAY, ImmutableList.of(TU_UNIT, VPTU_UNIT, CT_UNIT, CTVP_UNIT, HDND_UNIT));

  @Test
  void aTreeLooksUpUnitsChildrenAndAncestors() {
    assertThat(TREE.date()).isEqualTo(DAY);
    assertThat(TREE.size()).isEqualTo(5);
    assertThat(TREE.units()).containsExactly(TU_UNIT, VPTU_UNIT, CT_UNIT, CTVP_UNIT, HDND_UNIT);
    assertThat(TREE.roots()).containsExactly(TU_UNIT, HDND_UNIT);
    assertThat(TREE.contains(CT)).isTrue();
    assertThat(TREE.contains(UnitId.of("X"))).isFalse();
    assertThat(TREE.find(CT)).contains(CT_UNIT);
    assertThat(TREE.find(UnitId.of("X"))).isEmpty();
    assertThat(TREE.unit(CT)).isEqualTo(CT_UNIT);
    assertThat(TREE.children(TU)).containsExactly(VPTU_UNIT, CT_UNIT);
    assertThat(TREE.children(CTVP)).isEmpty();
    assertThat(TREE.descendants(TU)).containsExactly(VPTU_UNIT, CT_UNIT, CTVP_UNIT);
    assertThat(TREE.descendants(HDND)).isEmpty();
    assertThat(TREE.ancestors(CTVP)).containsExactly(CT_UNIT, TU_UNIT);
    assertThat(TREE.ancestors(TU)).isEmpty();
    assertThat(TREE.unitsOfKind(UnitKind.OFFICE)).containsExactly(VPTU_UNIT, CTVP_UNIT);
    assertThat(TREE.unitsAtLevel(Level.PROVINCIAL)).containsExactly(TU_UNIT, VPTU_UNIT, HDND_UNIT);
  }

  @Test
  void anOfficeBelongsToItsCommittee() {
    assertThat(TREE.committeeOf(CTVP)).contains(CT_UNIT);
    assertThat(TREE.committeeOf(CT)).contains(CT_UNIT);
    assertThat(TREE.committeeOf(VPTU)).contains(TU_UNIT);
    assertThat(TREE.committeeOf(HDND)).isEmpty();
    Unit section = unit(UnitId.of("HG-VPTU-TH"), UnitKind.SECTION, Level.PROVINCIAL, Optional.of(VPTU));
    UnitTree withSection = UnitTree.of(DAY, ImmutableList.of(TU_UNIT, VPTU_UNIT, section));
    assertThat(withSection.committeeOf(section.id())).contains(TU_UNIT);
  }

  @Test
  void anUnknownUnitIsNamedInTheError() {
    assertThatThrownBy(() -> TREE.unit(UnitId.of("X")))
        .isInstanceOf(InvalidOrganizationException.class)
        .hasMessage("A change names only units the chart knows: no unit X exists on 2016-03-01");
    assertThatThrownBy(() -> TREE.children(UnitId.of("X"))).isInstanceOf(InvalidOrganizationException.class);
    assertThatThrownBy(() -> TREE.descendants(UnitId.of("X"))).isInstanceOf(InvalidOrganizationException.class);
    assertThatThrownBy(() -> TREE.ancestors(UnitId.of("X"))).isInstanceOf(InvalidOrganizationException.class);
    assertThatThrownBy(() -> TREE.committeeOf(UnitId.of("X"))).isInstanceOf(InvalidOrganizationException.class);
  }

  @Test
  void everyUnitOfATreeIsAliveOnItsDay() {
    Unit ended = Unit.builder().from(CT_UNIT).life(Validity.between(LIFE.start(), DAY.minusDays(1))).build();
    assertThatThrownBy(() -> UnitTree.of(DAY, ImmutableList.of(TU_UNIT, ended)))
        .isInstanceOf(InvalidOrganizationException.class)
        .hasMessage(
            "A change to a unit falls within its life: unit HG-CT is not alive on 2016-03-01: its life is"
                + " [2004-01-01..2016-02-29]");
    Unit lastDay = Unit.builder().from(CT_UNIT).life(Validity.between(LIFE.start(), DAY)).build();
    assertThat(UnitTree.of(DAY, ImmutableList.of(TU_UNIT, lastDay)).size()).isEqualTo(2);
  }

  @Test
  void anIdIsGivenOnce() {
    assertThatThrownBy(() -> UnitTree.of(DAY, ImmutableList.of(TU_UNIT, TU_UNIT)))
        .hasMessage("The lives of one unit identifier never overlap: unit HG-TU is given twice for 2016-03-01");
  }

  @Test
  void everyParentIsInTheTree() {
    assertThatThrownBy(() -> UnitTree.of(DAY, ImmutableList.of(CT_UNIT)))
        .hasMessage(
            "A unit's parent exists on every day the unit is under it: unit HG-CT is under HG-TU, which does not"
                + " exist on 2016-03-01");
  }

  @Test
  void noUnitIsAboveItsParentsLevel() {
    Unit high = unit(UnitId.of("X"), UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(CT));
    assertThatThrownBy(() -> UnitTree.of(DAY, ImmutableList.of(TU_UNIT, CT_UNIT, high)))
        .hasMessage("A unit's level is never above its parent's: unit X (Provincial) cannot be under HG-CT (District)");
    Unit same = unit(UnitId.of("X"), UnitKind.OFFICE, Level.DISTRICT, Optional.of(CT));
    assertThat(UnitTree.of(DAY, ImmutableList.of(TU_UNIT, CT_UNIT, same)).children(CT)).containsExactly(same);
  }

  @Test
  void parentsDoNotCycle() {
    Unit a = unit(UnitId.of("A"), UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(UnitId.of("B")));
    Unit b = unit(UnitId.of("B"), UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(UnitId.of("A")));
    Unit c = unit(UnitId.of("C"), UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(UnitId.of("A")));
    InvalidOrganizationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidOrganizationException.class, () -> UnitTree.of(DAY, ImmutableList.of(c, a, b)));
    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).rule()).isEqualTo(OrganizationRule.NO_CYCLE);
    assertThat(e.violations().get(0).message()).startsWith("the parents of A lead back to it through [");
  }

  @Test
  void everyViolationIsReported() {
    Unit ended = Unit.builder().from(CT_UNIT).life(Validity.between(LIFE.start(), DAY.minusDays(1))).build();
    InvalidOrganizationException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidOrganizationException.class, () -> UnitTree.of(DAY, ImmutableList.of(ended, ended)));
    assertThat(e.violations())
        .extracting(OrganizationViolation::rule)
        .containsExactly(
            OrganizationRule.UNIT_ALIVE,
            OrganizationRule.UNIT_ALIVE,
            OrganizationRule.ONE_LIFE_AT_A_TIME,
            OrganizationRule.PARENT_ALIVE);
  }

  @Test
  void treesAreValues() {
    new EqualsTester()
        .addEqualityGroup(TREE, UnitTree.of(DAY, TREE.units()))
        .addEqualityGroup(UnitTree.of(DAY.plusDays(1), TREE.units()))
        .addEqualityGroup(UnitTree.of(DAY, ImmutableList.of(TU_UNIT)))
        .addEqualityGroup(UnitTree.of(DAY, ImmutableList.of()))
        .testEquals();
    assertThat(TREE).hasToString("UnitTree[2016-03-01, 5 units]");
    assertThat(TREE.hashCode()).isNotEqualTo(UnitTree.of(DAY, ImmutableList.of(TU_UNIT)).hashCode());
    assertThat(TREE.hashCode()).isNotEqualTo(UnitTree.of(DAY.plusDays(1), TREE.units()).hashCode());
  }
}
