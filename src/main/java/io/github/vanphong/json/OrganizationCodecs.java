package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.Appointment;
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
import java.time.LocalDate;
import java.util.Optional;

/** The JSON form of the types of {@code io.github.vanphong.organization}: units, people, posts and the chart. */
final class OrganizationCodecs {
  private OrganizationCodecs() {}

  /** A unit's identifier, as its text ({@code "VPTU-HG"}). */
  static final Codec<UnitId> UNIT_ID = Codecs.text(UnitId.class, "a unit identifier", UnitId::value, UnitId::of);

  /** A person's identifier, as its text. */
  static final Codec<PersonId> PERSON_ID =
      Codecs.text(PersonId.class, "a person identifier", PersonId::value, PersonId::of);

  static final EnumCodec<Level> LEVEL =
      Codecs.codes(Level.class)
          .code(Level.CENTRAL, "central")
          .code(Level.PROVINCIAL, "provincial")
          .code(Level.DISTRICT, "district")
          .code(Level.COMMUNE, "commune")
          .code(Level.GRASSROOTS, "grassroots")
          .build();

  static final EnumCodec<UnitKind> UNIT_KIND =
      Codecs.codes(UnitKind.class)
          .code(UnitKind.CENTRAL_COMMITTEE, "central-committee")
          .code(UnitKind.PROVINCIAL_COMMITTEE, "provincial-committee")
          .code(UnitKind.CITY_COMMITTEE, "city-committee")
          .code(UnitKind.TOWN_COMMITTEE, "town-committee")
          .code(UnitKind.DISTRICT_COMMITTEE, "district-committee")
          .code(UnitKind.URBAN_DISTRICT_COMMITTEE, "urban-district-committee")
          .code(UnitKind.COMMUNE_COMMITTEE, "commune-committee")
          .code(UnitKind.WARD_COMMITTEE, "ward-committee")
          .code(UnitKind.SPECIAL_ZONE_COMMITTEE, "special-zone-committee")
          .code(UnitKind.GRASSROOTS_COMMITTEE, "grassroots-committee")
          .code(UnitKind.PARTY_CELL, "party-cell")
          .code(UnitKind.OFFICE, "office")
          .code(UnitKind.ORGANISATION_BOARD, "organisation-board")
          .code(UnitKind.PROPAGANDA_BOARD, "propaganda-board")
          .code(UnitKind.MASS_MOBILISATION_BOARD, "mass-mobilisation-board")
          .code(UnitKind.PROPAGANDA_AND_MASS_MOBILISATION_BOARD, "propaganda-and-mass-mobilisation-board")
          .code(UnitKind.INSPECTION_COMMITTEE, "inspection-committee")
          .code(UnitKind.INTERNAL_AFFAIRS_BOARD, "internal-affairs-board")
          .code(UnitKind.PARTY_BUILDING_BOARD, "party-building-board")
          .code(UnitKind.POLITICAL_CENTRE, "political-centre")
          .code(UnitKind.SECTION, "section")
          .code(UnitKind.PEOPLES_COUNCIL, "peoples-council")
          .code(UnitKind.PEOPLES_COMMITTEE, "peoples-committee")
          .code(UnitKind.NATIONAL_ASSEMBLY_DELEGATION, "national-assembly-delegation")
          .code(UnitKind.COUNCIL_OFFICE, "council-office")
          .code(UnitKind.PEOPLES_COMMITTEE_OFFICE, "peoples-committee-office")
          .code(UnitKind.CITIZEN_RECEPTION_BOARD, "citizen-reception-board")
          .build();

  static final EnumCodec<UnitCategory> UNIT_CATEGORY =
      Codecs.codes(UnitCategory.class)
          .code(UnitCategory.PARTY_COMMITTEE, "party-committee")
          .code(UnitCategory.ADVISORY_BODY, "advisory-body")
          .code(UnitCategory.STATE_BODY, "state-body")
          .build();

