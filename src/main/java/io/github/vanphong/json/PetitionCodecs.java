package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import java.util.function.BiFunction;
import java.util.Optional;
import java.util.Map;
import java.time.YearMonth;
import java.time.LocalDate;
import io.github.vanphong.petition.PetitionTally;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.calendar.DeadlineStatus;
import com.google.common.collect.Maps;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableMap;
import io.github.vanphong.petition.AreaType;
import io.github.vanphong.petition.Circumstances;
import io.github.vanphong.petition.Classification;
import io.github.vanphong.petition.ClassificationRule;
import io.github.vanphong.petition.Classifier;
import io.github.vanphong.petition.ComplaintRound;
import io.github.vanphong.petition.Complexity;
import io.github.vanphong.petition.ComplexityCriterion;
import io.github.vanphong.petition.ContinuationGround;
import io.github.vanphong.petition.EligibilityRule;
import io.github.vanphong.petition.Finding;
import io.github.vanphong.petition.LetterFacts;
import io.github.vanphong.petition.OverdueDuty;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionCommand;
import io.github.vanphong.petition.PetitionEvent;
import io.github.vanphong.petition.PetitionRule;
import io.github.vanphong.petition.PetitionRuleBook;
import io.github.vanphong.petition.PetitionStage;
import io.github.vanphong.petition.PetitionTimeLimit;
import io.github.vanphong.petition.PetitionState;
import io.github.vanphong.petition.Procedure;
import io.github.vanphong.petition.ProcessingDefect;
import io.github.vanphong.petition.Recipient;
import io.github.vanphong.petition.RefusalReason;
import io.github.vanphong.petition.Requirement;
import io.github.vanphong.petition.RoutingRule;
import io.github.vanphong.petition.RuleDay;
import io.github.vanphong.petition.RuleDays;
import io.github.vanphong.petition.Topic;
import io.github.vanphong.petition.Withdrawal;
import io.github.vanphong.petition.WorkflowRule;
import java.util.OptionalInt;
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

  // ---- the enumerations of the workflow and of classification --------------------------------------------------

  static final EnumCodec<ComplaintRound> COMPLAINT_ROUND =
      Codecs.codes(ComplaintRound.class)
          .code(ComplaintRound.FIRST, "first")
          .code(ComplaintRound.SECOND, "second")
          .build();

  static final EnumCodec<Complexity> COMPLEXITY =
      Codecs.codes(Complexity.class)
          .code(Complexity.NORMAL, "normal")
          .code(Complexity.COMPLEX, "complex")
          .code(Complexity.ESPECIALLY_COMPLEX, "especially-complex")
          .build();

  static final EnumCodec<ComplexityCriterion> COMPLEXITY_CRITERION =
      Codecs.codes(ComplexityCriterion.class)
          .code(ComplexityCriterion.SEVERAL_PLACES_TO_VERIFY, "several-places-to-verify")
          .code(ComplexityCriterion.SEVERAL_CONTENTS, "several-contents")
          .code(ComplexityCriterion.MANY_PEOPLE, "many-people")
          .code(ComplexityCriterion.FOREIGN_ELEMENT, "foreign-element")
          .code(ComplexityCriterion.SEVERAL_MANAGING_BODIES, "several-managing-bodies")
          .code(ComplexityCriterion.DISAGREEMENT_BETWEEN_BODIES, "disagreement-between-bodies")
          .code(ComplexityCriterion.CONTRADICTORY_EVIDENCE, "contradictory-evidence")
          .build();

  static final EnumCodec<ContinuationGround> CONTINUATION_GROUND =
      Codecs.codes(ContinuationGround.class)
          .code(ContinuationGround.SIGNS_OF_VIOLATION, "signs-of-violation")
          .code(ContinuationGround.COERCED, "coerced")
          .build();

  static final EnumCodec<Finding> FINDING =
      Codecs.codes(Finding.class)
          .code(Finding.WELL_FOUNDED, "well-founded")
          .code(Finding.PARTLY_WELL_FOUNDED, "partly-well-founded")
          .code(Finding.UNFOUNDED, "unfounded")
          .code(Finding.ANSWERED, "answered")
          .build();

  static final EnumCodec<PetitionCommand> PETITION_COMMAND =
      Codecs.codes(PetitionCommand.class)
          .code(PetitionCommand.RECEIVE, "receive")
          .code(PetitionCommand.CLASSIFY, "classify")
          .code(PetitionCommand.ACCEPT, "accept")
          .code(PetitionCommand.REFUSE, "refuse")
          .code(PetitionCommand.FORWARD, "forward")
          .code(PetitionCommand.GUIDE, "guide")
          .code(PetitionCommand.FILE, "file")
          .code(PetitionCommand.START_VERIFICATION, "start-verification")
          .code(PetitionCommand.ASSESS_COMPLEXITY, "assess-complexity")
          .code(PetitionCommand.EXTEND, "extend")
          .code(PetitionCommand.SUSPEND, "suspend")
          .code(PetitionCommand.RESUME, "resume")
          .code(PetitionCommand.RESOLVE, "resolve")
          .code(PetitionCommand.LODGE_SECOND_COMPLAINT, "lodge-second-complaint")
          .code(PetitionCommand.RECORD_FINALITY, "record-finality")
          .code(PetitionCommand.CLOSE, "close")
          .code(PetitionCommand.WITHDRAW, "withdraw")
          .code(PetitionCommand.NOTIFY, "notify")
          .code(PetitionCommand.ACCESS_IDENTITY, "access-identity")
          .code(PetitionCommand.RECORD_DECISION_RECEIPT, "record-decision-receipt")
          .code(PetitionCommand.RECORD_RESULT, "record-result")
          .build();

  static final EnumCodec<PetitionStage> PETITION_STAGE =
      Codecs.codes(PetitionStage.class)
          .code(PetitionStage.PROCESSING, "processing")
          .code(PetitionStage.FORWARDING, "forwarding")
          .code(PetitionStage.ACCEPTANCE, "acceptance")
          .code(PetitionStage.ACCEPTANCE_NOTICE, "acceptance-notice")
          .code(PetitionStage.RECEIPT_NOTICE, "receipt-notice")
          .code(PetitionStage.PARTY_RECEIPT_NOTICE, "party-receipt-notice")
          .code(PetitionStage.RESULT_RELAY, "result-relay")
          .code(PetitionStage.RESOLUTION, "resolution")
          .code(PetitionStage.SECOND_COMPLAINT_WINDOW, "second-complaint-window")
          .code(PetitionStage.FINALITY, "finality")
          .code(PetitionStage.FILING_LIMIT, "filing-limit")
          .code(PetitionStage.DECISION_DISPATCH, "decision-dispatch")
          .code(PetitionStage.PARTY_RESOLUTION, "party-resolution")
          .code(PetitionStage.CONGRESS_HANDOVER, "congress-handover")
          .build();

  static final EnumCodec<PetitionState> PETITION_STATE =
      Codecs.codes(PetitionState.class)
          .code(PetitionState.RECEIVED, "received")
          .code(PetitionState.CLASSIFIED, "classified")
          .code(PetitionState.ACCEPTED, "accepted")
          .code(PetitionState.VERIFYING, "verifying")
          .code(PetitionState.SUSPENDED, "suspended")
          .code(PetitionState.RESOLVED, "resolved")
          .code(PetitionState.SECOND_COMPLAINT, "second-complaint")
          .code(PetitionState.FINAL, "final")
          .code(PetitionState.CLOSED, "closed")
          .code(PetitionState.REFUSED, "refused")
          .code(PetitionState.FORWARDED, "forwarded")
          .code(PetitionState.GUIDED, "guided")
          .code(PetitionState.FILED, "filed")
          .code(PetitionState.WITHDRAWN, "withdrawn")
          .build();

  static final EnumCodec<Procedure> PROCEDURE =
      Codecs.codes(Procedure.class)
          .code(Procedure.STATE_LAW, "state-law")
          .code(Procedure.PARTY_RULES, "party-rules")
          .build();

  static final EnumCodec<ProcessingDefect> PROCESSING_DEFECT =
      Codecs.codes(ProcessingDefect.class)
          .code(ProcessingDefect.NOT_IN_VIETNAMESE, "not-in-vietnamese")
          .code(ProcessingDefect.UNDATED, "undated")
          .code(ProcessingDefect.NO_NAME_OR_ADDRESS, "no-name-or-address")
          .code(ProcessingDefect.UNSIGNED, "unsigned")
          .code(ProcessingDefect.UNCLEAR_CONTENT, "unclear-content")
          .code(ProcessingDefect.ALREADY_RESOLVED, "already-resolved")
          .code(ProcessingDefect.SENT_TO_SEVERAL_BODIES, "sent-to-several-bodies")
          .code(ProcessingDefect.ALREADY_GUIDED, "already-guided")
          .code(ProcessingDefect.ALREADY_FORWARDED, "already-forwarded")
          .build();

  static final EnumCodec<Recipient> RECIPIENT =
      Codecs.codes(Recipient.class)
          .code(Recipient.PARTY_COMMITTEE_OFFICE, "party-committee-office")
          .code(Recipient.INSPECTION_COMMITTEE, "inspection-committee")
          .code(Recipient.INTERNAL_AFFAIRS_BOARD, "internal-affairs-board")
          .code(Recipient.ELECTED_BODIES_OFFICE, "elected-bodies-office")
          .code(Recipient.RECEPTION_BOARD, "reception-board")
          .build();

  static final EnumCodec<RefusalReason> REFUSAL_REASON =
      Codecs.codes(RefusalReason.class)
          .code(RefusalReason.COMPLAINT_NOT_REVIEWABLE, "complaint-not-reviewable")
          .code(RefusalReason.COMPLAINT_NOT_DIRECTLY_CONCERNED, "complaint-not-directly-concerned")
          .code(RefusalReason.COMPLAINT_NO_CAPACITY, "complaint-no-capacity")
          .code(RefusalReason.COMPLAINT_UNLAWFUL_REPRESENTATIVE, "complaint-unlawful-representative")
          .code(RefusalReason.COMPLAINT_UNSIGNED, "complaint-unsigned")
          .code(RefusalReason.COMPLAINT_TIME_LIMIT_EXPIRED, "complaint-time-limit-expired")
          .code(RefusalReason.COMPLAINT_SECOND_DECISION_EXISTS, "complaint-second-decision-exists")
          .code(RefusalReason.COMPLAINT_NOT_CONTINUED, "complaint-not-continued")
          .code(RefusalReason.COMPLAINT_BEFORE_COURT, "complaint-before-court")
          .code(RefusalReason.DENUNCIATION_ANONYMOUS, "denunciation-anonymous")
          .code(RefusalReason.DENUNCIATION_FORM_NOT_MET, "denunciation-form-not-met")
          .code(RefusalReason.DENUNCIATION_NO_CAPACITY, "denunciation-no-capacity")
          .code(RefusalReason.DENUNCIATION_NOT_COMPETENT, "denunciation-not-competent")
          .code(RefusalReason.DENUNCIATION_NO_BASIS, "denunciation-no-basis")
          .code(RefusalReason.PARTY_ANONYMOUS, "party-anonymous")
          .code(RefusalReason.PARTY_REPEAT_WITHOUT_NEW_EVIDENCE, "party-repeat-without-new-evidence")
          .code(RefusalReason.PARTY_VAGUE, "party-vague")
          .code(RefusalReason.PARTY_NO_CONTENT_AGAINST_MEMBER, "party-no-content-against-member")
          .code(RefusalReason.PARTY_NOT_SIGNED_PERSONALLY, "party-not-signed-personally")
          .code(RefusalReason.PARTY_SIGNED_BY_SEVERAL, "party-signed-by-several")
          .code(RefusalReason.PARTY_NO_CAPACITY, "party-no-capacity")
          .build();

  static final EnumCodec<Requirement> REQUIREMENT =
      Codecs.codes(Requirement.class)
          .code(Requirement.PROVIDED_BY_LAW, "provided-by-law")
          .code(Requirement.ELIGIBLE, "eligible")
          .code(Requirement.WITHIN_COMPETENCE, "within-competence")
          .code(Requirement.OUTSIDE_COMPETENCE, "outside-competence")
          .code(Requirement.NOT_FORWARDED_BEFORE, "not-forwarded-before")
          .code(Requirement.NOT_GUIDED_BEFORE, "not-guided-before")
          .code(Requirement.FINAL_BEFORE_CLOSING, "final-before-closing")
          .code(Requirement.FIRST_ROUND, "first-round")
          .code(Requirement.COMPLEXITY_IN_WRITING, "complexity-in-writing")
          .build();

  static final EnumCodec<RuleDay> RULE_DAY =
      Codecs.codes(RuleDay.class)
          .code(RuleDay.RECEIVED, "received")
          .code(RuleDay.ACCEPTED, "accepted")
          .code(RuleDay.ACT, "act")
          .build();

  static final EnumCodec<Topic> TOPIC =
      Codecs.codes(Topic.class)
          .code(Topic.PARTY_POLICY, "party-policy")
          .code(Topic.PARTY_BUILDING, "party-building")
          .code(Topic.PARTY_DISCIPLINE, "party-discipline")
          .code(Topic.INTERNAL_AFFAIRS, "internal-affairs")
          .code(Topic.ELECTED_BODIES, "elected-bodies")
          .code(Topic.ADMINISTRATION, "administration")
          .build();


  /**
   * What was found when classifying a letter: {@code topics} and {@code defects} (sets of codes), {@code competent},
   * {@code recipient}, {@code procedure} and {@code checkableForManagement}.
   */
  static final Codec<Classification> CLASSIFICATION =
      Codecs.object(
          Classification.class,
          (out, c) ->
              out.list("topics", TOPIC, c.topics())
                  .list("defects", PROCESSING_DEFECT, c.defects())
                  .bool("competent", c.competent())
                  .put("recipient", RECIPIENT, c.recipient())
                  .put("procedure", PROCEDURE, c.procedure())
                  .bool("checkableForManagement", c.checkableForManagement()),
          in ->
              Classification.builder()
                  .addAllTopics(in.set("topics", TOPIC))
                  .addAllDefects(in.set("defects", PROCESSING_DEFECT))
                  .competent(in.bool("competent"))
                  .recipient(in.get("recipient", RECIPIENT))
                  .procedure(in.get("procedure", PROCEDURE))
                  .checkableForManagement(in.bool("checkableForManagement"))
                  .build());

  /** A withdrawal: {@code {"partial": false, "continuation": "public-interest"}}, the ground left out if none. */
  static final Codec<Withdrawal> WITHDRAWAL =
      Codecs.object(
          Withdrawal.class,
          (out, w) -> out.bool("partial", w.isPartial()).optional("continuation", CONTINUATION_GROUND, w.continuation()),
          in -> {
            Withdrawal withdrawal = in.bool("partial") ? Withdrawal.partial() : Withdrawal.whole();
            var ground = in.optional("continuation", CONTINUATION_GROUND);
            return ground.isPresent() ? withdrawal.continuedBecause(ground.get()) : withdrawal;
          });

  /**
   * One event of a petition's history: {@code command}, {@code on}, {@code by}, then the payload its command
   * carries, each field left out when the event has none; {@code criteria} is always written.
   */
  static final Codec<PetitionEvent> PETITION_EVENT =
      Codecs.object(
          PetitionEvent.class,
          (out, e) -> {
            out.put("command", PETITION_COMMAND, e.command())
                .put("on", Codecs.DATE, e.on())
                .put("by", OrganizationCodecs.PERSON_ID, e.by())
                .optional("classification", CLASSIFICATION, e.classification())
                .optional("refusalReason", REFUSAL_REASON, e.refusalReason())
                .optional("destination", OrganizationCodecs.UNIT_ID, e.destination());
            e.extensionDays().ifPresent(days -> out.integer("extensionDays", days));
            out.optional("extendedStage", PETITION_STAGE, e.extendedStage())
                .list("criteria", COMPLEXITY_CRITERION, e.criteria())
                .optional("finding", FINDING, e.finding())
                .optional("withdrawal", WITHDRAWAL, e.withdrawal())
                .optional("notice", PETITION_STAGE, e.notice())
                .optional("reason", Codecs.TEXT, e.reason())
                .optional("deliveredOn", Codecs.DATE, e.deliveredOn())
                .optional("writtenRecord", Codecs.TEXT, e.writtenRecord());
          },
          in ->
              PetitionEvent.builder()
                  .command(in.get("command", PETITION_COMMAND))
                  .on(in.get("on", Codecs.DATE))
                  .by(in.get("by", OrganizationCodecs.PERSON_ID))
                  .classification(in.optional("classification", CLASSIFICATION))
                  .refusalReason(in.optional("refusalReason", REFUSAL_REASON))
                  .destination(in.optional("destination", OrganizationCodecs.UNIT_ID))
                  .extensionDays(
                      in.optional("extensionDays", Codecs.INTEGER)
                          .map(OptionalInt::of)
                          .orElseGet(OptionalInt::empty))
                  .extendedStage(in.optional("extendedStage", PETITION_STAGE))
                  .addAllCriteria(in.set("criteria", COMPLEXITY_CRITERION))
                  .finding(in.optional("finding", FINDING))
                  .withdrawal(in.optional("withdrawal", WITHDRAWAL))
                  .notice(in.optional("notice", PETITION_STAGE))
                  .reason(in.optional("reason", Codecs.TEXT))
                  .deliveredOn(in.optional("deliveredOn", Codecs.DATE))
                  .writtenRecord(in.optional("writtenRecord", Codecs.TEXT))
                  .build());

  /** The circumstances a time limit depends on: {@code round}, {@code complexity}, {@code area}, {@code level}?. */
  static final Codec<Circumstances> CIRCUMSTANCES =
      Codecs.object(
          Circumstances.class,
          (out, c) ->
              out.put("round", COMPLAINT_ROUND, c.round())
                  .put("complexity", COMPLEXITY, c.complexity())
                  .put("area", AREA_TYPE, c.area())
                  .optional("level", OrganizationCodecs.LEVEL, c.level()),
          in -> {
            Circumstances circumstances =
                Circumstances.of(
                    in.get("round", COMPLAINT_ROUND), in.get("complexity", COMPLEXITY), in.get("area", AREA_TYPE));
            return in.optional("level", OrganizationCodecs.LEVEL).map(circumstances::atLevel).orElse(circumstances);
          });

  /** The days a rule is chosen by: {@code received}, {@code accepted}? and {@code act}. */
  static final Codec<RuleDays> RULE_DAYS =
      Codecs.object(
          RuleDays.class,
          (out, d) ->
              out.put("received", Codecs.DATE, d.received())
                  .optional("accepted", Codecs.DATE, d.accepted())
                  .put("act", Codecs.DATE, d.act()),
          in -> {
            RuleDays days = RuleDays.received(in.get("received", Codecs.DATE));
            var accepted = in.optional("accepted", Codecs.DATE);
            if (accepted.isPresent()) {
              days = days.accepted(accepted.get());
            }
            return days.act(in.get("act", Codecs.DATE));
          });

  /** What a letter shows, as the classifier reads it: each fact by name, {@code topics} a set of codes. */
  static final Codec<LetterFacts> LETTER_FACTS =
      Codecs.object(
          LetterFacts.class,
          (out, f) ->
              out.bool("inVietnamese", f.inVietnamese())
                  .bool("dated", f.dated())
                  .bool("signed", f.signed())
                  .bool("contentComplete", f.contentComplete())
                  .list("topics", TOPIC, f.topics())
                  .bool("concernsPartyRules", f.concernsPartyRules())
                  .bool("alreadyResolved", f.alreadyResolved())
                  .bool("sentAlsoToCompetentBody", f.sentAlsoToCompetentBody())
                  .bool("alreadyGuided", f.alreadyGuided())
                  .bool("alreadyForwarded", f.alreadyForwarded())
                  .bool("concreteEvidence", f.concreteEvidence())
                  .bool("withinCompetence", f.withinCompetence()),
          in ->
              LetterFacts.builder()
                  .inVietnamese(in.bool("inVietnamese"))
                  .dated(in.bool("dated"))
                  .signed(in.bool("signed"))
                  .contentComplete(in.bool("contentComplete"))
                  .addAllTopics(in.set("topics", TOPIC))
                  .concernsPartyRules(in.bool("concernsPartyRules"))
                  .alreadyResolved(in.bool("alreadyResolved"))
                  .sentAlsoToCompetentBody(in.bool("sentAlsoToCompetentBody"))
                  .alreadyGuided(in.bool("alreadyGuided"))
                  .alreadyForwarded(in.bool("alreadyForwarded"))
                  .concreteEvidence(in.bool("concreteEvidence"))
                  .withinCompetence(in.bool("withinCompetence"))
                  .build());

  /** A duty past its due date: {@code petition}, {@code unit}, {@code stage}, {@code round}, {@code dueDate}. */
  static final Codec<OverdueDuty> OVERDUE_DUTY =
      Codecs.object(
          OverdueDuty.class,
          (out, d) ->
              out.put("petition", PETITION_ID, d.petition())
                  .put("unit", OrganizationCodecs.UNIT_ID, d.unit())
                  .put("stage", PETITION_STAGE, d.stage())
                  .put("round", COMPLAINT_ROUND, d.round())
                  .put("dueDate", Codecs.DATE, d.dueDate()),
          in ->
              OverdueDuty.of(
                  in.get("petition", PETITION_ID),
                  in.get("unit", OrganizationCodecs.UNIT_ID),
                  in.get("stage", PETITION_STAGE),
                  in.get("round", COMPLAINT_ROUND),
                  in.get("dueDate", Codecs.DATE)));

  private record KindCount(PetitionKind kind, int petitions) {}

  private static final Codec<KindCount> KIND_COUNT =
      Codecs.object(
          KindCount.class,
          (out, c) -> out.put("kind", PETITION_KIND, c.kind()).integer("petitions", c.petitions()),
          in -> new KindCount(in.get("kind", PETITION_KIND), in.integer("petitions")));

  private record StateCount(PetitionState state, int petitions) {}

  private static final Codec<StateCount> STATE_COUNT =
      Codecs.object(
          StateCount.class,
          (out, c) -> out.put("state", PETITION_STATE, c.state()).integer("petitions", c.petitions()),
          in -> new StateCount(in.get("state", PETITION_STATE), in.integer("petitions")));

  private record UnitCounts(UnitId unit, ImmutableMap<PetitionState, Integer> byState) {}

  private static final Codec<UnitCounts> UNIT_COUNTS =
      Codecs.object(
          UnitCounts.class,
          (out, c) ->
              out.put("unit", OrganizationCodecs.UNIT_ID, c.unit())
                  .list("byState", STATE_COUNT, counts(c.byState(), StateCount::new)),
          in -> {
            UnitId unit = in.get("unit", OrganizationCodecs.UNIT_ID);
            ImmutableMap<PetitionState, Integer> byState =
                ImmutableMap.copyOf(
                    Maps.transformValues(in.keyed("byState", STATE_COUNT, StateCount::state), StateCount::petitions));
            if (byState.isEmpty()) {
              throw new ReadError(
                  in.path(), "a unit is listed for the petitions it counts, and \"byState\" counts none");
            }
            return new UnitCounts(unit, byState);
          });

  private record ChannelCount(Channel channel, int petitions) {}

  private static final Codec<ChannelCount> CHANNEL_COUNT =
      Codecs.object(
          ChannelCount.class,
          (out, c) -> out.put("channel", CHANNEL, c.channel()).integer("petitions", c.petitions()),
          in -> new ChannelCount(in.get("channel", CHANNEL), in.integer("petitions")));

  private record MonthCount(YearMonth month, int petitions) {}

  private static final Codec<MonthCount> MONTH_COUNT =
      Codecs.object(
          MonthCount.class,
          (out, c) -> out.put("month", Codecs.MONTH, c.month()).integer("petitions", c.petitions()),
          in -> new MonthCount(in.get("month", Codecs.MONTH), in.integer("petitions")));

  private record StatusCount(DeadlineStatus status, int duties) {}

  private static final Codec<StatusCount> STATUS_COUNT =
      Codecs.object(
          StatusCount.class,
          (out, c) -> out.put("status", CalendarCodecs.DEADLINE_STATUS, c.status()).integer("duties", c.duties()),
          in -> new StatusCount(in.get("status", CalendarCodecs.DEADLINE_STATUS), in.integer("duties")));

  private static <K, C> ImmutableList<C> counts(Map<K, Integer> counts, BiFunction<K, Integer, C> entry) {
    return counts.entrySet().stream()
        .map(e -> entry.apply(e.getKey(), e.getValue()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The statistics of petitions on a day, as their figures: {@code asOf}, left out for the tally of no petition,
   * {@code byKind} [{@code {"kind", "petitions"}}], {@code byUnit} [{@code {"unit", "byState": [{"state",
   * "petitions"}]}}], {@code byChannel} [{@code {"channel", "petitions"}}], {@code byMonth} [{@code {"month",
   * "petitions"}}], {@code duties} [{@code {"status", "duties"}}], each in the order of its keys with those of no
   * count left out, and {@code overdue} [OverdueDuty]. Reading makes the tally through {@link
   * PetitionTally#of(LocalDate, Map, Map, Map, Map, Map, java.util.Set) PetitionTally.of}, which refuses figures that disagree.
   */
  static final Codec<PetitionTally> PETITION_TALLY =
      Codecs.object(
          PetitionTally.class,
          (out, t) ->
              out.optional("asOf", Codecs.DATE, t.asOf())
                  .list("byKind", KIND_COUNT, counts(t.byKind(), KindCount::new))
                  .list(
                      "byUnit",
                      UNIT_COUNTS,
                      t.byUnitAndState().entrySet().stream()
                          .map(e -> new UnitCounts(e.getKey(), e.getValue()))
                          .collect(ImmutableList.toImmutableList()))
                  .list("byChannel", CHANNEL_COUNT, counts(t.byChannel(), ChannelCount::new))
                  .list("byMonth", MONTH_COUNT, counts(t.byMonth(), MonthCount::new))
                  .list("duties", STATUS_COUNT, counts(t.dutiesByStatus(), StatusCount::new))
                  .list("overdue", OVERDUE_DUTY, t.overdue()),
          in -> {
            Optional<LocalDate> asOf = in.optional("asOf", Codecs.DATE);
            Map<PetitionKind, Integer> byKind =
                Maps.transformValues(in.keyed("byKind", KIND_COUNT, KindCount::kind), KindCount::petitions);
            Map<UnitId, ImmutableMap<PetitionState, Integer>> byUnit =
                Maps.transformValues(in.keyed("byUnit", UNIT_COUNTS, UnitCounts::unit), UnitCounts::byState);
            Map<Channel, Integer> byChannel =
                Maps.transformValues(
                    in.keyed("byChannel", CHANNEL_COUNT, ChannelCount::channel), ChannelCount::petitions);
            Map<YearMonth, Integer> byMonth =
                Maps.transformValues(in.keyed("byMonth", MONTH_COUNT, MonthCount::month), MonthCount::petitions);
            Map<DeadlineStatus, Integer> duties =
                Maps.transformValues(in.keyed("duties", STATUS_COUNT, StatusCount::status), StatusCount::duties);
            ImmutableSet<OverdueDuty> overdue = in.set("overdue", OVERDUE_DUTY);
            if (asOf.isEmpty()) {
              if (byKind.isEmpty()
                  && byUnit.isEmpty()
                  && byChannel.isEmpty()
                  && byMonth.isEmpty()
                  && duties.isEmpty()
                  && overdue.isEmpty()) {
                return PetitionTally.empty();
              }
              throw new ReadError(in.path(), "missing field \"asOf\": figures that count petitions hold on a day");
            }
            return PetitionTally.of(asOf.get(), byKind, byUnit, byChannel, byMonth, duties, overdue);
          });

  // ---- rules, written in full: a book or a classifier may hold an application's own --------------------------

  /**
   * A rule of classification, {@code "rule": "eligibility"} or {@code "rule": "routing"}, with every field of the
   * rule and its {@code bases} in full.
   */
  static final Union<ClassificationRule> CLASSIFICATION_RULE =
      Codecs.union(ClassificationRule.class, "rule")
          .variant(
              "eligibility",
              EligibilityRule.class,
              (out, r) ->
                  out.text("name", r.name())
                      .put("defect", PROCESSING_DEFECT, r.defect())
                      .list("kinds", PETITION_KIND, r.kinds())
                      .bool("outsideCompetenceOnly", r.outsideCompetenceOnly())
                      .bool("allowsManagementCheck", r.allowsManagementCheck())
                      .list("bases", LawCodecs.LEGAL_BASIS, r.bases()),
              in ->
                  EligibilityRule.builder()
                      .name(in.text("name"))
                      .defect(in.get("defect", PROCESSING_DEFECT))
                      .addAllKinds(in.set("kinds", PETITION_KIND))
                      .outsideCompetenceOnly(in.bool("outsideCompetenceOnly"))
                      .allowsManagementCheck(in.bool("allowsManagementCheck"))
                      .addAllBases(in.list("bases", LawCodecs.LEGAL_BASIS))
                      .build())
          .variant(
              "routing",
              RoutingRule.class,
              (out, r) ->
                  out.text("name", r.name())
                      .put("recipient", RECIPIENT, r.recipient())
                      .put("procedure", PROCEDURE, r.procedure())
                      .list("topics", TOPIC, r.topics())
                      .list("kinds", PETITION_KIND, r.kinds())
                      .list("subjectKinds", SUBJECT_KIND, r.subjectKinds())
                      .bool("partyRulesOnly", r.partyRulesOnly())
                      .list("bases", LawCodecs.LEGAL_BASIS, r.bases()),
              in ->
                  RoutingRule.builder()
                      .name(in.text("name"))
                      .recipient(in.get("recipient", RECIPIENT))
                      .procedure(in.get("procedure", PROCEDURE))
                      .addAllTopics(in.set("topics", TOPIC))
                      .addAllKinds(in.set("kinds", PETITION_KIND))
                      .addAllSubjectKinds(in.set("subjectKinds", SUBJECT_KIND))
                      .partyRulesOnly(in.bool("partyRulesOnly"))
                      .addAllBases(in.list("bases", LawCodecs.LEGAL_BASIS))
                      .build())
          .build();

  /** A classifier: its {@code rules} in order, each in full. */
  static final Codec<Classifier> CLASSIFIER =
      Codecs.object(
          Classifier.class,
          (out, c) -> out.list("rules", CLASSIFICATION_RULE, c.rules()),
          in -> Classifier.of(in.list("rules", CLASSIFICATION_RULE)));

  /**
   * A rule of the workflow or a time limit, {@code "rule": "workflow"} or {@code "rule": "time-limit"}, with every
   * field in full.
   */
  static final Union<PetitionRule> PETITION_RULE =
      Codecs.union(PetitionRule.class, "rule")
          .variant(
              "workflow",
              WorkflowRule.class,
              (out, r) ->
                  out.text("name", r.name())
                      .put("command", PETITION_COMMAND, r.command())
                      .put("requirement", REQUIREMENT, r.requirement())
                      .list("kinds", PETITION_KIND, r.kinds())
                      .list("procedures", PROCEDURE, r.procedures())
                      .put("basis", LawCodecs.LEGAL_BASIS, r.basis())
                      .put("validity", LawCodecs.VALIDITY, r.validity())
                      .put("chosenBy", RULE_DAY, r.chosenBy()),
              in ->
                  WorkflowRule.builder()
                      .name(in.text("name"))
                      .command(in.get("command", PETITION_COMMAND))
                      .requirement(in.get("requirement", REQUIREMENT))
                      .addAllKinds(in.set("kinds", PETITION_KIND))
                      .addAllProcedures(in.set("procedures", PROCEDURE))
                      .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
                      .validity(in.get("validity", LawCodecs.VALIDITY))
                      .chosenBy(in.get("chosenBy", RULE_DAY))
                      .build())
          .variant(
              "time-limit",
              PetitionTimeLimit.class,
              (out, r) ->
                  out.text("name", r.name())
                      .put("stage", PETITION_STAGE, r.stage())
                      .list("kinds", PETITION_KIND, r.kinds())
                      .list("rounds", COMPLAINT_ROUND, r.rounds())
                      .list("complexities", COMPLEXITY, r.complexities())
                      .list("areas", AREA_TYPE, r.areas())
                      .list("levels", OrganizationCodecs.LEVEL, r.levels())
                      .put("limit", CalendarCodecs.TIME_LIMIT, r.limit())
                      .put("validity", LawCodecs.VALIDITY, r.validity())
                      .put("chosenBy", RULE_DAY, r.chosenBy())
                      .integer("maxExtensions", r.maxExtensions())
                      .integer("maxExtensionDays", r.maxExtensionDays())
                      .bool("onRequestOnly", r.onRequestOnly()),
              in ->
                  PetitionTimeLimit.builder()
                      .name(in.text("name"))
                      .stage(in.get("stage", PETITION_STAGE))
                      .addAllKinds(in.set("kinds", PETITION_KIND))
                      .addAllRounds(in.set("rounds", COMPLAINT_ROUND))
                      .addAllComplexities(in.set("complexities", COMPLEXITY))
                      .addAllAreas(in.set("areas", AREA_TYPE))
                      .addAllLevels(in.set("levels", OrganizationCodecs.LEVEL))
                      .limit(in.get("limit", CalendarCodecs.TIME_LIMIT))
                      .validity(in.get("validity", LawCodecs.VALIDITY))
                      .chosenBy(in.get("chosenBy", RULE_DAY))
                      .maxExtensions(in.integer("maxExtensions"))
                      .maxExtensionDays(in.integer("maxExtensionDays"))
                      .onRequestOnly(in.bool("onRequestOnly"))
                      .build())
          .build();

  /**
   * A rule book: its {@code rules} in order, each in full, read back with {@link PetitionRuleBook#of}. A petition
   * under the standard book does not write it (see {@link #PETITION}).
   */
  static final Codec<PetitionRuleBook> PETITION_RULE_BOOK =
      Codecs.object(
          PetitionRuleBook.class,
          (out, b) -> out.list("rules", PETITION_RULE, b.rules()),
          in -> PetitionRuleBook.of(in.list("rules", PETITION_RULE)));

  // ---- the petition: a history -----------------------------------------------------------------------------

  /**
   * A petition, the top-level document {@code "vanphong.petition"}: its {@code intake}, its {@code history} of
   * events (the first the receipt), and its {@code ruleBook} in full only when it is not the standard book. Reading
   * replays the history under the book, so that a stored petition comes back only in a state its rules reach.
   */
  static final Codec<Petition> PETITION =
      Codecs.document(
          Petition.class,
          "vanphong.petition",
          1,
          (out, p) -> {
            out.put("intake", INTAKE, p.intake()).list("history", PETITION_EVENT, p.history());
            if (!p.ruleBook().equals(PetitionRuleBook.standard())) {
              out.put("ruleBook", PETITION_RULE_BOOK, p.ruleBook());
            }
          },
          in ->
              replay(
                  in,
                  in.get("intake", INTAKE),
                  in.list("history", PETITION_EVENT),
                  in.optional("ruleBook", PETITION_RULE_BOOK).orElseGet(PetitionRuleBook::standard)));

  /**
   * Replays a history read from a document. If the rules refuse it, the error names the first event they refuse
   * where it stands, found by replaying ever shorter beginnings of the history; it is the only one a reader can
   * point to, though the fault may lie in an earlier event that the rules allowed.
   */
  private static Petition replay(In in, Intake intake, List<PetitionEvent> history, PetitionRuleBook book) {
    if (history.isEmpty()) {
      throw new ReadError(in.pathOf("history"), "a petition's history starts with its receipt; this one is empty");
    }
    try {
      return Petition.replay(intake, history, book);
    } catch (RuntimeException refused) {
      // Replaying a beginning of the history succeeds up to the first refused event and fails from there on.
      int allowed = 0;
      int refusedAt = history.size() - 1;
      while (allowed < refusedAt) {
        int middle = (allowed + refusedAt) / 2;
        if (replays(intake, history.subList(0, middle + 1), book)) {
          allowed = middle + 1;
        } else {
          refusedAt = middle;
        }
      }
      throw new ReadError(
          in.pathOf("history") + "[" + refusedAt + "]",
          "the library refuses this event of petition " + intake.id() + " where it stands: " + refused.getMessage(),
          refused);
    }
  }

  private static boolean replays(Intake intake, List<PetitionEvent> history, PetitionRuleBook book) {
    try {
      Petition.replay(intake, history, book);
      return true;
    } catch (RuntimeException refused) {
      return false;
    }
  }

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
        INTAKE,
        COMPLAINT_ROUND,
        COMPLEXITY,
        COMPLEXITY_CRITERION,
        CONTINUATION_GROUND,
        FINDING,
        PETITION_COMMAND,
        PETITION_STAGE,
        PETITION_STATE,
        PROCEDURE,
        PROCESSING_DEFECT,
        RECIPIENT,
        REFUSAL_REASON,
        REQUIREMENT,
        RULE_DAY,
        TOPIC,
        CLASSIFICATION,
        WITHDRAWAL,
        PETITION_EVENT,
        CIRCUMSTANCES,
        RULE_DAYS,
        LETTER_FACTS,
        OVERDUE_DUTY,
        PETITION_TALLY,
        CLASSIFICATION_RULE,
        CLASSIFIER,
        PETITION_RULE,
        PETITION_RULE_BOOK,
        PETITION);
  }
}
