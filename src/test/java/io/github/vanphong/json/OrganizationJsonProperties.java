package io.github.vanphong.json;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import com.google.common.collect.ImmutableMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.organization}. */
class OrganizationJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  @Property
  void unitIdsObeyTheLaws(@ForAll UnitId id) {
    JsonLaws.assertLaws(id, UnitId.class);
  }

  @Property
  void personIdsObeyTheLaws(@ForAll PersonId id) {
    JsonLaws.assertLaws(id, PersonId.class);
  }
}