  static final EnumCodec<PostKind> POST_KIND =
      Codecs.codes(PostKind.class)
          .code(PostKind.SECRETARY, "secretary")
          .code(PostKind.STANDING_DEPUTY_SECRETARY, "standing-deputy-secretary")
          .code(PostKind.DEPUTY_SECRETARY, "deputy-secretary")
          .code(PostKind.STANDING_COMMITTEE_MEMBER, "standing-committee-member")
          .code(PostKind.COMMITTEE_MEMBER, "committee-member")
          .code(PostKind.CHAIR, "chair")
          .code(PostKind.VICE_CHAIR, "vice-chair")
          .code(PostKind.HEAD, "head")
          .code(PostKind.DEPUTY_HEAD, "deputy-head")
          .code(PostKind.CHIEF_OF_OFFICE, "chief-of-office")
          .code(PostKind.DEPUTY_CHIEF_OF_OFFICE, "deputy-chief-of-office")
          .code(PostKind.HEAD_OF_SECTION, "head-of-section")
          .code(PostKind.DEPUTY_HEAD_OF_SECTION, "deputy-head-of-section")
          .code(PostKind.HEAD_OF_DELEGATION, "head-of-delegation")
          .code(PostKind.SPECIALIST, "specialist")
          .code(PostKind.STAFF, "staff")
          .code(PostKind.NATIONAL_ASSEMBLY_DEPUTY, "national-assembly-deputy")
          .build();

  static final EnumCodec<OrganizationRule> ORGANIZATION_RULE =
      Codecs.codes(OrganizationRule.class)
          .code(OrganizationRule.KNOWN_UNIT, "known-unit")
          .code(OrganizationRule.ONE_LIFE_AT_A_TIME, "one-life-at-a-time")
          .code(OrganizationRule.UNIT_ALIVE, "unit-alive")
          .code(OrganizationRule.PARENT_ALIVE, "parent-alive")
          .code(OrganizationRule.NO_CYCLE, "no-cycle")
          .code(OrganizationRule.LEVEL_NOT_ABOVE_PARENT, "level-not-above-parent")
          .code(OrganizationRule.DISTRICT_LEVEL_ENDED, "district-level-ended")
          .code(OrganizationRule.APPOINTMENT_WITHIN_UNIT_LIFE, "appointment-within-unit-life")
          .code(OrganizationRule.ONE_HOLDER_AT_A_TIME, "one-holder-at-a-time")
          .code(OrganizationRule.KNOWN_PERSON, "known-person")
          .build();

  /** {@code {"id": "HG-HTTAO", "fullName": "Huỳnh Thanh Tạo"}}. */
  static final Codec<Person> PERSON =
      Codecs.object(
          Person.class,
          (out, p) -> out.put("id", PERSON_ID, p.id()).text("fullName", p.fullName()),
          in -> Person.of(in.get("id", PERSON_ID), in.text("fullName")));

  /** {@code {"unit": "HG-HDND", "kind": "chair"}}. */
  static final Codec<Post> POST =
      Codecs.object(
          Post.class,
          (out, p) -> out.put("unit", UNIT_ID, p.unit()).put("kind", POST_KIND, p.kind()),
          in -> Post.of(in.get("unit", UNIT_ID), in.get("kind", POST_KIND)));

  /** {@code person}, {@code post}, {@code term} (a validity) and the {@code basis} of the appointment if cited. */
  static final Codec<Appointment> APPOINTMENT =
      Codecs.object(
          Appointment.class,
          (out, a) ->
              out.put("person", PERSON_ID, a.person())
                  .put("post", POST, a.post())
                  .put("term", LawCodecs.VALIDITY, a.term())
                  .optional("basis", LawCodecs.LEGAL_BASIS, a.basis()),
          in ->
              Appointment.builder()
                  .person(in.get("person", PERSON_ID))
                  .post(in.get("post", POST))
                  .term(in.get("term", LawCodecs.VALIDITY))
                  .basis(in.optional("basis", LawCodecs.LEGAL_BASIS))
                  .build());

  /** A unit as a tree shows it: {@code id}, {@code name}, {@code kind}, {@code level}, {@code parent}?, {@code life}. */
  static final Codec<Unit> UNIT =
      Codecs.object(
          Unit.class,
          (out, u) ->
              out.put("id", UNIT_ID, u.id())
                  .text("name", u.name())
                  .put("kind", UNIT_KIND, u.kind())
                  .put("level", LEVEL, u.level())
                  .optional("parent", UNIT_ID, u.parent())
                  .put("life", LawCodecs.VALIDITY, u.life()),
          in ->
              Unit.builder()
                  .id(in.get("id", UNIT_ID))
                  .name(in.text("name"))
                  .kind(in.get("kind", UNIT_KIND))
                  .level(in.get("level", LEVEL))
                  .parent(in.optional("parent", UNIT_ID))
                  .life(in.get("life", LawCodecs.VALIDITY))
                  .build());

