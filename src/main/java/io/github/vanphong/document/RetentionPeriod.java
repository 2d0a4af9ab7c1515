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
 * <p>The Party's central documents ("tài liệu chủ yếu của Đảng ở Trung ương") are kept at two levels, permanent or
 * 1, 5, 10 or 15 years, counted "từ sau khi hình thành đơn vị bảo quản", from the formation of the file unit (Công
 * văn 160-CV/TW, 1988-10-26, {@link #TWO_LEVEL_SCHEME}, reported); {@link #isInTwoLevelScheme()} tells whether a
 * period is one of them. The tables of provincial and district bodies are another instrument's (Hướng dẫn
 * 35-HD/VPTW), not read: their periods are application data ({@link RetentionSchedule}). Other periods (20 or 70
 * years, as State schedules have) can be written. A period starts when the file unit (đơn vị bảo quản) is formed;
 * the library counts its years as whole calendar years from the year after, so that a file is never disposed of
 * early ({@link #COUNTING}, the library's reading, unconfirmed). A period is not a date, and not a decision to dispose: disposal
 * follows an appraisal the library does not model.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class RetentionPeriod implements Bilingual {

  /** The longest period in years that can be written: 100. */
  public static final int MAX_YEARS = 100;

  /**
   * Two levels of retention for the Party's central documents ("tài liệu chủ yếu của Đảng ở Trung ương"), permanent
   * and limited (1, 5, 10, 15 years), counted "từ sau khi hình thành đơn vị bảo quản", from the formation of the
   * file unit: Công văn 160-CV/TW (1988-10-26), as reported. It is not the table of a provincial or district body.
   */
  public static final LegalBasis TWO_LEVEL_SCHEME =
      LegalBasis.of(
          Instruments.PARTY_CENTRAL_RETENTION_1988,
          "tài liệu chủ yếu của Đảng ở Trung ương: hai mức thời hạn bảo quản, vĩnh viễn; có thời hạn 1, 5, 10, 15"
              + " năm, tính từ sau khi hình thành đơn vị bảo quản");

  /**
   * The years count from 1 January of the year after the file unit is formed, so a file unit formed in 2016 and kept
   * 10 years may be disposed of from 2027: the library's reading, <b>unconfirmed</b>, of "từ sau khi hình thành đơn
   * vị bảo quản" (Công văn 160-CV/TW, reported), which starts the period at the formation of the file unit and does
   * not say how a part of a year counts.
   */
  public static final LegalBasis COUNTING =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_CENTRAL_RETENTION_1988)
          .article(
              "thời hạn tính từ sau khi hình thành đơn vị bảo quản (tính tròn năm từ năm sau năm hình thành; chưa"
                  + " đối chiếu)")
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
   * Returns the first year in which a file unit formed in a given year may be disposed of: the period starts at the
   * formation of the file unit, and the year after the years kept have run it may go ({@link #COUNTING}).
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
