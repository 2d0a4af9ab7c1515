package io.github.vanphong.consumer;

import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;

/** Uses the library from the module path, as an application would. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LegalBasis basis = LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 30");
    if (!basis.isInForceOn(LocalDate.of(2026, 11, 26))) {
      throw new AssertionError(basis);
    }
    System.out.println("consumer: " + basis.citation());
  }
}
