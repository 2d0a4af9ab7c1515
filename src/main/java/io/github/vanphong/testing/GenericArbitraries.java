package io.github.vanphong.testing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * The arbitraries that every generator of this package shares, defined once: days within a span, unit and person
 * identifiers, and validities. For example {@code GenericArbitraries.days()} gives the days of 2010 to 2030, and
 * {@code GenericArbitraries.unitIds()} the identifiers {@code U0} to {@code U9}, which are also those of the first
 * units of a generated {@link io.github.vanphong.organization.OrgChart}, so that generated staffing, briefings and
 * charts name the same units.
 *
 * <p>A generator whose domain needs another span of days draws it from {@link #days(LocalDate, LocalDate) days}: legal
 * instruments from 1990 ({@link LawArbitraries#days()}), charts from 1976 ({@link OrganizationArbitraries#dates()}),
 * petitions and receptions across the changes of law they know ({@link PetitionArbitraries#receivedDays()}, {@link
 * ReceptionArbitraries#days()}). Identifiers of any shape, for the properties of the identifiers themselves, are
 * {@link #anyUnitIds()} and {@link #anyPersonIds()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class GenericArbitraries {

  /** The first day of {@link #days()}, 2010-01-01. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);

  /** The last day of {@link #days()}, 2030-12-31. */
  public static final LocalDate LAST_DAY = LocalDate.of(2030, 12, 31);

  /** The longest closed validity that {@link #validities(Arbitrary) validities} gives: ten years. */
  private static final int LONGEST_VALIDITY_DAYS = 3650;

  private GenericArbitraries() {}

  /**
   * Returns days from {@link #FIRST_DAY} (2010-01-01) to {@link #LAST_DAY} (2030-12-31), both ends edge cases.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> days() {
    return days(FIRST_DAY, LAST_DAY);
  }

  /**
   * Returns days from the first to the last, both included as edge cases, for example {@code days(2016-01-01,
   * 2016-12-31)} for the days of 2016.
   *
   * @param first the first day, not null
   * @param last the last day, not null, not before {@code first}
   * @return the arbitrary, not null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static Arbitrary<LocalDate> days(LocalDate first, LocalDate last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "a span of days ends on or after its first day: first %s, last %s", first, last);
    return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * Returns unit identifiers from a pool of ten, {@code U0} to {@code U9}: the identifiers of the first units of a
   * generated chart, so that values generated apart still name the same units.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<UnitId> unitIds() {
    return Arbitraries.integers().between(0, 9).map(i -> UnitId.of("U" + i));
  }

  /**
   * Returns person identifiers from a pool of twenty, {@code P-0} to {@code P-19}, so that values generated apart
   * often name the same person.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PersonId> personIds() {
    return Arbitraries.integers().between(0, 19).map(i -> PersonId.of("P-" + i));
  }

  /**
   * Returns unit identifiers of any shape the identifier accepts: 1 to 16 characters of {@code [A-Za-z0-9._-]}
   * starting with a letter or digit.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<UnitId> anyUnitIds() {
    return identifiers().map(UnitId::of);
  }

  /**
   * Returns person identifiers of any shape the identifier accepts: 1 to 16 characters of {@code [A-Za-z0-9._-]}
   * starting with a letter or digit.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PersonId> anyPersonIds() {
    return identifiers().map(PersonId::of);
  }

  private static Arbitrary<String> identifiers() {
    Arbitrary<String> first =
        Arbitraries.strings().withCharRange('A', 'Z').withCharRange('a', 'z').withCharRange('0', '9').ofLength(1);
    Arbitrary<String> rest =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .withCharRange('a', 'z')
            .withCharRange('0', '9')
            .withChars('.', '_', '-')
            .ofMaxLength(15);
    return Combinators.combine(first, rest).as(String::concat);
  }

  /**
   * Returns validities starting on a day of {@link #days()}, half of them open-ended, the others up to ten years
   * long.
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
    requireNonNull(starts, "starts");
    return Combinators.combine(starts, Arbitraries.integers().between(0, LONGEST_VALIDITY_DAYS).optional(0.5))
        .as(
            (start, length) ->
                length.map(days -> Validity.between(start, start.plusDays(days))).orElse(Validity.from(start)));
  }
}