  /**
   * The units alive on a day: {@code date} and {@code units}, read back through {@link UnitTree#of(LocalDate,
   * Iterable) UnitTree.of} and its rules. A tree taken from a chart is written the same way.
   */
  static final Codec<UnitTree> UNIT_TREE =
      Codecs.object(
          UnitTree.class,
          (out, t) -> out.put("date", Codecs.DATE, t.date()).list("units", UNIT, t.units()),
          in -> UnitTree.of(in.get("date", Codecs.DATE), in.list("units", UNIT)));

  // The fields of a creation, on their own as a part of a split and after "change": "create" in the union.
  private static void writeCreate(Out out, Restructuring.Create c) {
    out.put("effectiveOn", Codecs.DATE, c.effectiveOn())
        .optional("basis", LawCodecs.LEGAL_BASIS, c.basis())
        .put("id", UNIT_ID, c.id())
        .text("name", c.name())
        .put("kind", UNIT_KIND, c.kind())
        .put("level", LEVEL, c.level())
        .optional("parent", UNIT_ID, c.parent());
  }

  private static Restructuring.Create readCreate(In in) {
    LocalDate on = in.get("effectiveOn", Codecs.DATE);
    Optional<LegalBasis> basis = in.optional("basis", LawCodecs.LEGAL_BASIS);
    Restructuring.Create create =
        Restructuring.create(
            on,
            in.get("id", UNIT_ID),
            in.text("name"),
            in.get("kind", UNIT_KIND),
            in.get("level", LEVEL),
            in.optional("parent", UNIT_ID));
    return basis.map(create::withBasis).orElse(create);
  }

  /** A creation as one of the parts of a split, without the {@code change} field. */
  private static final Codec<Restructuring.Create> PART =
      Codecs.object(Restructuring.Create.class, OrganizationCodecs::writeCreate, OrganizationCodecs::readCreate);

  private static Out dated(Out out, Restructuring event) {
    return out.put("effectiveOn", Codecs.DATE, event.effectiveOn())
        .optional("basis", LawCodecs.LEGAL_BASIS, event.basis());
  }

  private static <R extends Restructuring> Restructuring cited(R event, In in) {
    return in.optional("basis", LawCodecs.LEGAL_BASIS).map(event::withBasis).orElse(event);
  }

  /**
   * A restructuring event, its kind in {@code change}: {@code create}, {@code rename}, {@code change-kind},
   * {@code reattach}, {@code merge}, {@code split} or {@code dissolve}; each with {@code effectiveOn} and the
   * {@code basis} it cites, if any, then its own fields.
   */
  static final Codec<Restructuring> RESTRUCTURING =
      Codecs.union(Restructuring.class, "change")
          .variant("create", Restructuring.Create.class, OrganizationCodecs::writeCreate, OrganizationCodecs::readCreate)
          .variant(
              "rename",
              Restructuring.Rename.class,
              (out, r) -> dated(out, r).put("id", UNIT_ID, r.id()).text("name", r.name()),
              in ->
                  (Restructuring.Rename)
                      cited(Restructuring.rename(in.get("effectiveOn", Codecs.DATE), in.get("id", UNIT_ID), in.text("name")), in))
          .variant(
              "change-kind",
              Restructuring.ChangeKind.class,
              (out, r) -> dated(out, r).put("id", UNIT_ID, r.id()).put("kind", UNIT_KIND, r.kind()),
              in ->
                  (Restructuring.ChangeKind)
                      cited(
                          Restructuring.changeKind(
                              in.get("effectiveOn", Codecs.DATE), in.get("id", UNIT_ID), in.get("kind", UNIT_KIND)),
                          in))
          .variant(
              "reattach",
              Restructuring.Reattach.class,
              (out, r) -> dated(out, r).put("id", UNIT_ID, r.id()).put("parent", UNIT_ID, r.parent()),
              in ->
                  (Restructuring.Reattach)
                      cited(
                          Restructuring.reattach(
                              in.get("effectiveOn", Codecs.DATE), in.get("id", UNIT_ID), in.get("parent", UNIT_ID)),
                          in))
          .variant(
              "merge",
              Restructuring.Merge.class,
              (out, r) -> dated(out, r).list("merged", UNIT_ID, r.merged()).put("into", UNIT_ID, r.into()),
              in ->
                  (Restructuring.Merge)
                      cited(
                          Restructuring.merge(
                              in.get("effectiveOn", Codecs.DATE), in.list("merged", UNIT_ID), in.get("into", UNIT_ID)),
                          in))
          .variant(
              "split",
              Restructuring.Split.class,
              (out, r) ->
                  dated(out, r)
                      .put("source", UNIT_ID, r.source())
                      .list("parts", PART, r.parts())
                      .put("carrier", UNIT_ID, r.carrier()),
              in ->
                  (Restructuring.Split)
                      cited(
                          Restructuring.split(
                              in.get("effectiveOn", Codecs.DATE),
                              in.get("source", UNIT_ID),
                              in.list("parts", PART),
                              in.get("carrier", UNIT_ID)),
                          in))
          .variant(
              "dissolve",
              Restructuring.Dissolve.class,
              (out, r) -> dated(out, r).put("id", UNIT_ID, r.id()).optional("successor", UNIT_ID, r.successor()),
              in -> {
                LocalDate on = in.get("effectiveOn", Codecs.DATE);
                UnitId id = in.get("id", UNIT_ID);
                Restructuring.Dissolve dissolve =
                    in.optional("successor", UNIT_ID)
                        .map(successor -> Restructuring.dissolve(on, id, successor))
                        .orElseGet(() -> Restructuring.dissolve(on, id));
                return (Restructuring.Dissolve) cited(dissolve, in);
              })
          .build();

