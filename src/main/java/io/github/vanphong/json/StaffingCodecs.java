package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import com.google.common.collect.Range;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.staffing.Allocation;
import io.github.vanphong.staffing.CountingRule;
import io.github.vanphong.staffing.Employment;
import io.github.vanphong.staffing.Establishment;
import io.github.vanphong.staffing.Headcount;
import io.github.vanphong.staffing.NormScope;
import io.github.vanphong.staffing.Qualification;
import io.github.vanphong.staffing.QuotaCompliance;
import io.github.vanphong.staffing.QuotaStatus;
import io.github.vanphong.staffing.StaffAssignment;
import io.github.vanphong.staffing.StaffingNorm;
import io.github.vanphong.staffing.StaffingNorms;
import io.github.vanphong.staffing.StaffingRule;
import io.github.vanphong.staffing.StaffingSummary;
import io.github.vanphong.staffing.StaffingTransition;
import io.github.vanphong.staffing.StaffingViolation;
import java.time.Year;
import java.util.Map;
import java.util.function.BiFunction;

/** The JSON form of the types of {@code io.github.vanphong.staffing}: staffing norms, establishments, assignments and quota reports. */
final class StaffingCodecs {
  private StaffingCodecs() {}

  static final EnumCodec<Employment> EMPLOYMENT =
      Codecs.codes(Employment.class)
          .code(Employment.OFFICIAL, "official")
          .code(Employment.CONTRACT, "contract")
          .build();

  static final EnumCodec<NormScope> NORM_SCOPE =
      Codecs.codes(NormScope.class)
          .code(NormScope.UNIT_ITSELF, "unit-itself")
          .code(NormScope.UNIT_AND_DESCENDANTS, "unit-and-descendants")
          .build();

  static final EnumCodec<Qualification> QUALIFICATION =
      Codecs.codes(Qualification.class)
          .code(Qualification.POSTGRADUATE, "postgraduate")
          .code(Qualification.UNIVERSITY, "university")
          .code(Qualification.COLLEGE, "college")
          .code(Qualification.INTERMEDIATE, "intermediate")
          .code(Qualification.OTHER, "other")
          .build();

  static final EnumCodec<QuotaStatus> QUOTA_STATUS =
      Codecs.codes(QuotaStatus.class)
          .code(QuotaStatus.BELOW, "below")
          .code(QuotaStatus.WITHIN, "within")
          .code(QuotaStatus.ABOVE, "above")
          .code(QuotaStatus.ABOVE_IN_TRANSITION, "above-in-transition")
          .code(QuotaStatus.NO_NORM, "no-norm")
          .build();

  static final EnumCodec<StaffingRule> STAFFING_RULE =
      Codecs.codes(StaffingRule.class)
          .code(StaffingRule.BELOW_NORM, "below-norm")
          .code(StaffingRule.ABOVE_NORM, "above-norm")
          .code(StaffingRule.OVER_ALLOCATION, "over-allocation")
          .code(StaffingRule.SUBUNIT_ALLOCATIONS_EXCEED_PARENT, "subunit-allocations-exceed-parent")
          .build();

  /** {@code {"period": "P5Y", "bases": [{...}, ...]}}. */
  static final Codec<StaffingTransition> STAFFING_TRANSITION =
      Codecs.object(
          StaffingTransition.class,
          (out, t) -> out.put("period", Codecs.PERIOD, t.period()).list("bases", LawCodecs.LEGAL_BASIS, t.bases()),
          in -> StaffingTransition.of(in.get("period", Codecs.PERIOD), in.list("bases", LawCodecs.LEGAL_BASIS)));

