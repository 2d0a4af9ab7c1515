package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RegisterColumnTest {

  @Test
  void onlyTheNameTheAddressAndTheIdentityPapersAreConfidential() {
    assertThat(Arrays.stream(RegisterColumn.values()).filter(RegisterColumn::isConfidential))
        .containsExactly(RegisterColumn.NAME_AND_ADDRESS, RegisterColumn.IDENTITY_PAPERS);
    assertThat(RegisterColumn.TRANSFER.vietnameseName()).isEqualTo("Cơ quan, đơn vị thụ lý, số văn bản chuyển đơn");
  }
}
