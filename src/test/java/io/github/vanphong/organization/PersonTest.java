package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class PersonTest {

  private static final PersonId TAO = PersonId.of("HG-HTTAO");

  @Test
  void aPersonIsAnIdAndAFullNameInNfc() {
    Person tao = Person.of(TAO, "Huy\u0300nh Thanh Ta\u0323o");
    assertThat(tao.fullName()).isEqualTo("Huỳnh Thanh Tạo");
    assertThat(tao.id()).isEqualTo(TAO);
    assertThat(tao).hasToString("HG-HTTAO Huỳnh Thanh Tạo");
  }

  @Test
  void aPersonNeedsAName() {
    assertThatThrownBy(() -> Person.of(TAO, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a person needs a full name: person HG-HTTAO");
  }

  @Test
  void personsAreValues() {
    new EqualsTester()
        .addEqualityGroup(Person.of(TAO, "Huỳnh Thanh Tạo"), Person.of(TAO, "Huy\u0300nh Thanh Ta\u0323o"))
        .addEqualityGroup(Person.of(TAO, "Huỳnh Thanh Tao"))
        .addEqualityGroup(Person.of(PersonId.of("X"), "Huỳnh Thanh Tạo"))
        .testEquals();
    new NullPointerTester().setDefault(PersonId.class, TAO).testAllPublicStaticMethods(Person.class);
  }
}
