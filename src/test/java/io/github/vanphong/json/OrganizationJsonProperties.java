package io.github.vanphong.json;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.organization}. */
class OrganizationJsonProperties {
  @Property
  void unitIdsObeyTheLaws(@ForAll UnitId id) {
    JsonLaws.assertLaws(id, UnitId.class);
  }

  @Property
  void personIdsObeyTheLaws(@ForAll PersonId id) {
    JsonLaws.assertLaws(id, PersonId.class);
  }
}
