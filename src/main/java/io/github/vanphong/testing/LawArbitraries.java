package io.github.vanphong.testing;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class LawArbitraries {

  private static final LocalDate FIRST_DAY = LocalDate.of(1990, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2040, 12, 31);

  private LawArbitraries() {}

  /**
   * Returns days from 1990-01-01 to 2040-12-31, the span of the instruments generated here: wider than {@link
   * GenericArbitraries#days()}, for laws older and newer than the values that cite them.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> days() {
    return GenericArbitraries.days(FIRST_DAY, LAST_DAY);
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
   * Returns open-ended legal bases, of every confirmation, citing an article of an instrument in force from the
   * given days.
   *
   * @param inForceFrom the arbitrary of first days in force, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<LegalBasis> legalBases(Arbitrary<LocalDate> inForceFrom) {
    return Combinators.combine(
            instruments(inForceFrom).filter(i -> i.inForceUntil().isEmpty()),
            Arbitraries.integers().between(1, 40),
            Arbitraries.of(Confirmation.class))
        .as(
            (instrument, article, confirmation) ->
                LegalBasis.builder()
                    .instrument(instrument)
                    .article("Điều " + article)
                    .confirmation(confirmation)
                    .build());
  }

  /**
   * Returns instruments in force from a day between 1990 and 2040: a law, decree, circular, Party regulation or
   * provincial quy chế with a number, of every confirmation; a quarter of them ended, some of those replaced, and a
   * fifth amended.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Instrument> instruments() {
    return Combinators.combine(instruments(days()), Arbitraries.integers().between(0, 3650).optional(0.25))
        .as(
            (instrument, length) ->
                length
                    .map(
                        days -> {
                          LocalDate end = instrument.inForceFrom().plusDays(days);
                          return Instrument.builder()
                              .from(instrument)
                              .inForceUntil(end)
                              .replacedBy(
                                  days % 2 == 0
                                      ? Optional.of(
                                          Instrument.of(instrument.name() + " (thay thế)", end.plusDays(1)))
                                      : Optional.empty())
                              .build();
                        })
                    .orElse(instrument));
  }

  /**
   * Returns open-ended instruments in force from the given days, of every confirmation, a fifth of them amended a
   * year or more later.
   *
   * @param inForceFrom the arbitrary of first days in force, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Instrument> instruments(Arbitrary<LocalDate> inForceFrom) {
    return Combinators.combine(
            Arbitraries.of(
                "Luật Khiếu nại %d/%d/QH13",
                "Luật Tố cáo %d/%d/QH14",
                "Nghị định %d/%d/NĐ-CP",
                "Thông tư %d/%d/TT-TTCP",
                "Quy định %d-QĐ/TW (%d)",
                "Quy chế %d-QC/TU (%d)"),
            Arbitraries.integers().between(1, 400),
            inForceFrom,
            Arbitraries.of(Confirmation.class),
            Arbitraries.integers().between(366, 3650).optional(0.2))
        .as(
            (form, number, from, confirmation, amendedAfter) ->
                Instrument.builder()
                    .name(String.format(Locale.ROOT, form, number, from.getYear()))
                    .inForceFrom(from)
                    .confirmation(confirmation)
                    .amendedBy(
                        amendedAfter
                            .map(
                                days ->
                                    List.of(
                                        Instrument.of(
                                            "Luật sửa đổi " + number + "/" + from.plusDays(days).getYear(),
                                            from.plusDays(days))))
                            .orElse(List.of()))
                    .build());
  }

  /**
   * Returns validities starting between 2010 and 2030, half of them open-ended, the others up to ten years long:
   * {@link GenericArbitraries#validities()}, which {@code @ForAll Validity} gives.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Validity> validities() {
    return GenericArbitraries.validities();
  }

  /**
   * Returns validities starting on the given days, half of them open-ended, the others up to ten years long: {@link
   * GenericArbitraries#validities(Arbitrary) GenericArbitraries.validities}.
   *
   * @param starts the arbitrary of first days, not null
   * @return the arbitrary, not null
   */
  public static Arbitrary<Validity> validities(Arbitrary<LocalDate> starts) {
    return GenericArbitraries.validities(starts);
  }
}
