package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RegisterFormTest {

  @Test
  void theRegisterIsForm06TcdUntil2026AndForm03TcdFromJuly2026() {
    assertThat(RegisterForm.on(LocalDate.of(2014, 12, 14))).isEmpty();
    assertThat(RegisterForm.on(LocalDate.of(2014, 12, 15))).contains(RegisterForm.FORM_06_TCD);
    assertThat(RegisterForm.on(LocalDate.of(2026, 6, 30))).contains(RegisterForm.FORM_06_TCD);
    assertThat(RegisterForm.on(LocalDate.of(2026, 7, 1))).contains(RegisterForm.FORM_03_TCD);
  }

  @Test
  void form03TcdHasItsThirteenColumnsInOrder() {
    assertThat(RegisterForm.FORM_03_TCD.columns())
        .containsExactly(
            RegisterColumn.NUMBER,
            RegisterColumn.DATE,
            RegisterColumn.NAME_AND_ADDRESS,
            RegisterColumn.IDENTITY_PAPERS,
            RegisterColumn.CONTENT,
            RegisterColumn.KIND,
            RegisterColumn.PEOPLE,
            RegisterColumn.EARLIER_HANDLING,
            RegisterColumn.WITHIN_COMPETENCE,
            RegisterColumn.GUIDANCE,
            RegisterColumn.TRANSFER,
            RegisterColumn.FOLLOW_UP,
            RegisterColumn.NOTES);
    assertThat(RegisterForm.FORM_03_TCD.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
  }

  @Test
  void form06TcdHasTheCriteriaOfCircular06() {
    assertThat(RegisterForm.FORM_06_TCD.columns()).hasSize(8).contains(RegisterColumn.REQUESTS, RegisterColumn.OUTCOME);
    assertThat(RegisterForm.FORM_06_TCD.basis().confirmation())
        .as("Điều 16 and 27 were read (T16)")
        .isEqualTo(Confirmation.VERIFIED);
    assertThat(RegisterForm.FORM_06_TCD.basis().instrument().confirmation())
        .as("the circular's own days are reported")
        .isEqualTo(Confirmation.REPORTED);
    assertThat(RegisterForm.FORM_06_TCD.validity().end()).contains(LocalDate.of(2026, 6, 30));
  }
}