  /**
   * A norm, written in full: {@code unitKind}, {@code level}, the range of staff {@code minStaff} to {@code
   * maxStaff} (both counted), {@code basis}, {@code inForce}, {@code requiresSubunitOfKind}?, {@code scope} and
   * {@code transition}?.
   */
  static final Codec<StaffingNorm> STAFFING_NORM =
      Codecs.object(
          StaffingNorm.class,
          (out, n) ->
              out.put("unitKind", OrganizationCodecs.UNIT_KIND, n.unitKind())
                  .put("level", OrganizationCodecs.LEVEL, n.level())
                  .integer("minStaff", n.staff().lowerEndpoint())
                  .integer("maxStaff", n.staff().upperEndpoint())
                  .put("basis", LawCodecs.LEGAL_BASIS, n.basis())
                  .put("inForce", LawCodecs.VALIDITY, n.inForce())
                  .optional("requiresSubunitOfKind", OrganizationCodecs.UNIT_KIND, n.requiresSubunitOfKind())
                  .put("scope", NORM_SCOPE, n.scope())
                  .optional("transition", STAFFING_TRANSITION, n.transition()),
          in -> {
            int min = in.integer("minStaff");
            int max = in.integer("maxStaff");
            if (min > max) {
              throw new IllegalArgumentException(
                  "a staffing norm's minStaff is at most its maxStaff: " + min + " > " + max);
            }
            return StaffingNorm.builder()
                .unitKind(in.get("unitKind", OrganizationCodecs.UNIT_KIND))
                .level(in.get("level", OrganizationCodecs.LEVEL))
                .staff(Range.closed(min, max))
                .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
                .inForce(in.get("inForce", LawCodecs.VALIDITY))
                .requiresSubunitOfKind(in.optional("requiresSubunitOfKind", OrganizationCodecs.UNIT_KIND))
                .scope(in.get("scope", NORM_SCOPE))
                .transition(in.optional("transition", STAFFING_TRANSITION))
                .build();
          });

  /**
   * The norms an application applies, a top-level document: {@code norms}, each in full, in order. The library's
   * own norms ({@link StaffingNorms#standard()}) are written in full too, so that a stored set keeps the norms it
   * was checked against.
   */
  static final Codec<StaffingNorms> STAFFING_NORMS =
      Codecs.document(
          StaffingNorms.class,
          "vanphong.staffing-norms",
          1,
          (out, n) -> out.list("norms", STAFFING_NORM, n.norms()),
          in -> StaffingNorms.of(in.list("norms", STAFFING_NORM)));

  /** {@code {"unit": "HG-VPTU", "year": 2016, "positions": 50, "basis": {...}}}, {@code basis} left out if none. */
  static final Codec<Allocation> ALLOCATION =
      Codecs.object(
          Allocation.class,
          (out, a) ->
              out.put("unit", OrganizationCodecs.UNIT_ID, a.unit())
                  .integer("year", a.year().getValue())
                  .integer("positions", a.positions())
                  .optional("basis", LawCodecs.LEGAL_BASIS, a.basis()),
          in ->
              Allocation.builder()
                  .unit(in.get("unit", OrganizationCodecs.UNIT_ID))
                  .year(Year.of(in.integer("year")))
                  .positions(in.integer("positions"))
                  .basis(in.optional("basis", LawCodecs.LEGAL_BASIS))
                  .build());

  /**
   * The register of allocated positions, a top-level document: {@code allocations}, read back one by one through
   * {@link Establishment#with(Allocation) Establishment.with}, which holds one allocation per unit and year.
   */
  static final Codec<Establishment> ESTABLISHMENT =
      Codecs.document(
          Establishment.class,
          "vanphong.establishment",
          1,
          (out, e) -> out.list("allocations", ALLOCATION, e.allocations()),
          in -> Establishment.of(in.list("allocations", ALLOCATION)));

  /** {@code person}, {@code unit}, {@code employment}, {@code qualification}, {@code tenure}, {@code concurrent}. */
  static final Codec<StaffAssignment> STAFF_ASSIGNMENT =
      Codecs.object(
          StaffAssignment.class,
          (out, a) ->
              out.put("person", OrganizationCodecs.PERSON_ID, a.person())
                  .put("unit", OrganizationCodecs.UNIT_ID, a.unit())
                  .put("employment", EMPLOYMENT, a.employment())
                  .put("qualification", QUALIFICATION, a.qualification())
                  .put("tenure", LawCodecs.VALIDITY, a.tenure())
                  .bool("concurrent", a.concurrent()),
          in ->
              StaffAssignment.builder()
                  .person(in.get("person", OrganizationCodecs.PERSON_ID))
                  .unit(in.get("unit", OrganizationCodecs.UNIT_ID))
                  .employment(in.get("employment", EMPLOYMENT))
                  .qualification(in.get("qualification", QUALIFICATION))
                  .tenure(in.get("tenure", LawCodecs.VALIDITY))
                  .concurrent(in.bool("concurrent"))
                  .build());

