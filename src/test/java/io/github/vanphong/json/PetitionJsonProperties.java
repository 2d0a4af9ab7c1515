package io.github.vanphong.json;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.petition.AreaType;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.Link;
import io.github.vanphong.petition.LinkKind;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionerKind;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.SubjectKind;
import io.github.vanphong.testing.PetitionArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.petition}. */
class PetitionJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  @Property(tries = 50)
  void enumerationsObeyTheLaws(
      @ForAll AreaType area,
      @ForAll Channel channel,
      @ForAll PetitionKind kind,
      @ForAll PetitionerKind petitionerKind,
      @ForAll LinkKind linkKind,
      @ForAll SubjectKind subjectKind) {
    JsonLaws.assertLaws(area, AreaType.class);
    JsonLaws.assertLaws(channel, Channel.class);
    JsonLaws.assertLaws(kind, PetitionKind.class);
    JsonLaws.assertLaws(petitionerKind, PetitionerKind.class);
    JsonLaws.assertLaws(linkKind, LinkKind.class);
    JsonLaws.assertLaws(subjectKind, SubjectKind.class);
  }

  @Property(tries = 100)
  void petitionIdsObeyTheLaws(@ForAll("petitionIds") PetitionId id) {
    JsonLaws.assertLaws(id, PetitionId.class);
  }

  @Property(tries = 100)
  void identitiesObeyTheLaws(@ForAll("identities") Identity identity) {
    JsonLaws.assertLaws(identity, Identity.class);
  }

  @Property(tries = 200)
  void petitionersObeyTheLaws(@ForAll("petitioners") Petitioners petitioners) {
    JsonLaws.assertLaws(petitioners, Petitioners.class);
  }

  @Property(tries = 100)
  void redactedPetitionersObeyTheLaws(@ForAll("petitioners") Petitioners petitioners) {
    JsonLaws.assertLaws(petitioners.redacted(), Petitioners.class);
  }

  @Property(tries = 100)
  void linksObeyTheLaws(@ForAll("links") Link link) {
    JsonLaws.assertLaws(link, Link.class);
  }

  @Property(tries = 100)
  void subjectsObeyTheLaws(@ForAll("subjects") Subject subject) {
    JsonLaws.assertLaws(subject, Subject.class);
  }

  @Property(tries = 100)
  void intakesObeyTheLaws(@ForAll("intakes") Intake intake) {
    JsonLaws.assertLaws(intake, Intake.class);
  }

  @Provide
  Arbitrary<PetitionId> petitionIds() {
    return PetitionArbitraries.petitionIds();
  }

  @Provide
  Arbitrary<Identity> identities() {
    return PetitionArbitraries.identities();
  }

  @Provide
  Arbitrary<Petitioners> petitioners() {
    return PetitionArbitraries.petitioners();
  }

  @Provide
  Arbitrary<Link> links() {
    return PetitionArbitraries.links();
  }

  @Provide
  Arbitrary<Subject> subjects() {
    return PetitionArbitraries.subjects();
  }

  @Provide
  Arbitrary<Intake> intakes() {
    return PetitionArbitraries.intakes();
  }
}
