package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitCategory;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;

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

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(UNIT_ID, PERSON_ID, LEVEL, UNIT_KIND, UNIT_CATEGORY, POST_KIND);
  }
}
