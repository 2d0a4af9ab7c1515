package io.github.vanphong.json;

import com.google.common.collect.ImmutableMap;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.reception}. */
class ReceptionJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();
}
