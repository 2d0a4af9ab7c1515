package io.github.vanphong.testing;

import io.github.vanphong.organization.PersonId;
import com.google.common.collect.Range;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.staffing.Allocation;
import io.github.vanphong.staffing.Employment;
import io.github.vanphong.staffing.Headcount;
import io.github.vanphong.staffing.NormScope;
import io.github.vanphong.staffing.Qualification;
import io.github.vanphong.staffing.QuotaCompliance;
import io.github.vanphong.staffing.StaffAssignment;
import io.github.vanphong.staffing.StaffingNorm;
import io.github.vanphong.staffing.StaffingSummary;
import io.github.vanphong.staffing.StaffingTransition;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for the staffing values, for example {@code StaffingArbitraries.staffingNorms()} gives norms of
 * any kind and level with ranges between 0 and 40 staff. Values are small and drawn from small pools of unit
 * identifiers and person identifiers, so that generated allocations and posts meet each other.
 *
 * <p>The same arbitraries are available by type, {@code @ForAll StaffingNorm norm}, through {@link
 * StaffingArbitraryProvider}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class StaffingArbitraries {

  private StaffingArbitraries() {}

  /**
   * Returns unit identifiers from a pool of ten, {@code U0} to {@code U9}: {@link GenericArbitraries#unitIds()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<UnitId> unitIds() {
    return GenericArbitraries.unitIds();
  }

  /**
   * Returns person identifiers from a pool of twenty, {@code P-0} to {@code P-19}: {@link
   * GenericArbitraries#personIds()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PersonId> personIds() {
    return GenericArbitraries.personIds();
  }

  /**
   * Returns days from 2010-01-01 to 2030-12-31: {@link GenericArbitraries#days()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> days() {
    return GenericArbitraries.days();
  }

  /**
   * Returns validities starting from 2010 to 2030, half of them open-ended, the others up to ten years long: {@link
   * GenericArbitraries#validities()}.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Validity> validities() {
    return GenericArbitraries.validities();
  }

  /**
   * Returns legal bases from a few instruments, of every confirmation, in force from 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LegalBasis> legalBases() {
    return LawArbitraries.legalBases(days());
  }

  /**
   * Returns transitions of 1 month to 10 years, in years, months or days, citing one or two legal bases.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<StaffingTransition> staffingTransitions() {
    Arbitrary<Period> periods =
        Arbitraries.oneOf(
            Arbitraries.integers().between(1, 10).map(Period::ofYears),
            Arbitraries.integers().between(1, 120).map(Period::ofMonths),
            Arbitraries.integers().between(30, 3650).map(Period::ofDays));
    return Combinators.combine(periods, legalBases().list().ofMinSize(1).ofMaxSize(2))
        .as(StaffingTransition::of);
  }

  /**
   * Returns staffing norms of any kind, level and scope, with closed ranges between 0 and 40 staff, a third of them
   * with a condition on a subunit and a third with a transition.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<StaffingNorm> staffingNorms() {
    return Combinators.combine(
            Arbitraries.of(UnitKind.class),
            Arbitraries.of(Level.class),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 10),
            legalBases(),
            validities(),
            Arbitraries.of(UnitKind.class).optional(0.33),
            Combinators.combine(Arbitraries.of(NormScope.class), staffingTransitions().optional(0.33))
                .as(NormShape::new))
        .as(
            (kind, level, lower, width, basis, inForce, condition, shape) ->
                StaffingNorm.builder()
                    .unitKind(kind)
                    .level(level)
                    .staff(Range.closed(lower, lower + width))
                    .basis(basis)
                    .inForce(inForce)
                    .requiresSubunitOfKind(condition)
                    .scope(shape.scope())
                    .transition(shape.transition())
                    .build());
  }

  /** The scope of a generated norm and its transition, if any. */
  private record NormShape(NormScope scope, Optional<StaffingTransition> transition) {}

  /**
   * Returns allocations of 0 to 100 positions, for units of the pool and years 2010 to 2030.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Allocation> allocations() {
    return Combinators.combine(
            unitIds(),
            Arbitraries.integers().between(2010, 2030),
            Arbitraries.integers().between(0, 100),
            legalBases().optional(0.5))
        .as(
            (unit, year, positions, basis) ->
                Allocation.builder().unit(unit).year(Year.of(year)).positions(positions).basis(basis).build());
  }

  /**
   * Returns posts of persons and units of the pools, of every employment and qualification, a quarter of them
   * concurrent.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<StaffAssignment> staffAssignments() {
    return Combinators.combine(
            personIds(),
            unitIds(),
            Arbitraries.of(Employment.class),
            Arbitraries.of(Qualification.class),
            validities(),
            Arbitraries.of(true, false, false, false))
        .as(
            (person, unit, employment, qualification, tenure, concurrent) ->
                StaffAssignment.builder()
                    .person(person)
                    .unit(unit)
                    .employment(employment)
                    .qualification(qualification)
                    .tenure(tenure)
                    .concurrent(concurrent)
                    .build());
  }

  /**
   * Returns headcounts of up to 30 posts. Each post that is not concurrent has a person of its own, so no person
   * holds two such posts at once; concurrent posts go to persons of the pool.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Headcount> headcounts() {
    return staffAssignments()
        .list()
        .ofMaxSize(30)
        .map(
            assignments -> {
              List<StaffAssignment> valid = new ArrayList<>();
              for (int i = 0; i < assignments.size(); i++) {
                StaffAssignment a = assignments.get(i);
                valid.add(
                    a.concurrent()
                        ? a
                        : StaffAssignment.builder().from(a).person(PersonId.of("M-" + i)).build());
              }
              return Headcount.of(valid);
            });
  }

  /**
   * Returns units of the pool, of any kind and level, alive from 2000-01-01 with no end.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Unit> units() {
    return Combinators.combine(unitIds(), Arbitraries.of(UnitKind.class), Arbitraries.of(Level.class))
        .as(
            (id, kind, level) ->
                Unit.builder()
                    .id(id)
                    .name(kind.vietnameseName() + " " + id)
                    .kind(kind)
                    .level(level)
                    .life(Validity.from(LocalDate.of(2000, 1, 1)))
                    .build());
  }

  /**
   * Returns compliances of units of the pool on days from 2010 to 2030, with 0 to 40 staff counted, most with a
   * norm of the unit's kind and level, in force from 2010, a third of those with a transition (so that some are
   * above the norm within it), and half with an allocation.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<QuotaCompliance> quotaCompliances() {
    return Combinators.combine(
            units(),
            days(),
            Arbitraries.integers().between(0, 40),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 30),
            Arbitraries.integers().between(0, 10),
            Combinators.combine(Arbitraries.of(NormScope.class), staffingTransitions().optional(0.33))
                .as(NormShape::new)
                .optional(0.8),
            Arbitraries.integers().between(0, 40).optional(0.5))
        .as(
            (unit, day, counted, universityPercent, lower, width, shape, positions) ->
                QuotaCompliance.builder()
                    .unit(unit)
                    .date(day)
                    .counted(counted)
                    .countedWithUniversityDegree(counted * universityPercent / 100)
                    .norm(
                        shape.map(
                            s ->
                                StaffingNorm.builder()
                                    .unitKind(unit.kind())
                                    .level(unit.level())
                                    .staff(Range.closed(lower, lower + width))
                                    .basis(LegalBasis.of(Instrument.of("Quy chế của Tỉnh ủy", GenericArbitraries.FIRST_DAY), "Điều 5"))
                                    .inForce(Validity.from(GenericArbitraries.FIRST_DAY))
                                    .scope(s.scope())
                                    .transition(s.transition())
                                    .build()))
                    .allocation(positions.map(p -> Allocation.of(unit.id(), Year.from(day), p)))
                    .build());
  }

  /**
   * Returns summaries of up to 10 compliances.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<StaffingSummary> staffingSummaries() {
    return quotaCompliances().list().ofMaxSize(10).map(list -> list.stream().collect(StaffingSummary.collector()));
  }

  static Optional<Arbitrary<?>> forType(Class<?> type) {
    if (type == StaffingNorm.class) {
      return Optional.of(staffingNorms());
    } else if (type == StaffingTransition.class) {
      return Optional.of(staffingTransitions());
    } else if (type == Allocation.class) {
      return Optional.of(allocations());
    } else if (type == StaffAssignment.class) {
      return Optional.of(staffAssignments());
    } else if (type == Headcount.class) {
      return Optional.of(headcounts());
    } else if (type == QuotaCompliance.class) {
      return Optional.of(quotaCompliances());
    } else if (type == StaffingSummary.class) {
      return Optional.of(staffingSummaries());
    }
    return Optional.empty();
  }
}
