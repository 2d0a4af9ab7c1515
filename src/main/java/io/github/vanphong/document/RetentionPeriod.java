package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * How long a file (hồ sơ) is kept: permanently (vĩnh viễn) or for a number of years (có thời hạn). For example {@code
 * RetentionPeriod.years(10)}: a file formed in 2016 may be disposed of from 2027.
 *
 * <p>Party archives keep files at two levels, permanent or 1, 5, 10 or 15 years, counted from when the file is formed
 * (Công văn 160-CV/TW of 1988, {@link #TWO_LEVEL_SCHEME}, reported); {@link #isInTwoLevelScheme()} tells whether a
 * period is one of them. Other periods (20 or 70 years, as State schedules have) can be written. The years count as
 * whole calendar years after the year the file is formed, so that a file is never disposed of early ({@link
 * #COUNTING}, the library's reading, unconfirmed). A period is not a date, and not a decision to dispose: disposal
 * follows an appraisal the library does not model.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class RetentionPeriod implements Bilingual {

  /** The longest period in years that can be written: 100. */
  public static final int MAX_YEARS = 100;

  /**
   * Two levels of retention, permanent and limited (1, 5, 10, 15 years), counted from the forming of the file unit:
   * Công văn 160-CV/TW (Cục Lưu trữ Trung ương Đảng, 1988-10-26), as reported.
   */
  public static final LegalBasis TWO_LEVEL_SCHEME =
      LegalBasis.of(
          Instruments.PARTY_CENTRAL_RETENTION_1988,
          "hai mức thời hạn bảo quản: vĩnh viễn; có thời hạn 1, 5, 10, 15 năm");

  /**
   * The years count from 1 January of the year after the file is formed, so a file formed in 2016 and kept 10 years
   * may be disposed of from 2027: the library's reading of "tính từ khi lập hồ sơ", <b>unconfirmed</b>.
   */
  public static final LegalBasis COUNTING =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_CENTRAL_RETENTION_1988)
          .article("thời hạn tính từ khi lập hồ sơ (tính tròn năm từ năm sau năm lập hồ sơ; chưa đối chiếu)")
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  private static final RetentionPeriod PERMANENT = new RetentionPeriod(0);

  /** The years kept; 0 for permanent. */
  private final int years;

  private RetentionPeriod(int years) {
    this.years = years;
  }

  /**
   * Returns the permanent period (vĩnh viễn).
   *
   * @return the permanent period, not null
   */
  public static RetentionPeriod permanent() {
    return PERMANENT;
  }

  /**
   * Returns a limited period of whole years (có thời hạn), for example 10 years.
   *
   * @param years the years, from 1 to {@link #MAX_YEARS}
   * @return the period, not null
   * @throws IllegalArgumentException if the years are out of range
   */
  public static RetentionPeriod years(int years) {
    checkArgument(
        years >= 1 && years <= MAX_YEARS,
        "a limited retention period is 1 to %s years: %s",
        MAX_YEARS,
        years);
    return new RetentionPeriod(years);
  }

  /**
   * Tells whether the file is kept permanently.
   *
   * @return true for {@link #permanent()}
   */
  public boolean isPermanent() {
    return years == 0;
  }

  /**
   * Returns the years kept.
   *
   * @return the years, or empty if permanent
   */
  public OptionalInt years() {
    return isPermanent() ? OptionalInt.empty() : OptionalInt.of(years);
  }

  /**
   * Tells whether the period is one of the two levels of Công văn 160-CV/TW: permanent, or 1, 5, 10 or 15 years.
   *
   * @return true if it is
   */
  public boolean isInTwoLevelScheme() {
    return years == 0 || years == 1 || years == 5 || years == 10 || years == 15;
  }

  /**
   * Returns the first year in which a file formed in a given year may be disposed of: the year after the years
   * kept have run ({@link #COUNTING}).
   *
   * @param formedIn the year the file unit was formed (closed), not null
   * @return {@code formedIn + years + 1}, or empty if the file is kept permanently
   */
  public Optional<Year> disposableFrom(Year formedIn) {
    requireNonNull(formedIn, "formedIn");
    return isPermanent() ? Optional.empty() : Optional.of(formedIn.plusYears(years + 1L));
  }

  /**
   * Returns the Vietnamese name: "Vĩnh viễn" or "10 năm".
   *
   * @return the name, not null
   */
  @Override
  public String vietnameseName() {
    return isPermanent() ? "Vĩnh viễn" : years + " năm";
  }

  /**
   * Returns the English name: "Permanent" or "10 years".
   *
   * @return the name, not null
   */
  @Override
  public String englishName() {
    return isPermanent() ? "Permanent" : years == 1 ? "1 year" : years + " years";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RetentionPeriod other && years == other.years;
  }

  @Override
  public int hashCode() {
    return years;
  }

  /**
   * Returns the English name: "Permanent" or "10 years".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return englishName();
  }
}
