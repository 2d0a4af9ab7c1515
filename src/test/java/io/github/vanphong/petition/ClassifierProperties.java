package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import io.github.vanphong.testing.ClassificationArbitraries;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of classification, over any petition, any letter and any classifier. */
class ClassifierProperties {

  private static final Classifier STANDARD = Classifier.standard();
  private static final LocalDate RECEPTION_LAW = LocalDate.of(2014, 7, 1);
  private static final LocalDate TT_07_2014 = LocalDate.of(2014, 12, 15);
  private static final LocalDate DENUNCIATIONS_LAW = LocalDate.of(2019, 1, 1);
  private static final LocalDate TT_05_2021 = LocalDate.of(2021, 11, 15);

  @Provide
  Arbitrary<Petition> petitions() {
    Arbitrary<LocalDate> days =
        Arbitraries.oneOf(
            Arbitraries.longs()
                .between(LocalDate.of(2010, 1, 1).toEpochDay(), LocalDate.of(2030, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay),
            Arbitraries.of(
                RECEPTION_LAW.minusDays(1),
                RECEPTION_LAW,
                TT_07_2014.minusDays(1),
                TT_07_2014,
                DENUNCIATIONS_LAW.minusDays(1),
                DENUNCIATIONS_LAW,
                TT_05_2021.minusDays(1),
                TT_05_2021,
                PetitionRuleBook.AMENDMENT_DAY.minusDays(1),
                PetitionRuleBook.AMENDMENT_DAY));
    return Combinators.combine(
            Arbitraries.of(PetitionKind.class), Arbitraries.of(PetitionerKind.class), Arbitraries.of(SubjectKind.class), days)
        .as((kind, petitioner, subject, day) -> PetitionFixtures.petition(kind, day, petitioners(petitioner), subject(subject)));
  }

  @Provide
  Arbitrary<Petition> petitionsFrom2014() {
    return petitions().filter(p -> !p.received().isBefore(RECEPTION_LAW));
  }

  @Provide
  Arbitrary<Classifier> standardBased() {
    return ClassificationArbitraries.classificationRules()
        .list()
        .ofMaxSize(4)
        .map(
            rules -> {
              Classifier result = STANDARD;
              for (ClassificationRule rule : rules) {
                result = result.with(rule);
              }
              return result;
            });
  }

  @Property
  void theDefectsFoundAreExactlyThoseWhoseRulesApply(
      @ForAll Classifier classifier, @ForAll("petitions") Petition petition, @ForAll LetterFacts facts) {
    Set<ProcessingDefect> applying =
        classifier.eligibilityRules().stream()
            .filter(r -> r.appliesTo(petition, facts))
            .map(EligibilityRule::defect)
            .collect(Collectors.toSet());
    assertThat(classifier.breaches(petition, facts)).allSatisfy(r -> assertThat(r.appliesTo(petition, facts)).isTrue());
    if (classifier.routingRules().stream().anyMatch(r -> r.appliesTo(petition, facts))) {
      Classification c = classifier.classify(petition, facts);
      assertThat(c.defects()).isEqualTo(applying);
      assertThat(c.isEligible()).isEqualTo(classifier.breaches(petition, facts).isEmpty());
      assertThat(c.competent()).isEqualTo(facts.withinCompetence());
      assertThat(c.topics()).isEqualTo(facts.topics());
    } else {
      assertThatThrownBy(() -> classifier.classify(petition, facts)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property
  void theStandardClassifierAgreesWithAnIndependentReadingOfTheSources(
      @ForAll("petitions") Petition petition, @ForAll LetterFacts facts) {
    LocalDate day = petition.received();
    if (day.isBefore(RECEPTION_LAW)) {
      assertThatThrownBy(() -> STANDARD.classify(petition, facts)).isInstanceOf(IllegalArgumentException.class);
      return;
    }
    Classification c = STANDARD.classify(petition, facts);
    assertThat(c.defects()).isEqualTo(expectedDefects(petition, facts));
    boolean denunciation = petition.kind() == PetitionKind.DENUNCIATION;
    boolean unidentified = !petition.intake().petitioners().kind().isIdentifiable();
    assertThat(c.checkableForManagement())
        .isEqualTo(denunciation && unidentified && !day.isBefore(DENUNCIATIONS_LAW) && facts.concreteEvidence());
    boolean partyChannel =
        denunciation
            && petition.intake().subject().kind() == SubjectKind.PARTY_MEMBER
            && facts.concernsPartyRules()
            && !day.isBefore(TT_07_2014);
    assertThat(c.procedure()).isEqualTo(partyChannel ? Procedure.PARTY_RULES : Procedure.STATE_LAW);
    assertThat(c.recipient()).isEqualTo(partyChannel ? Recipient.INSPECTION_COMMITTEE : byTopic(facts.topics()));
  }

  @Property
  void routingIsTotalFrom2014AndTakesTheRuleOfHighestPrecedence(
      @ForAll("standardBased") Classifier classifier,
      @ForAll("petitionsFrom2014") Petition petition,
      @ForAll LetterFacts facts) {
    List<RoutingRule> applying =
        classifier.routingRules().stream().filter(r -> r.appliesTo(petition, facts)).collect(Collectors.toList());
    assertThat(applying).isNotEmpty();
    RoutingRule route = classifier.route(petition, facts);
    assertThat(route).isEqualTo(applying.get(applying.size() - 1));
    Classification c = classifier.classify(petition, facts);
    assertThat(c.recipient()).isEqualTo(route.recipient());
    assertThat(c.procedure()).isEqualTo(route.procedure());
  }

  @Property
  void anAddedEligibilityRuleNeverTakesADefectAway(
      @ForAll("standardBased") Classifier classifier,
      @ForAll EligibilityRule rule,
      @ForAll("petitionsFrom2014") Petition petition,
      @ForAll LetterFacts facts) {
    Assume.that(classifier.rule(rule.name()).isEmpty());
    Set<ProcessingDefect> before = classifier.classify(petition, facts).defects();
    Set<ProcessingDefect> after = classifier.with(rule).classify(petition, facts).defects();
    assertThat(after).containsAll(before);
    assertThat(after.size() - before.size()).isBetween(0, 1);
    assertThat(after.contains(rule.defect())).isEqualTo(before.contains(rule.defect()) || rule.appliesTo(petition, facts));
  }

  @Property
  void theOrderOfTheEligibilityRulesDoesNotMatter(
      @ForAll("standardBased") Classifier classifier,
      @ForAll("petitionsFrom2014") Petition petition,
      @ForAll LetterFacts facts) {
    Classifier reversed =
        Classifier.of(
            ImmutableList.<ClassificationRule>builder()
                .addAll(Lists.reverse(classifier.eligibilityRules()))
                .addAll(classifier.routingRules())
                .build());
    assertThat(reversed.classify(petition, facts)).isEqualTo(classifier.classify(petition, facts));
  }

  @Property
  void theWorkflowAcceptsExactlyTheEligiblePetitionsWithinCompetence(
      @ForAll("petitionsFrom2014") Petition petition, @ForAll LetterFacts facts) {
    Classification c = STANDARD.classify(petition, facts);
    Set<PetitionCommand> allowed = petition.classify(c, petition.received(), CLERK).allowedCommands();
    assertThat(allowed.contains(PetitionCommand.ACCEPT)).isEqualTo(c.isEligible() && c.competent());
    boolean forwardedOnce =
        petition.kind() == PetitionKind.DENUNCIATION && c.defects().contains(ProcessingDefect.ALREADY_FORWARDED);
    assertThat(allowed.contains(PetitionCommand.FORWARD)).isEqualTo(!c.competent() && !forwardedOnce);
    assertThat(allowed.contains(PetitionCommand.GUIDE)).isEqualTo(!c.defects().contains(ProcessingDefect.ALREADY_GUIDED));
  }

  /** The defects as the sources read, written out without the rules. */
  private static Set<ProcessingDefect> expectedDefects(Petition petition, LetterFacts facts) {
    LocalDate day = petition.received();
    boolean unidentified = !petition.intake().petitioners().kind().isIdentifiable();
    boolean outside = !facts.withinCompetence();
    boolean denunciation = petition.kind() == PetitionKind.DENUNCIATION;
    EnumSet<ProcessingDefect> defects = EnumSet.noneOf(ProcessingDefect.class);
    if (!day.isBefore(TT_07_2014)) {
      addIf(defects, !facts.inVietnamese(), ProcessingDefect.NOT_IN_VIETNAMESE);
      addIf(defects, !facts.dated(), ProcessingDefect.UNDATED);
      addIf(defects, unidentified, ProcessingDefect.NO_NAME_OR_ADDRESS);
      addIf(defects, !facts.signed(), ProcessingDefect.UNSIGNED);
      addIf(defects, !facts.contentComplete(), ProcessingDefect.UNCLEAR_CONTENT);
      addIf(defects, facts.alreadyResolved(), ProcessingDefect.ALREADY_RESOLVED);
      addIf(defects, facts.sentAlsoToCompetentBody() && outside, ProcessingDefect.SENT_TO_SEVERAL_BODIES);
      addIf(defects, facts.alreadyGuided(), ProcessingDefect.ALREADY_GUIDED);
    }
    if (denunciation && !day.isBefore(DENUNCIATIONS_LAW)) {
      addIf(defects, unidentified, ProcessingDefect.NO_NAME_OR_ADDRESS);
      addIf(defects, facts.sentAlsoToCompetentBody() && outside, ProcessingDefect.SENT_TO_SEVERAL_BODIES);
      addIf(defects, facts.alreadyGuided() && outside, ProcessingDefect.ALREADY_GUIDED);
    }
    if (denunciation && !day.isBefore(TT_05_2021)) {
      addIf(defects, facts.alreadyForwarded() && outside, ProcessingDefect.ALREADY_FORWARDED);
    }
    return defects;
  }

  private static void addIf(Set<ProcessingDefect> defects, boolean condition, ProcessingDefect defect) {
    if (condition) {
      defects.add(defect);
    }
  }

  /** Luật Tiếp công dân, Điều 12, khoản 4, in the library's order of precedence, highest first. */
  private static Recipient byTopic(Set<Topic> topics) {
    if (topics.contains(Topic.PARTY_DISCIPLINE)) {
      return Recipient.INSPECTION_COMMITTEE;
    }
    if (topics.contains(Topic.INTERNAL_AFFAIRS)) {
      return Recipient.INTERNAL_AFFAIRS_BOARD;
    }
    if (topics.contains(Topic.PARTY_POLICY) || topics.contains(Topic.PARTY_BUILDING)) {
      return Recipient.PARTY_COMMITTEE_OFFICE;
    }
    if (topics.contains(Topic.ELECTED_BODIES)) {
      return Recipient.ELECTED_BODIES_OFFICE;
    }
    return Recipient.RECEPTION_BOARD;
  }

  private static Petitioners petitioners(PetitionerKind kind) {
    Identity one = PetitionFixtures.denouncer();
    Identity two = Identity.builder().fullName("Lê Văn Hai").address("ấp 3, xã Vị Đông, Vị Thủy").build();
    return switch (kind) {
      case ONE_PERSON -> Petitioners.one(one);
      case SIGNATORIES -> Petitioners.signatories(List.of(one, two));
      case DELEGATION -> Petitioners.delegation(List.of(one), 12);
      case ANONYMOUS -> Petitioners.anonymous();
      case FALSE_NAME -> Petitioners.falseName(two);
    };
  }

  private static Subject subject(SubjectKind kind) {
    return kind == SubjectKind.PARTY_MEMBER
        ? Subject.partyMember(PetitionFixtures.MEMBER, "vi phạm nghị quyết của Đảng")
        : Subject.of(kind, "nội dung phản ánh");
  }
}
