package io.github.vanphong.staffing;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A staffing rule that a {@link QuotaCheck} checks, named so that a {@link StaffingViolation} can say which rule it
 * breaks. For example {@link #BELOW_NORM}: a unit has fewer staff than the lower end of its norm.
 *
 * <p>The norm rules rest on the norm's own basis, which each violation carries. The allocation rules rest on the
 * decision that assigned the positions; where the application does not record it, on {@link
 * #ALLOCATION_DECISION}, a generic and unconfirmed citation.
 */
public enum StaffingRule implements Bilingual, Rule {
  /** A unit has at least the lower end of its norm; the basis is the norm's. */
  BELOW_NORM("Biên chế thấp hơn định mức", "Staff below the norm", null),
  /**
   * A unit has at most the upper end of its norm once the norm's transition, if any, has run ({@link
   * StaffingTransition}); the basis is the norm's.
   */
  ABOVE_NORM("Biên chế vượt định mức", "Staff above the norm", null),
  /** A unit has no more staff than the positions allocated to it for the year. */
  OVER_ALLOCATION(
      "Số người làm việc vượt biên chế được giao", "Staff beyond the positions allocated", allocationDecision()),
  /** The allocations of a unit's subunits fit inside the unit's own allocation for the year. */
  SUBUNIT_ALLOCATIONS_EXCEED_PARENT(
      "Tổng biên chế giao cho các đơn vị trực thuộc vượt biên chế của đơn vị",
      "Subunit allocations exceed the parent's",
      allocationDecision());

  /**
   * The basis of the allocation rules where an allocation records none: the decision of the competent body that
   * assigned the positions, which binds as a ceiling. {@link Confirmation#UNCONFIRMED}: no instrument has been
   * read that states the rule in these words.
   */
  public static final LegalBasis ALLOCATION_DECISION = allocationDecision();

  private final String vietnameseName;
  private final String englishName;
  private final @Nullable LegalBasis basis;

  StaffingRule(String vietnameseName, String englishName, @Nullable LegalBasis basis) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
  }

  private static LegalBasis allocationDecision() {
    return LegalBasis.of(
        Instrument.builder()
            .name("Quyết định giao biên chế của cấp có thẩm quyền (chưa xác định văn bản)")
            .inForceFrom(LocalDate.of(1930, 2, 3))
            .confirmation(Confirmation.UNCONFIRMED)
            .build(),
        "biên chế được giao là mức tối đa");
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
   * Returns the default basis of the rule: {@link #ALLOCATION_DECISION} for the allocation rules, empty for the
   * norm rules, whose basis is the norm's own.
   *
   * @return the default basis, or empty for a norm rule
   */
  public Optional<LegalBasis> basis() {
    return Optional.ofNullable(basis);
  }

  /**
   * Returns the citation of the rule's default basis: that of {@link #ALLOCATION_DECISION} for the allocation
   * rules; empty for the norm rules, whose basis is each norm's own and is cited by each {@link StaffingViolation}
   * ({@link StaffingViolation#basis()}).
   *
   * @return the citation, or empty for a norm rule
   */
  @Override
  public Optional<String> citation() {
    return basis().map(LegalBasis::citation);
  }
}
