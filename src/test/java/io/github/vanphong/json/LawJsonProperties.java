package io.github.vanphong.json;

import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import com.google.common.collect.ImmutableMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.law}. */
class LawJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  @Property(tries = 200)
  void validitiesObeyTheLaws(@ForAll Validity validity) {
    JsonLaws.assertLaws(validity, Validity.class);
  }

  @Property(tries = 200)
  void instrumentsObeyTheLaws(@ForAll Instrument instrument) {
    JsonLaws.assertLaws(instrument, Instrument.class);
  }

  @Property(tries = 100)
  void legalBasesObeyTheLaws(@ForAll LegalBasis basis) {
    JsonLaws.assertLaws(basis, LegalBasis.class);
  }
}
