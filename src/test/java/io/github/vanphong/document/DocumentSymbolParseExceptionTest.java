package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentSymbolParseExceptionTest {

  @Test
  void theExceptionCarriesTheInputAndTheIndexInItsMessage() {
    DocumentSymbolParseException e = new DocumentSymbolParseException("12-BC VPTU", 5, "'/'");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.input()).isEqualTo("12-BC VPTU");
    assertThat(e.errorIndex()).isEqualTo(5);
    assertThat(e).hasMessage("cannot parse document symbol '12-BC VPTU' at index 5: expected '/'");
  }
}
