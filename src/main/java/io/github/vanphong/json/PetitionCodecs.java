package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
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
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collections;
import java.util.List;

/** The JSON form of the types of {@code io.github.vanphong.petition}: petitions, their intake, history, rules and tallies. */
final class PetitionCodecs {
  private PetitionCodecs() {}

  /** A petition's identifier, as its text ({@code "P-2016-0042"}). */
  static final Codec<PetitionId> PETITION_ID =
      Codecs.text(PetitionId.class, "a petition identifier", PetitionId::value, PetitionId::of);

  static final EnumCodec<AreaType> AREA_TYPE =
      Codecs.codes(AreaType.class)
          .code(AreaType.ORDINARY, "ordinary")
          .code(AreaType.REMOTE, "remote")
          .build();

  static final EnumCodec<Channel> CHANNEL =
      Codecs.codes(Channel.class)
          .code(Channel.POST, "post")
          .code(Channel.IN_PERSON, "in-person")
          .code(Channel.FORWARDED, "forwarded")
          .code(Channel.ONLINE, "online")
          .build();

  static final EnumCodec<PetitionKind> PETITION_KIND =
      Codecs.codes(PetitionKind.class)
          .code(PetitionKind.COMPLAINT, "complaint")
          .code(PetitionKind.DENUNCIATION, "denunciation")
          .code(PetitionKind.RECOMMENDATION, "recommendation")
          .code(PetitionKind.FEEDBACK, "feedback")
          .code(PetitionKind.MIXED, "mixed")
          .build();

  static final EnumCodec<PetitionerKind> PETITIONER_KIND =
      Codecs.codes(PetitionerKind.class)
          .code(PetitionerKind.ONE_PERSON, "one-person")
          .code(PetitionerKind.SIGNATORIES, "signatories")
          .code(PetitionerKind.DELEGATION, "delegation")
          .code(PetitionerKind.ANONYMOUS, "anonymous")
          .code(PetitionerKind.FALSE_NAME, "false-name")
          .build();

  static final EnumCodec<LinkKind> LINK_KIND =
      Codecs.codes(LinkKind.class)
          .code(LinkKind.REPEAT, "repeat")
          .code(LinkKind.ESCALATION, "escalation")
          .code(LinkKind.SECOND_COMPLAINT, "second-complaint")
          .code(LinkKind.RENEWED_DENUNCIATION, "renewed-denunciation")
          .build();

  static final EnumCodec<SubjectKind> SUBJECT_KIND =
      Codecs.codes(SubjectKind.class)
          .code(SubjectKind.ADMINISTRATIVE_DECISION, "administrative-decision")
          .code(SubjectKind.ADMINISTRATIVE_ACT, "administrative-act")
          .code(SubjectKind.DISCIPLINARY_DECISION, "disciplinary-decision")
          .code(SubjectKind.PARTY_MEMBER, "party-member")
          .code(SubjectKind.OFFICIAL, "official")
          .code(SubjectKind.UNIT, "unit")
          .code(SubjectKind.POLICY, "policy")
          .code(SubjectKind.OTHER, "other")
          .build();

  /**
   * A petitioner's identity, confidential: {@code fullName}, {@code address}, {@code contact}?, {@code idNumber}?,
   * {@code handwriting}?. It is written only inside the full form of petitioners, never in a redacted one.
   */
  static final Codec<Identity> IDENTITY =
      Codecs.object(
          Identity.class,
          (out, i) ->
              out.text("fullName", i.fullName())
                  .text("address", i.address())
                  .optional("contact", Codecs.TEXT, i.contact())
                  .optional("idNumber", Codecs.TEXT, i.idNumber())
                  .optional("handwriting", Codecs.TEXT, i.handwriting()),
          in -> {
            Identity.Builder identity =
                Identity.builder().fullName(in.text("fullName")).address(in.text("address"));
            in.optional("contact", Codecs.TEXT).ifPresent(identity::contact);
            in.optional("idNumber", Codecs.TEXT).ifPresent(identity::idNumber);
            in.optional("handwriting", Codecs.TEXT).ifPresent(identity::handwriting);
            return identity.build();
          });