  /**
   * The register of staff assignments, a top-level document: {@code assignments} in the order made, read back
   * through {@link Headcount#of(Iterable) Headcount.of}, which refuses two posts of one person at a time that are not
   * concurrent.
   */
  static final Codec<Headcount> HEADCOUNT =
      Codecs.document(
          Headcount.class,
          "vanphong.headcount",
          1,
          (out, h) -> out.list("assignments", STAFF_ASSIGNMENT, h.assignments()),
          in -> Headcount.of(in.list("assignments", STAFF_ASSIGNMENT)));

  /** {@code {"countsContractStaff": false, "countsConcurrentPosts": false, "basis": {...}}}, every field written. */
  static final Codec<CountingRule> COUNTING_RULE =
      Codecs.object(
          CountingRule.class,
          (out, r) ->
              out.bool("countsContractStaff", r.countsContractStaff())
                  .bool("countsConcurrentPosts", r.countsConcurrentPosts())
                  .put("basis", LawCodecs.LEGAL_BASIS, r.basis()),
          in ->
              CountingRule.builder()
                  .countsContractStaff(in.bool("countsContractStaff"))
                  .countsConcurrentPosts(in.bool("countsConcurrentPosts"))
                  .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
                  .build());

  /**
   * A unit's staff against its norm and allocation on a day: {@code unit} in full, {@code date}, {@code norm}?,
   * {@code allocation}?, {@code counted} and {@code countedWithUniversityDegree}. Its status, shortfall and
   * violations follow from these and are not written.
   */
  static final Codec<QuotaCompliance> QUOTA_COMPLIANCE =
      Codecs.object(
          QuotaCompliance.class,
          (out, c) ->
              out.put("unit", OrganizationCodecs.UNIT, c.unit())
                  .put("date", Codecs.DATE, c.date())
                  .optional("norm", STAFFING_NORM, c.norm())
                  .optional("allocation", ALLOCATION, c.allocation())
                  .integer("counted", c.counted())
                  .integer("countedWithUniversityDegree", c.countedWithUniversityDegree()),
          in ->
              QuotaCompliance.builder()
                  .unit(in.get("unit", OrganizationCodecs.UNIT))
                  .date(in.get("date", Codecs.DATE))
                  .norm(in.optional("norm", STAFFING_NORM))
                  .allocation(in.optional("allocation", ALLOCATION))
                  .counted(in.integer("counted"))
                  .countedWithUniversityDegree(in.integer("countedWithUniversityDegree"))
                  .build());

  /**
   * One of the figures a staffing violation names after its unit, its kind in {@code kind} and itself in
   * {@code value}: a {@code count} of staff, a {@code norm}, an {@code allocation}, a {@code unit}.
   */
  private static final Codec<Object> FIGURE =
      Codecs.union(Object.class, "kind")
          .variant("count", Integer.class, (out, n) -> out.integer("value", n), in -> in.integer("value"))
          .variant(
              "norm",
              StaffingNorm.class,
              (out, n) -> out.put("value", STAFFING_NORM, n),
              in -> in.get("value", STAFFING_NORM))
          .variant(
              "allocation",
              Allocation.class,
              (out, a) -> out.put("value", ALLOCATION, a),
              in -> in.get("value", ALLOCATION))
          .variant(
              "unit",
              UnitId.class,
              (out, id) -> out.put("value", OrganizationCodecs.UNIT_ID, id),
              in -> in.get("value", OrganizationCodecs.UNIT_ID))
          .build();

  /**
   * A broken staffing rule: {@code rule}, {@code unit}, {@code basis}, {@code message} and the {@code figures} at
   * fault after the unit (the values of the violation less the unit that heads them).
   */
  static final Codec<StaffingViolation> STAFFING_VIOLATION =
      Codecs.object(
          StaffingViolation.class,
          (out, v) ->
              out.put("rule", STAFFING_RULE, v.rule())
                  .put("unit", OrganizationCodecs.UNIT_ID, v.unit())
                  .put("basis", LawCodecs.LEGAL_BASIS, v.basis())
                  .text("message", v.message())
                  .list("figures", FIGURE, v.values().subList(1, v.values().size())),
          in -> {
            var rule = in.get("rule", STAFFING_RULE);
            UnitId unit = in.get("unit", OrganizationCodecs.UNIT_ID);
            LegalBasis basis = in.get("basis", LawCodecs.LEGAL_BASIS);
            return StaffingViolation.of(rule, unit, basis, in.text("message"), in.list("figures", FIGURE));
          });

