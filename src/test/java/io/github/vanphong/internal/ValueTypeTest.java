package io.github.vanphong.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.meeting.Conclusion;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/** The build-time mark of the value types: Immutables generates them from it, and the API does not show it. */
class ValueTypeTest {

  @Test
  void theMarkIsNotDocumentedSoTheJavadocAndTheExportedApiDoNotShowIt() {
    assertThat(ValueType.class.isAnnotationPresent(Documented.class)).isFalse();
    assertThat(ValueType.class.getAnnotation(Retention.class).value()).isEqualTo(RetentionPolicy.CLASS);
  }

  @Test
  void aMarkedTypeHasItsImplementationGeneratedPackagePrivate() throws ClassNotFoundException {
    for (Class<?> type : new Class<?>[] {LegalBasis.class, Conclusion.class}) {
      Class<?> generated = Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName());
      assertThat(generated.getSuperclass()).isEqualTo(type);
      assertThat(Modifier.isPublic(generated.getModifiers())).as("%s is public", generated).isFalse();
    }
  }
}