  /**
   * One of the values at fault that a violation names, its kind in {@code kind}: a {@code unit} or a {@code person}
   * by identifier, a {@code restructuring} or an {@code appointment} in full, in {@code value}.
   */
  private static final Codec<Object> AT_FAULT =
      Codecs.union(Object.class, "kind")
          .variant(
              "unit", UnitId.class, (out, id) -> out.put("value", UNIT_ID, id), in -> in.get("value", UNIT_ID))
          .variant(
              "person",
              PersonId.class,
              (out, id) -> out.put("value", PERSON_ID, id),
              in -> in.get("value", PERSON_ID))
          .variant(
              "restructuring",
              Restructuring.class,
              (out, r) -> out.put("value", RESTRUCTURING, r),
              in -> in.get("value", RESTRUCTURING))
          .variant(
              "appointment",
              Appointment.class,
              (out, a) -> out.put("value", APPOINTMENT, a),
              in -> in.get("value", APPOINTMENT))
          .build();

  /** A broken rule of the chart: {@code rule}, {@code message} and the {@code values} at fault, in order. */
  static final Codec<OrganizationViolation> ORGANIZATION_VIOLATION =
      Codecs.object(
          OrganizationViolation.class,
          (out, v) ->
              out.put("rule", ORGANIZATION_RULE, v.rule())
                  .text("message", v.message())
                  .list("values", AT_FAULT, v.values()),
          in ->
              OrganizationViolation.of(
                  in.get("rule", ORGANIZATION_RULE),
                  in.text("message"),
                  in.list("values", AT_FAULT).toArray()));

  /**
   * The chart, a top-level document: its restructuring {@code events} in the order they take effect, the
   * {@code persons} in the order they were added, and the {@code appointments} in the order they were made. Reading
   * replays them: the events first, then the persons, then the appointments, each under the chart's rules.
   */
  static final Codec<OrgChart> ORG_CHART =
      Codecs.document(
          OrgChart.class,
          "vanphong.org-chart",
          1,
          (out, c) ->
              out.list("events", RESTRUCTURING, c.events())
                  .list("persons", PERSON, c.persons())
                  .list("appointments", APPOINTMENT, c.appointments()),
          in -> {
            OrgChart chart = OrgChart.of(in.list("events", RESTRUCTURING));
            for (Person person : in.list("persons", PERSON)) {
              if (chart.person(person.id()).isPresent()) {
                throw new IllegalArgumentException("a chart lists each person once; " + person.id() + " is listed twice");
              }
              chart = chart.withPerson(person);
            }
            for (Appointment appointment : in.list("appointments", APPOINTMENT)) {
              chart = chart.appoint(appointment);
            }
            return chart;
          });

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        UNIT_ID,
        PERSON_ID,
        LEVEL,
        UNIT_KIND,
        UNIT_CATEGORY,
        POST_KIND,
        ORGANIZATION_RULE,
        PERSON,
        POST,
        APPOINTMENT,
        UNIT,
        UNIT_TREE,
        RESTRUCTURING,
        ORGANIZATION_VIOLATION,
        ORG_CHART);
  }
}
