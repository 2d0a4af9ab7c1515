package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonKeyTest {

  @Test
  void aKeyReadsBackFromItsText() {
    PersonKey key = PersonKey.of("CB-0042");
    assertThat(key.value()).isEqualTo("CB-0042");
    assertThat(PersonKey.of(key.toString())).isEqualTo(key);
    assertThat(PersonKey.of(Strings.repeat("a", 64)).value()).hasSize(64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-CB", "Nguyễn Văn A", "CB 42", "x/y"})
  void aKeyIsAsciiLettersDigitsAndPunctuationNotAName(String text) {
    assertThatThrownBy(() -> PersonKey.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a person key is 1 to 64 characters of [A-Za-z0-9._-] starting with a letter or digit: '"
                + text
                + "'");
  }

  @Test
  void aKeyHasAtMost64Characters() {
    assertThatThrownBy(() -> PersonKey.of(Strings.repeat("a", 65))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keysCompareByTheirTextCaseSensitive() {
    assertThat(PersonKey.of("A-1")).isLessThan(PersonKey.of("B-1"));
    assertThat(PersonKey.of("a-1")).isGreaterThan(PersonKey.of("B-1"));
    assertThat(PersonKey.of("A-1").compareTo(PersonKey.of("A-1"))).isZero();
    new EqualsTester()
        .addEqualityGroup(PersonKey.of("A-1"), PersonKey.of("A-1"))
        .addEqualityGroup(PersonKey.of("a-1"))
        .testEquals();
  }

  @Test
  void distinctKeysSpreadOverHashCodes() {
    assertThat(PersonKey.of("A-1").hashCode()).isNotEqualTo(PersonKey.of("A-2").hashCode());
  }
}
