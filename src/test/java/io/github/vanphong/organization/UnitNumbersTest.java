package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The table that numbers the units of one full replay: dense numbers in the order met, each unit once. */
class UnitNumbersTest {

  private static final UnitId C = UnitId.of("C");
  private static final UnitId A = UnitId.of("A");
  private static final UnitId B = UnitId.of("B");

  @Test
  void numbersEachUnitOnceDenselyInTheOrderMet() {
    UnitNumbers numbers = new UnitNumbers(0);
    assertThat(numbers.size()).isZero();
    assertThat(numbers.number(C)).isZero();
    assertThat(numbers.number(A)).isEqualTo(1);
    assertThat(numbers.number(C)).isZero();
    assertThat(numbers.number(B)).isEqualTo(2);
    assertThat(numbers.size()).isEqualTo(3);
    assertThat(numbers.id(0)).isEqualTo(C);
    assertThat(numbers.id(1)).isEqualTo(A);
    assertThat(numbers.id(2)).isEqualTo(B);
  }

  @Test
  void findsANumberWithoutGivingOne() {
    UnitNumbers numbers = new UnitNumbers(4);
    numbers.number(A);
    assertThat(numbers.find(A)).isZero();
    assertThat(numbers.find(B)).isEqualTo(UnitNumbers.NONE).isNegative();
    assertThat(numbers.size()).isEqualTo(1);
  }

  @Test
  void aNumberNotGivenHasNoUnit() {
    UnitNumbers numbers = new UnitNumbers(8);
    numbers.number(A);
    assertThat(numbers.id(0)).isEqualTo(A);
    assertThatThrownBy(() -> numbers.id(1)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
  }

  @Test
  void listsTheNumbersInTheOrderOfTheIdentifiers() {
    UnitNumbers numbers = new UnitNumbers(1);
    numbers.number(C);
    numbers.number(A);
    numbers.number(B);
    assertThat(numbers.inIdOrder()).containsExactly(1, 2, 0);
    assertThat(new UnitNumbers(0).inIdOrder()).isEmpty();
  }
}
