package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.CT_SECRETARY;
import static io.github.vanphong.reception.ReceptionFixtures.CT_TU;
import static io.github.vanphong.reception.ReceptionFixtures.DISTRICT_SECRETARY;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_PH;
import static io.github.vanphong.reception.ReceptionFixtures.HG_TU;
import static io.github.vanphong.reception.ReceptionFixtures.HG_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.HG_VPUBND;
import static io.github.vanphong.reception.ReceptionFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DutyHolderTest {

  private static final LocalDate DAY = LocalDate.of(2020, 1, 1);

  private static Unit unit(UnitId id) {
    return PROVINCE.unit(id, DAY).orElseThrow();
  }

  @Test
  void thePartyHeadOfAProvinceIsTheSecretaryOfAnyProvincialPartyCommittee() {
    DutyHolder head = DutyHolder.partyHead(Level.PROVINCIAL);
    assertThat(head.binds(Post.of(HG_TU, PostKind.SECRETARY), unit(HG_TU))).isTrue();
    assertThat(head.binds(CT_SECRETARY, unit(CT_TU))).as("a Thành ủy of a centrally run city").isTrue();
    assertThat(head.binds(Post.of(HG_TU, PostKind.DEPUTY_SECRETARY), unit(HG_TU))).isFalse();
    assertThat(head.binds(DISTRICT_SECRETARY, unit(HG_PH))).isFalse();
    assertThat(head).hasToString("[SECRETARY] of party committees at [PROVINCIAL]");
  }

  @Test
  void aChairIsBoundInAPeoplesCommitteeOfTheLevel() {
    DutyHolder chair = DutyHolder.chairOf(UnitKind.PEOPLES_COMMITTEE, Level.PROVINCIAL);
    assertThat(chair.binds(HG_CHAIR, unit(HG_UBND))).isTrue();
    assertThat(chair.binds(Post.of(HG_TU, PostKind.CHAIR), unit(HG_TU))).isFalse();
  }

  @Test
  void anApplicationNamesItsOwnAgenciesByUnit() {
    DutyHolder own = DutyHolder.ofUnits(Set.of(PostKind.CHIEF_OF_OFFICE), Set.of(HG_VPUBND));
    assertThat(own.binds(Post.of(HG_VPUBND, PostKind.CHIEF_OF_OFFICE), unit(HG_VPUBND))).isTrue();
    assertThat(own.levels()).isEmpty();
    assertThat(own).hasToString("[CHIEF_OF_OFFICE] of [HG-VPUBND]");
  }

  @Test
  void aHolderNamesPostsAndUnitsOrItIsRefused() {
    assertThatThrownBy(() -> DutyHolder.of(Set.of(PostKind.CHAIR), Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kinds of unit");
    assertThatThrownBy(() -> DutyHolder.ofUnits(Set.of(PostKind.CHAIR), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DutyHolder.of(Set.of(), Set.of(UnitKind.PEOPLES_COMMITTEE), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kinds of post");
  }

  @Test
  void aUnitThatIsNotThePostsIsABadArgument() {
    assertThatThrownBy(() -> DutyHolder.partyHead(Level.PROVINCIAL).binds(HG_CHAIR, unit(HG_TU)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HG-TU")
        .hasMessageContaining("is not the post's");
  }
}
