package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.staffing.Allocation;
import io.github.vanphong.staffing.CountingRule;
import io.github.vanphong.staffing.Employment;
import io.github.vanphong.staffing.Establishment;
import io.github.vanphong.staffing.Headcount;
import io.github.vanphong.staffing.NormScope;
import io.github.vanphong.staffing.Qualification;
import io.github.vanphong.staffing.QuotaCheck;
import io.github.vanphong.staffing.QuotaCompliance;
import io.github.vanphong.staffing.QuotaReport;
import io.github.vanphong.staffing.QuotaStatus;
import io.github.vanphong.staffing.StaffAssignment;
import io.github.vanphong.staffing.StaffingNorm;
import io.github.vanphong.staffing.StaffingNorms;
import io.github.vanphong.staffing.StaffingRule;
import io.github.vanphong.staffing.StaffingSummary;
import io.github.vanphong.staffing.StaffingTransition;
import io.github.vanphong.staffing.StaffingViolation;
import io.github.vanphong.testing.StaffingArbitraries;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.staffing}. */
class StaffingJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.of(
          QuotaCheck.class,
          "a check bound to its inputs, with no accessor for them: store its StaffingNorms, Establishment,"
              + " Headcount and CountingRule, each of which has a form, and make it again with QuotaCheck.of",
          QuotaReport.class,
          "the answer of QuotaCheck.check for a UnitTree, a pure function of the check's inputs and the tree,"
              + " which the library makes from nothing else; its QuotaCompliance and StaffingViolation values have"
              + " forms");

  private static final LegalBasis GUIDANCE =
      LegalBasis.of(
          Instrument.builder()
              .name("Hướng dẫn 31-HD/BTCTW")
              .inForceFrom(LocalDate.of(2025, 6, 30))
              .confirmation(Confirmation.REPORTED)
              .build(),
          "Mục 2");

  private static final LegalBasis PROVINCE_DECISION =
      LegalBasis.of(
          Instrument.builder()
              .name("Quyết định 500-QĐ/TU")
              .inForceFrom(LocalDate.of(2016, 1, 1))
              .confirmation(Confirmation.UNCONFIRMED)
              .build(),
          "Điều 1");

  @Property(tries = 50)
  void enumerationsObeyTheLaws(
      @ForAll Employment employment,
      @ForAll NormScope scope,
      @ForAll Qualification qualification,
      @ForAll QuotaStatus status,
      @ForAll StaffingRule rule) {
    JsonLaws.assertLaws(employment, Employment.class);
    JsonLaws.assertLaws(scope, NormScope.class);
    JsonLaws.assertLaws(qualification, Qualification.class);
    JsonLaws.assertLaws(status, QuotaStatus.class);
    JsonLaws.assertLaws(rule, StaffingRule.class);
  }

  @Property(tries = 100)
  void transitionsObeyTheLaws(@ForAll StaffingTransition transition) {
    JsonLaws.assertLaws(transition, StaffingTransition.class);
  }

  @Property(tries = 100)
  void normsObeyTheLaws(@ForAll StaffingNorm norm) {
    JsonLaws.assertLaws(norm, StaffingNorm.class);
  }

  @Property(tries = 30)
  void setsOfNormsObeyTheLaws(@ForAll("normSets") StaffingNorms norms) {
    JsonLaws.assertLaws(norms, StaffingNorms.class);
  }

  @Example
  void theLibrarysNormsReadBackInFull() {
    JsonLaws.assertRoundTrip(StaffingNorms.standard(), StaffingNorms.class);
  }

  @Property(tries = 100)
  void allocationsObeyTheLaws(@ForAll Allocation allocation) {
    JsonLaws.assertLaws(allocation, Allocation.class);
  }

  @Property(tries = 50)
  void establishmentsObeyTheLaws(@ForAll("establishments") Establishment establishment) {
    JsonLaws.assertLaws(establishment, Establishment.class);
  }

  @Property(tries = 50)
  void anEstablishmentReadBackHoldsTheSamePositions(@ForAll("establishments") Establishment establishment) {
    Establishment back = JsonLaws.assertRoundTrip(establishment, Establishment.class);
    assertThat(back.allocations()).isEqualTo(establishment.allocations());
    for (Allocation allocation : establishment.allocations()) {
      assertThat(back.positions(allocation.unit(), allocation.year())).isEqualTo(allocation.positions());
      assertThat(back.allocationsIn(allocation.year())).isEqualTo(establishment.allocationsIn(allocation.year()));
    }
  }

  @Property(tries = 100)
  void assignmentsObeyTheLaws(@ForAll StaffAssignment assignment) {
    JsonLaws.assertLaws(assignment, StaffAssignment.class);
  }

  @Property(tries = 30)
  void headcountsObeyTheLaws(@ForAll Headcount headcount) {
    JsonLaws.assertLaws(headcount, Headcount.class);
  }

  @Property(tries = 50)
  void aHeadcountReadBackCountsTheSame(@ForAll Headcount headcount, @ForAll("countingRules") CountingRule rule) {
    Headcount back = JsonLaws.assertRoundTrip(headcount, Headcount.class);
    assertThat(back.assignments()).isEqualTo(headcount.assignments());
    for (StaffAssignment assignment : headcount.assignments()) {
      LocalDate day = assignment.tenure().start();
      assertThat(back.countsPerUnit(day, rule)).isEqualTo(headcount.countsPerUnit(day, rule));
      assertThat(back.onDate(day)).isEqualTo(headcount.onDate(day));
    }
  }

  @Property(tries = 50)
  void countingRulesObeyTheLaws(@ForAll("countingRules") CountingRule rule) {
    JsonLaws.assertLaws(rule, CountingRule.class);
  }

  @Property(tries = 100)
  void compliancesObeyTheLaws(@ForAll QuotaCompliance compliance) {
    QuotaCompliance back = JsonLaws.assertRoundTrip(compliance, QuotaCompliance.class);
    assertThat(back.status()).isEqualTo(compliance.status());
    assertThat(back.violations()).isEqualTo(compliance.violations());
    JsonLaws.assertLaws(compliance, QuotaCompliance.class);
  }

  @Property(tries = 100)
  void violationsObeyTheLaws(@ForAll("violations") StaffingViolation violation) {
    JsonLaws.assertLaws(violation, StaffingViolation.class);
  }

  @Property(tries = 100)
  void summariesObeyTheLaws(@ForAll("compliances") List<QuotaCompliance> compliances) {
    StaffingSummary summary = compliances.stream().collect(StaffingSummary.collector());
    JsonLaws.assertLaws(summary, StaffingSummary.class);
  }

  @Property(tries = 100)
  void summariesReadBackKeepTheMergeLaw(
      @ForAll("compliances") List<QuotaCompliance> some, @ForAll("compliances") List<QuotaCompliance> others) {
    StaffingSummary a = some.stream().collect(StaffingSummary.collector());
    StaffingSummary b = others.stream().collect(StaffingSummary.collector());
    StaffingSummary readA = JsonLaws.read(JsonLaws.write(a), StaffingSummary.class);
    StaffingSummary readB = JsonLaws.read(JsonLaws.write(b), StaffingSummary.class);
    assertThat(readA.plus(readB)).isEqualTo(a.plus(b));
  }

  @Provide
  Arbitrary<List<QuotaCompliance>> compliances() {
    return StaffingArbitraries.quotaCompliances().list().ofMaxSize(12);
  }

  @Example
  void aSummaryIsWrittenAsItsFigures() {
    StaffingSummary summary =
        StaffingSummary.of(
            9,
            ImmutableMap.of(Level.DISTRICT, 80),
            ImmutableMap.of(UnitKind.OFFICE, 80),
            Set.of(UnitId.of("HG-CT-VP")),
            Set.of(),
            60);
    assertThat(JsonLaws.write(summary))
        .isEqualTo(
            "{\"units\":9,\"staffByLevel\":[{\"level\":\"district\",\"staff\":80}],"
                + "\"staffByKind\":[{\"kind\":\"office\",\"staff\":80}],\"unitsBelowNorm\":[\"HG-CT-VP\"],"
                + "\"unitsAboveNormInTransition\":[],\"staffWithUniversityDegree\":60}");
    JsonLaws.assertLaws(summary, StaffingSummary.class);
  }

  @Example
  void aSummaryWithALevelListedTwiceOrFiguresThatDisagreeIsRefused() {
    String twice =
        "{\"units\":2,\"staffByLevel\":[{\"level\":\"district\",\"staff\":4},"
            + "{\"level\":\"district\",\"staff\":4}],\"staffByKind\":[{\"kind\":\"office\",\"staff\":8}],"
            + "\"staffWithUniversityDegree\":0}";
    JsonLaws.assertRefusedAt(twice, StaffingSummary.class, "$.staffByLevel[1]");
    String disagreeing =
        "{\"units\":2,\"staffByLevel\":[{\"level\":\"district\",\"staff\":4}],"
            + "\"staffByKind\":[{\"kind\":\"office\",\"staff\":8}],\"staffWithUniversityDegree\":0}";
    JsonLaws.assertRefusedAt(disagreeing, StaffingSummary.class, "$");
  }

  @Example
  void theGoldenNormsReadInEveryVersion() {
    Golden.assertGolden("vanphong.staffing-norms", 1, StaffingNorms.class, goldenNorms());
  }

  @Example
  void theGoldenEstablishmentReadsInEveryVersion() {
    Golden.assertGolden("vanphong.establishment", 1, Establishment.class, goldenEstablishment());
  }

  @Example
  void theGoldenHeadcountReadsInEveryVersion() {
    Golden.assertGolden("vanphong.headcount", 1, Headcount.class, goldenHeadcount());
  }

  @Example
  void twoAllocationsOfAUnitInAYearAreRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(goldenEstablishment());
    ArrayNode allocations = (ArrayNode) tree.get("allocations");
    ObjectNode again = (ObjectNode) allocations.get(0).deepCopy();
    again.put("positions", 99);
    allocations.add(again);
    JsonLaws.assertRefusedAt(tree.toString(), Establishment.class, "$");
  }

  @Example
  void twoPostsOfAPersonAtATimeAreRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(goldenHeadcount());
    ObjectNode first = (ObjectNode) tree.get("assignments").get(0);
    ObjectNode second = (ObjectNode) tree.get("assignments").get(1);
    second.put("concurrent", false);
    second.put("person", first.get("person").stringValue());
    JsonLaws.assertRefusedAt(tree.toString(), Headcount.class, "$");
  }

  @Example
  void aNormWhoseRangeIsUpsideDownIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(goldenNorms().norms().get(0));
    tree.put("minStaff", 41);
    JsonLaws.assertRefusedAt(tree.toString(), StaffingNorm.class, "$");
    tree.put("minStaff", -1);
    JsonLaws.assertRefusedAt(tree.toString(), StaffingNorm.class, "$");
  }

  @Example
  void anUnknownFigureIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(violation(List.of(3)));
    ((ObjectNode) tree.get("figures").get(0)).put("kind", "share");
    JsonLaws.assertRefusedAt(tree.toString(), StaffingViolation.class, "$.figures[0].kind");
  }

  static StaffingNorms goldenNorms() {
    return StaffingNorms.of(
        StaffingNorm.of(
            UnitKind.OFFICE,
            Level.PROVINCIAL,
            Range.closed(30, 40),
            PROVINCE_DECISION,
            Validity.between(LocalDate.of(2016, 1, 1), LocalDate.of(2025, 6, 30))),
        StaffingNorm.builder()
            .unitKind(UnitKind.COMMUNE_COMMITTEE)
            .level(Level.COMMUNE)
            .staff(Range.closed(12, 17))
            .basis(GUIDANCE)
            .inForce(Validity.from(LocalDate.of(2025, 7, 1)))
            .requiresSubunitOfKind(UnitKind.OFFICE)
            .scope(NormScope.UNIT_AND_DESCENDANTS)
            .transition(StaffingTransition.of(Period.ofYears(5), GUIDANCE))
            .build());
  }

  static Establishment goldenEstablishment() {
    return Establishment.of(
        List.of(
            Allocation.builder()
                .unit(UnitId.of("HG-VPTU"))
                .year(Year.of(2016))
                .positions(38)
                .basis(PROVINCE_DECISION)
                .build(),
            Allocation.of(UnitId.of("HG-VPTU"), Year.of(2017), 36)));
  }

  static Headcount goldenHeadcount() {
    UnitId office = UnitId.of("HG-VPTU");
    return Headcount.of(
        List.of(
            StaffAssignment.builder()
                .person(PersonId.of("HG-HTTAO"))
                .unit(office)
                .employment(Employment.OFFICIAL)
                .qualification(Qualification.POSTGRADUATE)
                .tenure(Validity.between(LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 15)))
                .build(),
            StaffAssignment.builder()
                .person(PersonId.of("HG-NTLAN"))
                .unit(office)
                .employment(Employment.CONTRACT)
                .qualification(Qualification.UNIVERSITY)
                .tenure(Validity.from(LocalDate.of(2018, 3, 1)))
                .concurrent(true)
                .build()));
  }

  private static StaffingViolation violation(List<?> figures) {
    return StaffingViolation.of(
        StaffingRule.BELOW_NORM, UnitId.of("HG-VPTU"), GUIDANCE, "HG-VPTU has 3 staff on 2026-01-05", figures);
  }

  @Provide
  Arbitrary<StaffingNorms> normSets() {
    return StaffingArbitraries.staffingNorms().list().ofMaxSize(5).map(StaffingNorms::of);
  }

  @Provide
  Arbitrary<Establishment> establishments() {
    return StaffingArbitraries.allocations()
        .list()
        .ofMaxSize(12)
        .uniqueElements(a -> a.unit() + "/" + a.year())
        .map(Establishment::of);
  }

  @Provide
  Arbitrary<CountingRule> countingRules() {
    return Combinators.combine(
            Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(CountingRule.CONVENTION, GUIDANCE))
        .as(
            (contract, concurrent, basis) ->
                CountingRule.builder()
                    .countsContractStaff(contract)
                    .countsConcurrentPosts(concurrent)
                    .basis(basis)
                    .build());
  }

  @Provide
  Arbitrary<StaffingViolation> violations() {
    Arbitrary<Object> figure =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 60).map(Object.class::cast),
            StaffingArbitraries.staffingNorms().map(Object.class::cast),
            StaffingArbitraries.allocations().map(Object.class::cast),
            StaffingArbitraries.unitIds().map(Object.class::cast));
    Arbitrary<StaffingViolation> made = figure.list().ofMaxSize(3).map(StaffingJsonProperties::violation);
    Arbitrary<StaffingViolation> found =
        StaffingArbitraries.quotaCompliances()
            .filter(c -> !c.violations().isEmpty())
            .map(c -> c.violations().get(0));
    return Arbitraries.oneOf(made, found);
  }
}
