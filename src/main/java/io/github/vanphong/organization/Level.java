package io.github.vanphong.organization;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The level of a unit in the hierarchy of the Party and the State: central, provincial, district, commune,
 * grassroots. For example a provincial party committee and its office are both {@link #PROVINCIAL}.
 *
 * <p>Levels are ranked: a unit's level is never above its parent's. The district level is historical: it ended on
 * 2025-06-30, when local government became two-tier (province and commune).
 */
public enum Level implements Bilingual {
  /** Trung ương: the Central Committee and the bodies directly under it. */
  CENTRAL("Trung ương", "Central", 0, Validity.from(LocalDate.of(1930, 2, 3)), null),
  /** Tỉnh: provinces and centrally run cities. */
  PROVINCIAL("Tỉnh", "Provincial", 1, Validity.from(LocalDate.of(1930, 2, 3)), null),
  /**
   * Huyện: districts, district-level towns and provincial cities; ended on 2025-06-30 (two-tier local government
   * from 2025-07-01, Hướng dẫn 31-HD/BTCTW).
   */
  DISTRICT(
      "Huyện",
      "District",
      2,
      Validity.between(LocalDate.of(1930, 2, 3), LocalDate.of(2025, 6, 30)),
      LegalBasis.of(Instruments.ORGANISATION_GUIDANCE_31_2025, "Mục kết thúc hoạt động của đảng bộ cấp huyện")),
  /** Xã: communes, wards and special zones (xã, phường, đặc khu). */
  COMMUNE("Xã", "Commune", 3, Validity.from(LocalDate.of(1930, 2, 3)), null),
  /** Cơ sở: grassroots party organisations and cells (đảng bộ cơ sở, chi bộ). */
  GRASSROOTS("Cơ sở", "Grassroots", 4, Validity.from(LocalDate.of(1930, 2, 3)), null);

  private final String vietnameseName;
  private final String englishName;
  private final int rank;
  private final Validity validity;
  private final @Nullable LegalBasis endedBy;

  Level(
      String vietnameseName,
      String englishName,
      int rank,
      Validity validity,
      @Nullable LegalBasis endedBy) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.rank = rank;
    this.validity = requireNonNull(validity);
    this.endedBy = endedBy;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Tells whether this level is above the other: central is above provincial, provincial above district, and so
   * on.
   *
   * @param other the other level, not null
   * @return true if this level is strictly higher
   */
  public boolean isAbove(Level other) {
    requireNonNull(other, "other");
    return rank < other.rank;
  }

  /**
   * Returns the days on which units of this level exist, from the founding of the Party (1930-02-03); only {@link
   * #DISTRICT} has an end, 2025-06-30.
   *
   * @return the validity of the level, not null
   */
  public Validity validity() {
    return validity;
  }

  /**
   * Returns the basis on which the level ended, if it has.
   *
   * @return the legal basis of the level's end; empty for the levels that still exist
   */
  public Optional<LegalBasis> endedBy() {
    return Optional.ofNullable(endedBy);
  }
}
