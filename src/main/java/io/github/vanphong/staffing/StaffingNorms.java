package io.github.vanphong.staffing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule book of staffing norms: an ordered list of {@link StaffingNorm}s that chooses the norm of a unit on a
 * day. For example {@code StaffingNorms.standard().normFor(office, tree)} gives the 11–13 norm for a district party
 * committee office in 2016.
 *
 * <p>An application supplies its own norms (a province's quy chế) with {@link #with(StaffingNorm) with}: a later norm
 * takes precedence over an earlier one for the same kind, level, scope and condition on the days both are in
 * force. Among the norms that apply to a unit, one whose condition is met (a commune committee with a political
 * centre) is preferred over an unconditional one; among those of equal standing, the latest wins.
 *
 * <p>The built-in norms, {@link #standard()}, are data of uneven confirmation: see each constant. When an
 * application's norm overrides an earlier one, the choice is logged at DEBUG.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class StaffingNorms {

  private static final Logger LOG = LoggerFactory.getLogger(StaffingNorms.class);

  private static final LegalBasis DISTRICT_OFFICE_REPORT =
      LegalBasis.of(
          Instrument.builder()
              .name(
                  "Báo cáo tại Hội nghị giao ban công tác văn phòng cấp ủy tỉnh Hậu Giang, 01/3/2016"
                      + " (tinhuyhaugiang.org.vn); chưa xác định văn bản quy định")
              .inForceFrom(LocalDate.of(2016, 3, 1))
              .inForceUntil(LocalDate.of(2025, 6, 30))
              .confirmation(Confirmation.UNCONFIRMED)
              .build(),
          "định mức biên chế văn phòng cấp ủy cấp huyện");

  private static final LegalBasis GUIDANCE_31 =
      LegalBasis.of(
          Instruments.ORGANISATION_GUIDANCE_31_2025,
          "biên chế các cơ quan tham mưu, giúp việc và đơn vị của đảng ủy xã, phường, đặc khu");

  private static final Validity FROM_JULY_2025 = Validity.from(LocalDate.of(2025, 7, 1));

  /**
   * The transition of the commune, ward and special-zone norms of 2025: 5 years from their first day, 2025-07-01 to
   * 2030-06-30, during which a committee may have more staff than its norm. "Trước mắt có thể bố trí biên chế nhiều
   * hơn …, tối đa sau thời gian 05 năm phải thực hiện đúng" (Hướng dẫn 31-HD/BTCTW, as reported by a Hà Nội commune
   * portal, {@link Confirmation#REPORTED}); Quy định 298-QĐ/TW, Điều 4 sets the bodies whose staff it counts
   * (reported).
   *
   * <p>The report places the 5 years after the work on job positions, whose end is not known; the library counts
   * them from the norm's first day. That reading and the period are data: an application that reads them otherwise
   * gives its own with {@link #withTransition(StaffingTransition) withTransition}.
   */
  public static final StaffingTransition COMMUNE_TRANSITION =
      StaffingTransition.of(
          Period.ofYears(5),
          LegalBasis.of(
              Instruments.ORGANISATION_GUIDANCE_31_2025,
              "trước mắt có thể bố trí biên chế nhiều hơn; tối đa sau thời gian 05 năm phải thực hiện đúng"),
          LegalBasis.of(Instruments.PARTY_REGULATION_298_2025, "Điều 4"));

  /**
   * The office of a district-level party committee (Văn phòng huyện ủy, thị ủy, thành ủy trực thuộc tỉnh): 11 to
   * 13 staff of the office itself, in force over the life of the district level, until 2025-06-30.
   *
   * <p><b>Unconfirmed.</b> The figure is the one reported by the article "Giao ban công tác văn phòng cấp ủy lần
   * đầu tiên" (tinhuyhaugiang.org.vn, 04/03/2016) on the briefing of 01/3/2016; the instrument that sets it has not
   * been found, so its basis is {@link Confirmation#UNCONFIRMED}. An application should replace it with its own
   * norm, citing its own instrument, through {@link #with(StaffingNorm) with}.
   *
   * <p>The basis is dated by the report (in force from 2016-03-01 to 2025-06-30); the norm itself is applied over
   * the whole life of the district level, as no other figure is known for the years before the report.
   */
  public static final StaffingNorm DISTRICT_OFFICE =
      StaffingNorm.of(
          UnitKind.OFFICE, Level.DISTRICT, Range.closed(11, 13), DISTRICT_OFFICE_REPORT, Level.DISTRICT.validity());

  /**
   * A commune party committee (đảng ủy xã) from 2025-07-01: 15 to 17 staff for all its advisory bodies and units
   * together, counted over the committee and every unit under it (Hướng dẫn 31-HD/BTCTW, 23/4/2025, as reported).
   * A committee may temporarily have more, but must meet the norm within 5 years ({@link #COMMUNE_TRANSITION}).
   */
  public static final StaffingNorm COMMUNE_COMMITTEE = commune(UnitKind.COMMUNE_COMMITTEE, 17, false);

  /**
   * A ward party committee (đảng ủy phường) from 2025-07-01: 15 to 17 staff, as {@link #COMMUNE_COMMITTEE}.
   */
  public static final StaffingNorm WARD_COMMITTEE = commune(UnitKind.WARD_COMMITTEE, 17, false);

  /**
   * A special-zone party committee (đảng ủy đặc khu) from 2025-07-01: 15 to 17 staff, as {@link
   * #COMMUNE_COMMITTEE}.
   */
  public static final StaffingNorm SPECIAL_ZONE_COMMITTEE = commune(UnitKind.SPECIAL_ZONE_COMMITTEE, 17, false);

  /**
   * A commune party committee with a political centre (trung tâm chính trị) under it, from 2025-07-01: up to 20
   * staff, 15 to 20, for all its advisory bodies and units (Hướng dẫn 31-HD/BTCTW, 23/4/2025, as reported). The
   * same 5-year transition applies as for {@link #COMMUNE_COMMITTEE}.
   */
  public static final StaffingNorm COMMUNE_COMMITTEE_WITH_POLITICAL_CENTRE =
      commune(UnitKind.COMMUNE_COMMITTEE, 20, true);

  /** A ward party committee with a political centre, from 2025-07-01: 15 to 20 staff, as for a commune. */
  public static final StaffingNorm WARD_COMMITTEE_WITH_POLITICAL_CENTRE =
      commune(UnitKind.WARD_COMMITTEE, 20, true);

  /** A special-zone party committee with a political centre, from 2025-07-01: 15 to 20 staff, as for a commune. */
  public static final StaffingNorm SPECIAL_ZONE_COMMITTEE_WITH_POLITICAL_CENTRE =
      commune(UnitKind.SPECIAL_ZONE_COMMITTEE, 20, true);

  private static final StaffingNorms STANDARD =
      new StaffingNorms(
          ImmutableList.of(
              DISTRICT_OFFICE,
              COMMUNE_COMMITTEE,
              WARD_COMMITTEE,
              SPECIAL_ZONE_COMMITTEE,
              COMMUNE_COMMITTEE_WITH_POLITICAL_CENTRE,
              WARD_COMMITTEE_WITH_POLITICAL_CENTRE,
              SPECIAL_ZONE_COMMITTEE_WITH_POLITICAL_CENTRE));

  private static StaffingNorm commune(UnitKind kind, int upper, boolean withPoliticalCentre) {
    StaffingNorm.Builder builder = StaffingNorm.builder();
    builder
        .unitKind(kind)
        .level(Level.COMMUNE)
        .staff(Range.closed(15, upper))
        .basis(GUIDANCE_31)
        .inForce(FROM_JULY_2025)
        .scope(NormScope.UNIT_AND_DESCENDANTS)
        .transition(COMMUNE_TRANSITION);
    if (withPoliticalCentre) {
      builder.requiresSubunitOfKind(UnitKind.POLITICAL_CENTRE);
    }
    return builder.build();
  }

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<StaffingNorm> norms;

  private StaffingNorms(ImmutableList<StaffingNorm> norms) {
    this.norms = norms;
  }

  /**
   * Returns the built-in norms: {@link #DISTRICT_OFFICE} (unconfirmed) and the commune, ward and special-zone
   * norms from 2025-07-01, with and without a political centre, each with {@link #COMMUNE_TRANSITION}.
   *
   * @return the built-in rule book, not null
   */
  public static StaffingNorms standard() {
    return STANDARD;
  }

  /**
   * Returns a rule book of the given norms, later ones taking precedence over earlier ones.
   *
   * @param norms the norms, in order of precedence, lowest first; none null
   * @return the rule book, not null
   * @throws NullPointerException if a norm is null
   */
  public static StaffingNorms of(StaffingNorm... norms) {
    return of(Arguments.list("norms", norms));
  }

  /**
   * Returns a rule book of the given norms, later ones taking precedence over earlier ones.
   *
   * @param norms the norms, in order of precedence, lowest first; none null
   * @return the rule book, not null
   * @throws NullPointerException if a norm is null
   */
  public static StaffingNorms of(Iterable<StaffingNorm> norms) {
    return new StaffingNorms(Arguments.list(norms, "norms"));
  }

  /**
   * Returns this rule book with an application's own norm added last, so that it takes precedence over the
   * earlier norms for the same kind, level, scope and condition on the days both are in force.
   *
   * @param norm the norm, not null
   * @return a new rule book, not null
   */
  public StaffingNorms with(StaffingNorm norm) {
    requireNonNull(norm, "norm");
    return new StaffingNorms(ImmutableList.<StaffingNorm>builder().addAll(norms).add(norm).build());
  }

  /**
   * Returns this rule book with the given transition in place of that of every norm that has one, for an application
   * that reads the period of the commune norms otherwise: {@code
   * StaffingNorms.standard().withTransition(StaffingTransition.of(Period.ofYears(3), ownBasis))}. The order of the
   * norms is kept; this book is left as it was.
   *
   * @param transition the transition, not null
   * @return a new rule book, not null
   */
  public StaffingNorms withTransition(StaffingTransition transition) {
    requireNonNull(transition, "transition");
    return new StaffingNorms(
        norms.stream()
            .map(n -> n.transition().isPresent() ? n.withTransition(transition) : n)
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns this rule book with no transition: every norm binds from its first day, and a unit above its norm is in
   * breach at once. The order of the norms is kept; this book is left as it was.
   *
   * @return a new rule book, not null
   */
  public StaffingNorms withoutTransition() {
    return new StaffingNorms(
        norms.stream()
            .map(n -> n.transition().isPresent() ? n.withoutTransition() : n)
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the norms, in order of precedence, lowest first.
   *
   * @return the norms, not null
   */
  public ImmutableList<StaffingNorm> norms() {
    return norms;
  }

  /**
   * Returns the norms in force on a day, in order of precedence, lowest first.
   *
   * @param day the day, not null
   * @return the norms in force, possibly empty
   */
  public ImmutableList<StaffingNorm> inForceOn(LocalDate day) {
    return norms.stream().filter(n -> n.isInForceOn(day)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the norm of a unit on the tree's day: among the norms that {@linkplain StaffingNorm#appliesTo apply}
   * to it, one whose condition is met is preferred over an unconditional one, then the latest in this list.
   *
   * @param unit a unit of the tree, not null
   * @param tree the units alive on the day, not null
   * @return the norm, or empty if none applies
   * @throws io.github.vanphong.organization.InvalidOrganizationException if the unit is not in the tree
   */
  public Optional<StaffingNorm> normFor(Unit unit, UnitTree tree) {
    tree.unit(unit.id());
    int chosen = -1;
    for (int i = 0; i < norms.size(); i++) {
      StaffingNorm norm = norms.get(i);
      if (norm.appliesTo(unit, tree)
          && (chosen < 0 || !isConditional(norms.get(chosen)) || isConditional(norm))) {
        chosen = i;
      }
    }
    if (chosen < 0) {
      return Optional.empty();
    }
    if (LOG.isDebugEnabled()) {
      logOverrides(chosen, unit, tree);
    }
    return Optional.of(norms.get(chosen));
  }

  private static boolean isConditional(StaffingNorm norm) {
    return norm.requiresSubunitOfKind().isPresent();
  }

  private void logOverrides(int index, Unit unit, UnitTree tree) {
    StaffingNorm chosen = norms.get(index);
    for (StaffingNorm norm : norms.subList(0, index)) {
      if (norm.isForSameUnitsAs(chosen) && norm.appliesTo(unit, tree)) {
        LOG.debug(
            "staffing norm {} ({}) overrides {} ({}) for unit {} on {}",
            chosen.staff(),
            chosen.basis().citation(),
            norm.staff(),
            norm.basis().citation(),
            unit.id(),
            tree.date());
      }
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StaffingNorms other && norms.equals(other.norms);
  }

  @Override
  public int hashCode() {
    return norms.hashCode();
  }

  /**
   * Returns the number of norms: "StaffingNorms[7 norms]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "StaffingNorms[" + norms.size() + " norms]";
  }
}
