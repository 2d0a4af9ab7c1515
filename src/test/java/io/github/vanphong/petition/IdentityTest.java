package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class IdentityTest {

  private static Identity.Builder complete() {
    return Identity.builder()
        .fullName("Trần Thị Bảo Ngọc")
        .address("Số 9, đường Ba Mươi Tháng Tư, phường 1, Vị Thanh")
        .contact("0913 555 127")
        .idNumber("363000111222")
        .handwriting("mat/2016/0042-but-tich.pdf");
  }

  @Test
  void anIdentityHoldsWhatTheLetterGives() {
    Identity identity = complete().build();

    assertThat(identity.fullName()).isEqualTo("Trần Thị Bảo Ngọc");
    assertThat(identity.address()).isEqualTo("Số 9, đường Ba Mươi Tháng Tư, phường 1, Vị Thanh");
    assertThat(identity.contact()).contains("0913 555 127");
    assertThat(identity.idNumber()).contains("363000111222");
    assertThat(identity.handwriting()).contains("mat/2016/0042-but-tich.pdf");
  }

  @Test
  void onlyTheNameAndTheAddressAreRequired() {
    Identity identity = Identity.builder().fullName("Phan Minh Khánh").address("Số 12, đường Hòa Bình").build();

    assertThat(identity.contact()).isEmpty();
    assertThat(identity.idNumber()).isEmpty();
    assertThat(identity.handwriting()).isEmpty();
  }

  @Test
  void anIdentityNeedsAFullName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Identity.builder().address("Số 12, đường Hòa Bình").build())
        .withMessage("an identity needs its full name; none was given");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Identity.builder().fullName(" \t").address("Số 12, đường Hòa Bình").build())
        .withMessage("an identity's full name must not be blank");
  }

  @Test
  void anIdentityNeedsAnAddress() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Identity.builder().fullName("Phan Minh Khánh").build())
        .withMessage("an identity needs its address; none was given");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Identity.builder().fullName("Phan Minh Khánh").address("").build())
        .withMessage("an identity's address must not be blank");
  }

  @Test
  void aRefusedBuildLeavesTheBuilderToBeCompleted() {
    Identity.Builder builder = Identity.builder().fullName("Phan Minh Khánh");
    assertThatIllegalArgumentException().isThrownBy(builder::build);

    assertThat(builder.address("Số 12, đường Hòa Bình").build().fullName()).isEqualTo("Phan Minh Khánh");
  }

  @Test
  void theBuilderRefusesNulls() {
    Identity.Builder builder = Identity.builder();
    assertThatNullPointerException().isThrownBy(() -> builder.fullName(null)).withMessage("fullName");
    assertThatNullPointerException().isThrownBy(() -> builder.address(null)).withMessage("address");
    assertThatNullPointerException().isThrownBy(() -> builder.contact(null)).withMessage("contact");
    assertThatNullPointerException().isThrownBy(() -> builder.idNumber(null)).withMessage("idNumber");
    assertThatNullPointerException().isThrownBy(() -> builder.handwriting(null)).withMessage("handwriting");
  }

  @Test
  void anIdentityAndItsBuilderShowNothingOfThePerson() {
    Identity.Builder builder = complete();

    assertThat(builder.build()).hasToString("Identity[confidential]");
    assertThat(builder).hasToString("Identity.Builder[confidential]");
  }

  @Test
  void identitiesAreEqualWhenEveryFactIs() {
    Identity identity = complete().build();

    assertThat(identity).isEqualTo(complete().build()).hasSameHashCodeAs(complete().build());
    assertThat(identity).isNotEqualTo(complete().fullName("Trần Thị Bảo Ngân").build());
    assertThat(identity).isNotEqualTo(complete().address("Số 10, đường Ba Mươi Tháng Tư").build());
    assertThat(identity).isNotEqualTo(complete().contact("0913 555 128").build());
    assertThat(identity).isNotEqualTo(complete().idNumber("363000111223").build());
    assertThat(identity).isNotEqualTo(complete().handwriting("mat/2016/0043-but-tich.pdf").build());
    assertThat(identity).isNotEqualTo(Identity.builder().fullName("Trần Thị Bảo Ngọc")
        .address("Số 9, đường Ba Mươi Tháng Tư, phường 1, Vị Thanh").build());
    assertThat(identity).isNotEqualTo("Trần Thị Bảo Ngọc");
    assertThat(identity.hashCode()).isNotEqualTo(complete().contact("0913 555 128").build().hashCode());
  }
}
