package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class DocumentCodeParseExceptionTest {

  @Test
  void aParseErrorIsABadArgumentThatNamesItsLineAndIndex() {
    DocumentCodeParseException e =
        catchThrowableOfType(
            DocumentCodeParseException.class,
            () ->
                DocumentCodeBook.parse(
                    "basis Quy chế 01-QC/TU [2020-01-01..) | Điều 3 | verified\ntype PARTY BC | Báo cáo | Report"));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.lineNumber()).isEqualTo(2);
    assertThat(e.errorIndex()).isEqualTo(5);
    assertThat(e)
        .hasMessage(
            "cannot parse document codes at line 2, index 5: expected the system 'party' or 'state', found 'PARTY'");
    assertThat(e.getCause()).isNull();
  }

  @Test
  void aBadDayKeepsItsCause() {
    DocumentCodeParseException e =
        catchThrowableOfType(
            DocumentCodeParseException.class,
            () -> DocumentCodeBook.parse("\n# own rules\nbasis Quy chế [2020-02-30..) | Điều 1 | verified\n"));
    assertThat(e.getCause()).isInstanceOf(DateTimeParseException.class);
    assertThat(e.lineNumber()).isEqualTo(3);
    assertThat(e.errorIndex()).isEqualTo(15);
  }
}
