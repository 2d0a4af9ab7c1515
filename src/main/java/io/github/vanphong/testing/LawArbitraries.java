package io.github.vanphong.testing;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the legal bases and validities every rule of vanphong carries, for example {@code
 * LawArbitraries.legalBases()} gives bases such as "Luật Tố cáo 25/2018/QH14, Điều 12", of every {@link
 * Confirmation}, in force from some day between 1990 and 2040, some with an end.
 *
 * <p>The same arbitraries are available by type, {@code @ForAll LegalBasis basis} or {@code @ForAll Validity
 * validity}, through {@link LawArbitraryProvider}. The variants that take the arbitrary of days let a generator of
 * another package draw its bases and validities from its own span of days.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class LawArbitraries {

  private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2040, 12, 31);

  private LawArbitraries() {}

  /**
   * Returns days from 1990-01-01 to 2040-12-31.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> days() {
    return Arbitraries.longs().between(FIRST_DAY.toEpochDay(), LAST_DAY.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * Returns legal bases in force from a day between 1990 and 2040, a quarter of them with a last day.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LegalBasis> legalBases() {
    return Combinators.combine(legalBases(days()), Arbitraries.integers().between(0, 3650).optional(0.25))
        .as(
            (basis, length) ->
                length
                    .map(days -> LegalBasis.builder().from(basis).inForceUntil(basis.inForceFrom().plusDays(days)).build())
                    .orElse(basis));
  }

  /**
   * Returns open-ended legal bases from a few real instruments, of every confirmation, in force from the given days.
   *
   * @param inForceFrom the arbitrary of first days in force, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<LegalBasis> legalBases(Arbitrary<LocalDate> inForceFrom) {
    return Combinators.combine(
            Arbitraries.of(
                "Luật Khiếu nại 02/2011/QH13",
                "Luật Tố cáo 25/2018/QH14",
                "Luật Tiếp công dân 42/2013/QH13",
                "Hướng dẫn 31-HD/BTCTW",
                "Quy chế của Tỉnh ủy",
                "Quyết định giao biên chế"),
            Arbitraries.integers().between(1, 40),
            inForceFrom,
            Arbitraries.of(Confirmation.class))
        .as(
            (instrument, article, from, confirmation) ->
                LegalBasis.builder()
                    .instrument(instrument)
                    .article("Điều " + article)
                    .inForceFrom(from)
                    .confirmation(confirmation)
                    .build());
  }

  /**
   * Returns validities starting between 1990 and 2040, half of them open-ended, the others up to ten years long.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Validity> validities() {
    return validities(days());
  }

  /**
   * Returns validities starting on the given days, half of them open-ended, the others up to ten years long.
   *
   * @param starts the arbitrary of first days, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Validity> validities(Arbitrary<LocalDate> starts) {
    return Combinators.combine(starts, Arbitraries.integers().between(0, 3650).optional(0.5))
        .as(
            (start, length) ->
                length.map(days -> Validity.between(start, start.plusDays(days))).orElse(Validity.from(start)));
  }
}
