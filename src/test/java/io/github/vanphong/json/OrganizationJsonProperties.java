package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Appointment;
import io.github.vanphong.organization.InvalidOrganizationException;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.OrganizationRule;
import io.github.vanphong.organization.OrganizationViolation;
import io.github.vanphong.organization.Person;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitCategory;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import io.github.vanphong.testing.OrganizationArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.organization}. */
class OrganizationJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  private static final LegalBasis DECISION = LegalBasis.of(Instruments.PARTY_REGULATION_298_2025, "Điều 4");

  @Property
  void unitIdsObeyTheLaws(@ForAll UnitId id) {
    JsonLaws.assertLaws(id, UnitId.class);
  }

  @Property
  void personIdsObeyTheLaws(@ForAll PersonId id) {
    JsonLaws.assertLaws(id, PersonId.class);
  }

  @Property(tries = 50)
  void enumerationsObeyTheLaws(
      @ForAll Level level,
      @ForAll UnitKind kind,
      @ForAll UnitCategory category,
      @ForAll PostKind post,
      @ForAll OrganizationRule rule) {
    JsonLaws.assertLaws(level, Level.class);
    JsonLaws.assertLaws(kind, UnitKind.class);
    JsonLaws.assertLaws(category, UnitCategory.class);
    JsonLaws.assertLaws(post, PostKind.class);
    JsonLaws.assertLaws(rule, OrganizationRule.class);
  }

  @Property(tries = 100)
  void personsObeyTheLaws(@ForAll Person person) {
    JsonLaws.assertLaws(person, Person.class);
  }

  @Property(tries = 100)
  void unitsObeyTheLaws(@ForAll Unit unit) {
    JsonLaws.assertLaws(unit, Unit.class);
  }

  @Property(tries = 50)
  void postsAndAppointmentsObeyTheLaws(@ForAll("appointments") Appointment appointment) {
    JsonLaws.assertLaws(appointment.post(), Post.class);
    JsonLaws.assertLaws(appointment, Appointment.class);
  }

  @Property(tries = 30)
  void unitTreesObeyTheLaws(@ForAll UnitTree tree) {
    JsonLaws.assertLaws(tree, UnitTree.class);
  }

  @Property(tries = 100)
  void restructuringsObeyTheLaws(@ForAll("restructurings") Restructuring event) {
    JsonLaws.assertLaws(event, Restructuring.class);
  }

  @Example
  void everyKindOfRestructuringObeysTheLaws() {
    for (Restructuring event : heritage().events()) {
      JsonLaws.assertLaws(event, Restructuring.class);
    }
  }

  @Property(tries = 50)
  void violationsObeyTheLaws(@ForAll("violations") OrganizationViolation violation) {
    JsonLaws.assertLaws(violation, OrganizationViolation.class);
  }

  @Property(tries = 30)
  void chartsObeyTheLaws(@ForAll("charts") OrgChart chart) {
    JsonLaws.assertLaws(chart, OrgChart.class);
  }

  @Property(tries = 50)
  void aChartReadBackReplaysToTheSameState(@ForAll("charts") OrgChart chart) {
    OrgChart back = JsonLaws.assertRoundTrip(chart, OrgChart.class);
    assertThat(back.events()).isEqualTo(chart.events());
    assertThat(back.persons()).isEqualTo(chart.persons());
    assertThat(back.appointments()).isEqualTo(chart.appointments());
    for (Restructuring event : chart.events()) {
      LocalDate day = event.effectiveOn();
      assertThat(back.asOf(day)).isEqualTo(chart.asOf(day));
      for (UnitId id : event.subjects()) {
        assertThat(back.historyCarrier(id, day)).isEqualTo(chart.historyCarrier(id, day));
      }
    }
    for (Appointment appointment : chart.appointments()) {
      LocalDate day = appointment.term().start();
      assertThat(back.holdersOf(appointment.post(), day)).isEqualTo(chart.holdersOf(appointment.post(), day));
      assertThat(back.postsOf(appointment.person(), day)).isEqualTo(chart.postsOf(appointment.person(), day));
    }
  }

  @Example
  void theGoldenChartReadsInEveryVersion() {
    Golden.assertGolden("vanphong.org-chart", 1, OrgChart.class, heritage());
  }

  @Example
  void anUnknownChangeIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(heritage());
    ((ObjectNode) tree.get("events").get(0)).put("change", "abolish");
    JsonLaws.assertRefusedAt(tree.toString(), OrgChart.class, "$.events[0].change");
  }

  @Example
  void aChartItsRulesRefuseIsNotReadBack() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(heritage());
    // without its creation, the province is not known to the events that name it
    ((ArrayNode) tree.get("events")).remove(0);
    JsonLaws.assertRefusedAt(tree.toString(), OrgChart.class, "$");
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(() -> JsonLaws.read(tree.toString(), OrgChart.class)))
        .hasMessageContaining("refuses this OrgChart");
  }

  @Example
  void anAppointmentOutsideItsUnitsLifeIsNotReadBack() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(heritage());
    ObjectNode term = (ObjectNode) tree.get("appointments").get(0).get("term");
    term.put("from", "1999-01-01");
    JsonLaws.assertRefusedAt(tree.toString(), OrgChart.class, "$");
  }

  @Example
  void aPersonListedTwiceIsRefused() {
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(heritage());
    ArrayNode persons = (ArrayNode) tree.get("persons");
    persons.add(persons.get(0).deepCopy());
    JsonLaws.assertRefusedAt(tree.toString(), OrgChart.class, "$");
  }

  @Example
  void aSplitWhosePartsAreOfAnotherDayIsRefused() {
    Restructuring split =
        heritage().events().stream().filter(Restructuring.Split.class::isInstance).findFirst().orElseThrow();
    ObjectNode tree = JsonLaws.MAPPER.valueToTree(split);
    ((ObjectNode) tree.get("parts").get(0)).put("effectiveOn", "2014-01-02");
    JsonLaws.assertRefusedAt(tree.toString(), Restructuring.class, "$");
  }

  /** The chart of the golden file: every kind of restructuring, a person and an appointment. */
  static OrgChart heritage() {
    Instrument resolution =
        Instrument.builder()
            .name("Nghị quyết 22/2003/QH11")
            .inForceFrom(LocalDate.of(2004, 1, 1))
            .confirmation(Confirmation.REPORTED)
            .build();
    LegalBasis founding = LegalBasis.of(resolution, "Điều 1");
    UnitId province = UnitId.of("HG-TU");
    UnitId city = UnitId.of("CT-TU");
    UnitId office = UnitId.of("HG-VPTU");
    UnitId propaganda = UnitId.of("HG-BTG");
    UnitId mobilisation = UnitId.of("HG-BDV");
    LocalDate founded = LocalDate.of(2004, 1, 1);
    LocalDate merged = LocalDate.of(2025, 7, 1);
    OrgChart chart =
        OrgChart.of(
            List.of(
                Restructuring.create(
                        founded, province, "Tỉnh ủy Hậu Giang", UnitKind.PROVINCIAL_COMMITTEE, Level.PROVINCIAL,
                        Optional.empty())
                    .withBasis(founding),
                Restructuring.create(
                    founded, city, "Thành ủy Cần Thơ", UnitKind.CITY_COMMITTEE, Level.PROVINCIAL, Optional.empty()),
                Restructuring.create(
                    founded, office, "Văn phòng Tỉnh ủy", UnitKind.OFFICE, Level.PROVINCIAL, Optional.of(province)),
                Restructuring.create(
                    founded, propaganda, "Ban Tuyên giáo Tỉnh ủy", UnitKind.PROPAGANDA_BOARD, Level.PROVINCIAL,
                    Optional.of(province)),
                Restructuring.create(
                    founded, mobilisation, "Ban Dân vận Tỉnh ủy", UnitKind.MASS_MOBILISATION_BOARD,
                    Level.PROVINCIAL, Optional.of(province)),
                Restructuring.rename(LocalDate.of(2010, 5, 1), office, "Văn phòng Tỉnh ủy Hậu Giang"),
                Restructuring.changeKind(
                    LocalDate.of(2012, 1, 1), propaganda, UnitKind.PROPAGANDA_AND_MASS_MOBILISATION_BOARD),
                Restructuring.merge(LocalDate.of(2013, 1, 1), List.of(mobilisation), propaganda),
                Restructuring.split(
                        LocalDate.of(2014, 1, 1),
                        propaganda,
                        List.of(
                            Restructuring.create(
                                LocalDate.of(2014, 1, 1), UnitId.of("HG-BTG2"), "Ban Tuyên giáo Tỉnh ủy",
                                UnitKind.PROPAGANDA_BOARD, Level.PROVINCIAL, Optional.of(province)),
                            Restructuring.create(
                                LocalDate.of(2014, 1, 1), UnitId.of("HG-BDV2"), "Ban Dân vận Tỉnh ủy",
                                UnitKind.MASS_MOBILISATION_BOARD, Level.PROVINCIAL, Optional.of(province))),
                        UnitId.of("HG-BTG2")),
                Restructuring.dissolve(merged, UnitId.of("HG-BTG2")),
                Restructuring.dissolve(merged, UnitId.of("HG-BDV2")),
                Restructuring.dissolve(merged, province, city).withBasis(DECISION),
                Restructuring.reattach(merged, office, city)));
    PersonId tao = PersonId.of("HG-HTTAO");
    return chart
        .withPerson(Person.of(tao, "Huỳnh Thanh Tạo"))
        .appoint(
            Appointment.builder()
                .person(tao)
                .post(Post.of(office, PostKind.CHIEF_OF_OFFICE))
                .term(Validity.between(LocalDate.of(2015, 10, 1), LocalDate.of(2020, 10, 15)))
                .basis(
                    LegalBasis.of(
                        Instrument.builder()
                            .name("Quyết định 1015-QĐ/TU")
                            .inForceFrom(LocalDate.of(2015, 10, 1))
                            .confirmation(Confirmation.UNCONFIRMED)
                            .build(),
                        "Điều 1"))
                .build());
  }

  @Provide
  Arbitrary<Appointment> appointments() {
    return Combinators.combine(
            OrganizationArbitraries.personIds(),
            OrganizationArbitraries.unitIds(),
            Arbitraries.of(PostKind.class),
            OrganizationArbitraries.dates(),
            Arbitraries.integers().between(0, 2000),
            Arbitraries.of(true, false))
        .as(
            (person, unit, kind, from, days, cited) -> {
              Appointment.Builder builder = Appointment.builder();
              builder.person(person).post(Post.of(unit, kind)).term(Validity.between(from, from.plusDays(days)));
              if (cited) {
                builder.basis(DECISION);
              }
              return builder.build();
            });
  }

  @Provide
  Arbitrary<Restructuring> restructurings() {
    return Combinators.combine(
            OrganizationArbitraries.restructurings().filter(events -> !events.isEmpty()),
            Arbitraries.integers().between(0, 1000),
            Arbitraries.of(true, false))
        .as(
            (events, pick, cited) -> {
              Restructuring event = events.get(pick % events.size());
              return cited ? event.withBasis(DECISION) : event;
            });
  }

  @Provide
  Arbitrary<OrganizationViolation> violations() {
    return Combinators.combine(
            Arbitraries.of(OrganizationRule.class),
            Arbitraries.of("unit HG-X is not known", "the terms overlap"),
            Arbitraries.oneOf(
                    OrganizationArbitraries.unitIds().map(Object.class::cast),
                    OrganizationArbitraries.personIds().map(Object.class::cast),
                    restructurings().map(Object.class::cast),
                    appointments().map(Object.class::cast))
                .list()
                .ofMaxSize(3))
        .as((rule, message, values) -> OrganizationViolation.of(rule, message, values.toArray()));
  }

  @Example
  void aViolationTheChartReportsReadsBack() {
    InvalidOrganizationException refused =
        (InvalidOrganizationException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> heritage().apply(Restructuring.rename(LocalDate.of(2030, 1, 1), UnitId.of("HG-TU"), "Tỉnh ủy")));
    assertThat(refused.violations()).isNotEmpty();
    for (OrganizationViolation violation : refused.violations()) {
      JsonLaws.assertLaws(violation, OrganizationViolation.class);
    }
  }

  @Provide
  Arbitrary<OrgChart> charts() {
    return Combinators.combine(
            OrganizationArbitraries.orgCharts(),
            OrganizationArbitraries.persons().list().uniqueElements(Person::id).ofMaxSize(4),
            Arbitraries.of(true, false))
        .as(OrganizationJsonProperties::staffed);
  }

  /** The chart with the persons added and each appointed, for the day of the last event, to head one unit. */
  private static OrgChart staffed(OrgChart chart, List<Person> persons, boolean cited) {
    OrgChart staffed = chart;
    for (Person person : persons) {
      staffed = staffed.withPerson(person);
    }
    if (chart.events().isEmpty()) {
      return staffed;
    }
    LocalDate day = chart.events().get(chart.events().size() - 1).effectiveOn();
    ImmutableList<Unit> units = chart.asOf(day).units();
    for (int i = 0; i < Math.min(units.size(), persons.size()); i++) {
      Appointment.Builder appointment = Appointment.builder();
      appointment
          .person(persons.get(i).id())
          .post(Post.of(units.get(i).id(), PostKind.HEAD))
          .term(Validity.between(day, day));
      if (cited) {
        appointment.basis(DECISION);
      }
      staffed = staffed.appoint(appointment.build());
    }
    return staffed;
  }
}
