package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import org.junit.jupiter.api.Test;

class NumberingPolicyTest {

  @Test
  void partyPoliciesRestOnHd36AndStatePoliciesOnDecree30() {
    assertThat(NumberingPolicy.PARTY_TERM.basis().citation()).isEqualTo("Hướng dẫn 36-HD/VPTW, Mục II, điểm 1.3.1");
    assertThat(NumberingPolicy.PARTY_TERM.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(NumberingPolicy.PARTY_CONGRESS.basis()).isEqualTo(NumberingPolicy.PARTY_TERM.basis());
    assertThat(NumberingPolicy.STATE_YEAR.basis().citation()).isEqualTo("Nghị định 30/2020/NĐ-CP, Điều 15, khoản 1");
    assertThat(NumberingPolicy.STATE_YEAR.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(NumberingPolicy.SECRET_DOCUMENTS_SHARE_THE_SEQUENCE).isEqualTo(NumberingPolicy.PARTY_TERM.basis());
  }

  @Test
  void aTermAndAStateBodysChoiceNumberPerTypeWhileACongressAndAStateYearShareOneSequence() {
    assertThat(NumberingPolicy.PARTY_TERM.perType()).isTrue();
    assertThat(NumberingPolicy.PARTY_CONGRESS.perType()).isFalse();
    assertThat(NumberingPolicy.STATE_YEAR.perType()).isFalse();
    assertThat(NumberingPolicy.STATE_YEAR_PER_TYPE.perType()).isTrue();
    assertThat(NumberingPolicy.PARTY_CONGRESS.system()).isEqualTo(DocumentSystem.PARTY);
    assertThat(NumberingPolicy.STATE_YEAR_PER_TYPE.system()).isEqualTo(DocumentSystem.STATE);
    assertThat(NumberingPolicy.PARTY_TERM.vietnameseName()).contains("nhiệm kỳ");
    assertThat(NumberingPolicy.STATE_YEAR.englishName()).contains("1 January");
  }
}