  /**
   * Reads the identities a {@link Petitioners} holds. The class has no public method that returns them, so that
   * nothing hands them out by accident; the full JSON form, meant for the application's confidential store, is the
   * one place outside the package that needs them, and reads them through the module's own access to itself.
   */
  private static final MethodHandle IDENTITIES_OF = identitiesOf();

  private static MethodHandle identitiesOf() {
    try {
      return MethodHandles.privateLookupIn(Petitioners.class, MethodHandles.lookup())
          .findVirtual(Petitioners.class, "identities", MethodType.methodType(ImmutableList.class));
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Petitioners has no identities() within the module", e);
    }
  }

  @SuppressWarnings("unchecked") // the handle's type is ImmutableList<Identity>, checked when it was found
  private static ImmutableList<Identity> identities(Petitioners petitioners) {
    try {
      return (ImmutableList<Identity>) IDENTITIES_OF.invokeExact(petitioners);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The people who sent a petition: {@code kind}, {@code count}, {@code redacted}, and, unless redacted, their
   * {@code identities} in full. A redacted copy has no {@code identities} field at all, so that nothing of who they
   * are is written (Luật Tố cáo 25/2018/QH14, Điều 8, 9 and 47).
   */
  static final Codec<Petitioners> PETITIONERS =
      Codecs.object(
          Petitioners.class,
          (out, p) -> {
            out.put("kind", PETITIONER_KIND, p.kind()).integer("count", p.count()).bool("redacted", p.isRedacted());
            if (!p.isRedacted()) {
              out.list("identities", IDENTITY, identities(p));
            }
          },
          in -> {
            PetitionerKind kind = in.get("kind", PETITIONER_KIND);
            int count = in.integer("count");
            boolean redacted = in.bool("redacted");
            Petitioners petitioners;
            if (redacted) {
              if (!in.list("identities", IDENTITY).isEmpty()) {
                throw new ReadError(in.pathOf("identities"), "redacted petitioners have no identities");
              }
              petitioners = redactedPetitioners(kind, count);
            } else {
              petitioners = petitioners(kind, count, in.list("identities", IDENTITY));
            }
            if (petitioners.count() != count) {
              throw new ReadError(
                  in.pathOf("count"),
                  "petitioners of the kind " + PETITIONER_KIND.code(kind) + " with these identities number "
                      + petitioners.count() + ", not " + count);
            }
            return petitioners;
          });

  private static Petitioners petitioners(PetitionerKind kind, int count, List<Identity> identities) {
    return switch (kind) {
      case ONE_PERSON -> Petitioners.one(onlyOne(kind, identities));
      case SIGNATORIES -> Petitioners.signatories(identities);
      case DELEGATION -> Petitioners.delegation(identities, count);
      case ANONYMOUS -> {
        if (!identities.isEmpty()) {
          throw new IllegalArgumentException(
              "an anonymous letter has no identities; " + identities.size() + " were given");
        }
        yield Petitioners.anonymous();
      }
      case FALSE_NAME -> Petitioners.falseName(onlyOne(kind, identities));
    };
  }

  private static Identity onlyOne(PetitionerKind kind, List<Identity> identities) {
    if (identities.size() != 1) {
      throw new IllegalArgumentException(
          "petitioners of the kind " + PETITIONER_KIND.code(kind) + " have one identity; " + identities.size()
              + " were given");
    }
    return identities.get(0);
  }

  /**
   * Builds the redacted petitioners of a kind and number through the public factories. The stand-in identities
   * it passes are dropped by {@link Petitioners#redacted()} before the value leaves this method.
   */
  private static Petitioners redactedPetitioners(PetitionerKind kind, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("petitioners number one or more, not " + count);
    }
    Identity withheld = Identity.builder().fullName("withheld").address("withheld").build();
    int named = kind == PetitionerKind.SIGNATORIES ? count : 1;
    return petitioners(kind, count, kind == PetitionerKind.ANONYMOUS ? List.of() : Collections.nCopies(named, withheld))
        .redacted();
  }

  /** A link to an earlier petition: {@code {"kind": "repeat", "earlier": "P-2016-0001"}}. */
  static final Codec<Link> LINK =
      Codecs.object(
          Link.class,
          (out, l) -> out.put("kind", LINK_KIND, l.kind()).put("earlier", PETITION_ID, l.earlier()),
          in -> Link.of(in.get("kind", LINK_KIND), in.get("earlier", PETITION_ID)));

  /**
   * What a petition is about: {@code kind}, {@code description}, and the {@code person} (a party member) or the
   * {@code unit} concerned, each left out when there is none.
   */
  static final Codec<Subject> SUBJECT =
      Codecs.object(
          Subject.class,
          (out, s) ->
              out.put("kind", SUBJECT_KIND, s.kind())
                  .text("description", s.description())
                  .optional("person", OrganizationCodecs.PERSON_ID, s.person())
                  .optional("unit", OrganizationCodecs.UNIT_ID, s.unit()),
          in -> {
            SubjectKind kind = in.get("kind", SUBJECT_KIND);
            String description = in.text("description");
            var person = in.optional("person", OrganizationCodecs.PERSON_ID);
            var unit = in.optional("unit", OrganizationCodecs.UNIT_ID);
            if (person.isPresent() && unit.isPresent()) {
              throw new ReadError(in.path(), "a subject names a person or a unit, not both");
            }
            if (person.isPresent()) {
              if (kind != SubjectKind.PARTY_MEMBER) {
                throw new ReadError(
                    in.pathOf("person"), "only a subject of the kind party-member names a person, not "
                        + SUBJECT_KIND.code(kind));
              }
              return Subject.partyMember(person.get(), description);
            }
            return unit.map(u -> Subject.ofUnit(kind, u, description)).orElseGet(() -> Subject.of(kind, description));
          });

  /**
   * What a petition was received with: every field of {@link Intake}, optional ones left out when empty, its
   * petitioners in the full form.
   */
  static final Codec<Intake> INTAKE =
      Codecs.object(
          Intake.class,
          (out, i) ->
              out.put("id", PETITION_ID, i.id())
                  .put("received", Codecs.DATE, i.received())
                  .put("channel", CHANNEL, i.channel())
                  .put("kind", PETITION_KIND, i.kind())
                  .put("petitioners", PETITIONERS, i.petitioners())
                  .put("subject", SUBJECT, i.subject())
                  .text("summary", i.summary())
                  .put("receivingUnit", OrganizationCodecs.UNIT_ID, i.receivingUnit())
                  .list("links", LINK, i.links())
                  .put("area", AREA_TYPE, i.area())
                  .optional("level", OrganizationCodecs.LEVEL, i.level())
                  .bool("resultRequested", i.resultRequested())
                  .optional("competentBodyReceived", Codecs.DATE, i.competentBodyReceived())
                  .optional("congressOpening", Codecs.DATE, i.congressOpening()),
          in ->
              Intake.builder()
                  .id(in.get("id", PETITION_ID))
                  .received(in.get("received", Codecs.DATE))
                  .channel(in.get("channel", CHANNEL))
                  .kind(in.get("kind", PETITION_KIND))
                  .petitioners(in.get("petitioners", PETITIONERS))
                  .subject(in.get("subject", SUBJECT))
                  .summary(in.text("summary"))
                  .receivingUnit(in.get("receivingUnit", OrganizationCodecs.UNIT_ID))
                  .addAllLinks(in.list("links", LINK))
                  .area(in.get("area", AREA_TYPE))
                  .level(in.optional("level", OrganizationCodecs.LEVEL))
                  .resultRequested(in.bool("resultRequested"))
                  .competentBodyReceived(in.optional("competentBodyReceived", Codecs.DATE))
                  .congressOpening(in.optional("congressOpening", Codecs.DATE))
                  .build());

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        PETITION_ID,
        AREA_TYPE,
        CHANNEL,
        PETITION_KIND,
        PETITIONER_KIND,
        LINK_KIND,
        SUBJECT_KIND,
        IDENTITY,
        PETITIONERS,
        LINK,
        SUBJECT,
        INTAKE);
  }
}
