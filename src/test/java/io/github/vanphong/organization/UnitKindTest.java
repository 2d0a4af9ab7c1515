package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UnitKindTest {

  @Test
  void kindsHaveBothNames() {
    assertThat(UnitKind.TOWN_COMMITTEE.vietnameseName()).isEqualTo("Thị ủy");
    assertThat(UnitKind.CITY_COMMITTEE.englishName()).isEqualTo("City Party Committee");
    assertThat(UnitKind.OFFICE.displayName(Bilingual.VIETNAMESE)).isEqualTo("Văn phòng");
    assertThat(UnitKind.OFFICE.displayName(Locale.ENGLISH)).isEqualTo("Office");
    assertThat(UnitKind.values())
        .allSatisfy(k -> assertThat(Normalizer.isNormalized(k.vietnameseName(), Normalizer.Form.NFC)).isTrue());
    assertThat(Arrays.stream(UnitKind.values()).map(UnitKind::vietnameseName).distinct())
        .hasSize(UnitKind.values().length);
  }

  @Test
  void committeesAreOfThePartyCommitteeCategory() {
    assertThat(UnitKind.TOWN_COMMITTEE.isPartyCommittee()).isTrue();
    assertThat(UnitKind.PARTY_CELL.isPartyCommittee()).isTrue();
    assertThat(UnitKind.OFFICE.isPartyCommittee()).isFalse();
    assertThat(UnitKind.PEOPLES_COUNCIL.isPartyCommittee()).isFalse();
    assertThat(UnitKind.OFFICE.category()).isEqualTo(UnitCategory.ADVISORY_BODY);
    assertThat(UnitKind.CITIZEN_RECEPTION_BOARD.category()).isEqualTo(UnitCategory.STATE_BODY);
    assertThat(UnitKind.PROVINCIAL_COMMITTEE.category()).isEqualTo(UnitCategory.PARTY_COMMITTEE);
    assertThat(Arrays.stream(UnitKind.values()).filter(UnitKind::isPartyCommittee))
        .allMatch(k -> k.category() == UnitCategory.PARTY_COMMITTEE)
        .hasSize(11);
  }

  @Test
  void categoriesHaveBothNames() {
    assertThat(UnitCategory.PARTY_COMMITTEE.vietnameseName()).isEqualTo("Cấp ủy");
    assertThat(UnitCategory.ADVISORY_BODY.englishName()).isEqualTo("Advisory body");
    assertThat(UnitCategory.STATE_BODY.displayName(Bilingual.VIETNAMESE)).isEqualTo("Cơ quan nhà nước");
  }
}