  /** The staff counted at one level: {@code {"level": "district", "staff": 80}}. */
  private record LevelStaff(Level level, int staff) {}

  private static final Codec<LevelStaff> LEVEL_STAFF =
      Codecs.object(
          LevelStaff.class,
          (out, c) -> out.put("level", OrganizationCodecs.LEVEL, c.level()).integer("staff", c.staff()),
          in -> new LevelStaff(in.get("level", OrganizationCodecs.LEVEL), in.integer("staff")));

  /** The staff counted in units of one kind: {@code {"kind": "office", "staff": 80}}. */
  private record KindStaff(UnitKind kind, int staff) {}

  private static final Codec<KindStaff> KIND_STAFF =
      Codecs.object(
          KindStaff.class,
          (out, c) -> out.put("kind", OrganizationCodecs.UNIT_KIND, c.kind()).integer("staff", c.staff()),
          in -> new KindStaff(in.get("kind", OrganizationCodecs.UNIT_KIND), in.integer("staff")));

  /**
   * The figures of a summary of compliances: {@code units}, {@code staffByLevel} [{@code {"level", "staff"}}] and
   * {@code staffByKind} [{@code {"kind", "staff"}}] in the order of levels and kinds, those with none left out,
   * {@code unitsBelowNorm} and {@code unitsAboveNormInTransition} [UnitId] in order, and {@code
   * staffWithUniversityDegree}. Reading makes the summary through {@link StaffingSummary#of(int, java.util.Map,
   * java.util.Map, java.util.Set, java.util.Set, int) StaffingSummary.of}, which refuses figures that disagree.
   */
  static final Codec<StaffingSummary> STAFFING_SUMMARY =
      Codecs.object(
          StaffingSummary.class,
          (out, s) ->
              out.integer("units", s.units())
                  .list("staffByLevel", LEVEL_STAFF, entries(s.staffByLevel(), LevelStaff::new))
                  .list("staffByKind", KIND_STAFF, entries(s.staffByKind(), KindStaff::new))
                  .list("unitsBelowNorm", OrganizationCodecs.UNIT_ID, s.unitsBelowNorm())
                  .list("unitsAboveNormInTransition", OrganizationCodecs.UNIT_ID, s.unitsAboveNormInTransition())
                  .integer("staffWithUniversityDegree", s.staffWithUniversityDegree()),
          in ->
              StaffingSummary.of(
                  in.integer("units"),
                  Maps.transformValues(in.keyed("staffByLevel", LEVEL_STAFF, LevelStaff::level), LevelStaff::staff),
                  Maps.transformValues(in.keyed("staffByKind", KIND_STAFF, KindStaff::kind), KindStaff::staff),
                  in.set("unitsBelowNorm", OrganizationCodecs.UNIT_ID),
                  in.set("unitsAboveNormInTransition", OrganizationCodecs.UNIT_ID),
                  in.integer("staffWithUniversityDegree")));

  private static <K, E> ImmutableList<E> entries(Map<K, Integer> counts, BiFunction<K, Integer, E> entry) {
    return counts.entrySet().stream()
        .map(e -> entry.apply(e.getKey(), e.getValue()))
        .collect(ImmutableList.toImmutableList());
  }

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        EMPLOYMENT,
        NORM_SCOPE,
        QUALIFICATION,
        QUOTA_STATUS,
        STAFFING_RULE,
        STAFFING_TRANSITION,
        STAFFING_NORM,
        STAFFING_NORMS,
        ALLOCATION,
        ESTABLISHMENT,
        STAFF_ASSIGNMENT,
        HEADCOUNT,
        COUNTING_RULE,
        QUOTA_COMPLIANCE,
        STAFFING_SUMMARY,
        STAFFING_VIOLATION);
  }
}
