package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.petition.AreaType;
import io.github.vanphong.petition.Channel;
import io.github.vanphong.petition.Circumstances;
import io.github.vanphong.petition.Classification;
import io.github.vanphong.petition.ClassificationRule;
import io.github.vanphong.petition.Classifier;
import io.github.vanphong.petition.ComplaintRound;
import io.github.vanphong.petition.Complexity;
import io.github.vanphong.petition.ComplexityCriterion;
import io.github.vanphong.petition.ContinuationGround;
import io.github.vanphong.petition.Disclosure;
import io.github.vanphong.petition.Finding;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.LetterFacts;
import io.github.vanphong.petition.Link;
import io.github.vanphong.petition.LinkKind;
import io.github.vanphong.petition.OverdueDuty;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionCommand;
import io.github.vanphong.petition.PetitionDeadline;
import io.github.vanphong.petition.PetitionEvent;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionRule;
import io.github.vanphong.petition.PetitionRuleBook;
import io.github.vanphong.petition.PetitionStage;
import io.github.vanphong.petition.PetitionState;
import io.github.vanphong.petition.PetitionTally;
import io.github.vanphong.petition.PetitionerKind;
import io.github.vanphong.petition.Petitioners;
import io.github.vanphong.petition.Procedure;
import io.github.vanphong.petition.ProcessingDefect;
import io.github.vanphong.petition.Recipient;
import io.github.vanphong.petition.RefusalReason;
import io.github.vanphong.petition.Requirement;
import io.github.vanphong.petition.RuleDay;
import io.github.vanphong.petition.RuleDays;
import io.github.vanphong.petition.Subject;
import io.github.vanphong.petition.SubjectKind;
import io.github.vanphong.petition.Topic;
import io.github.vanphong.petition.Withdrawal;
import io.github.vanphong.testing.ClassificationArbitraries;
import io.github.vanphong.testing.PetitionArbitraries;
import io.github.vanphong.testing.PetitionRuleArbitraries;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import net.jqwik.api.Example;
import java.time.LocalDate;
import io.github.vanphong.calendar.WorkingCalendar;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.petition}. */
class PetitionJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.of(
          PetitionDeadline.class,
          "derived: Petition.deadlines(calendar, day) computes it from the petition, a calendar and a day; store"
              + " the petition and the calendar",
          Disclosure.class,
          "the answer to one recorded access, handed to the officer who asked: its petition is stored in its own"
              + " form, with the access in its history, and the identities are already in the confidential store");

  // ---- enumerations ----------------------------------------------------------------------------------------

  @Property(tries = 50)
  void intakeEnumerationsObeyTheLaws(
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

  @Property(tries = 50)
  void workflowEnumerationsObeyTheLaws(
      @ForAll ComplaintRound round,
      @ForAll Complexity complexity,
      @ForAll ComplexityCriterion criterion,
      @ForAll ContinuationGround ground,
      @ForAll Finding finding,
      @ForAll PetitionCommand command,
      @ForAll PetitionStage stage,
      @ForAll PetitionState state) {
    JsonLaws.assertLaws(round, ComplaintRound.class);
    JsonLaws.assertLaws(complexity, Complexity.class);
    JsonLaws.assertLaws(criterion, ComplexityCriterion.class);
    JsonLaws.assertLaws(ground, ContinuationGround.class);
    JsonLaws.assertLaws(finding, Finding.class);
    JsonLaws.assertLaws(command, PetitionCommand.class);
    JsonLaws.assertLaws(stage, PetitionStage.class);
    JsonLaws.assertLaws(state, PetitionState.class);
  }

  @Property(tries = 50)
  void ruleEnumerationsObeyTheLaws(
      @ForAll Procedure procedure,
      @ForAll ProcessingDefect defect,
      @ForAll Recipient recipient,
      @ForAll RefusalReason reason,
      @ForAll Requirement requirement,
      @ForAll RuleDay day,
      @ForAll Topic topic) {
    JsonLaws.assertLaws(procedure, Procedure.class);
    JsonLaws.assertLaws(defect, ProcessingDefect.class);
    JsonLaws.assertLaws(recipient, Recipient.class);
    JsonLaws.assertLaws(reason, RefusalReason.class);
    JsonLaws.assertLaws(requirement, Requirement.class);
    JsonLaws.assertLaws(day, RuleDay.class);
    JsonLaws.assertLaws(topic, Topic.class);
  }

  // ---- tallies -----------------------------------------------------------------------------------------------

  /** The day of the tallies: after every generated petition was received. */
  private static final LocalDate TALLIED_ON = LocalDate.of(2028, 6, 30);

  private static PetitionTally tally(List<Petition> petitions) {
    return petitions.stream().collect(PetitionTally.collector(WorkingCalendar.vietnam(), TALLIED_ON));
  }

  @Provide
  Arbitrary<List<Petition>> petitionLists() {
    return PetitionArbitraries.petitions().list().ofMaxSize(8);
  }

  @Property(tries = 60)
  void talliesObeyTheLaws(@ForAll("petitionLists") List<Petition> petitions) {
    JsonLaws.assertLaws(tally(petitions), PetitionTally.class);
  }

  @Property(tries = 60)
  void talliesReadBackKeepTheMergeLaw(
      @ForAll("petitionLists") List<Petition> some, @ForAll("petitionLists") List<Petition> others) {
    PetitionTally a = tally(some);
    PetitionTally b = tally(others);
    PetitionTally readA = JsonLaws.read(JsonLaws.write(a), PetitionTally.class);
    PetitionTally readB = JsonLaws.read(JsonLaws.write(b), PetitionTally.class);
    assertThat(readA.plus(readB)).isEqualTo(a.plus(b));
  }

  @Example
  void theEmptyTallyIsWrittenAsEmptyListsAndReadBackAsItself() {
    String json = JsonLaws.write(PetitionTally.empty());
    assertThat(json)
        .isEqualTo(
            "{\"byKind\":[],\"byUnit\":[],\"byChannel\":[],\"byMonth\":[],\"duties\":[],\"overdue\":[]}");
    assertThat(JsonLaws.read("{}", PetitionTally.class)).isSameAs(PetitionTally.empty());
  }

  private static final String ONE_PETITION =
      "{\"asOf\":\"2016-03-31\",\"byKind\":[{\"kind\":\"complaint\",\"petitions\":1}],"
          + "\"byUnit\":[{\"unit\":\"HG-VPTU\",\"byState\":[{\"state\":\"received\",\"petitions\":1}]}],"
          + "\"byChannel\":[{\"channel\":\"post\",\"petitions\":1}],"
          + "\"byMonth\":[{\"month\":\"2016-03\",\"petitions\":1}],"
          + "\"duties\":[{\"status\":\"overdue\",\"duties\":1}],"
          + "\"overdue\":[{\"petition\":\"P-2016-0042\",\"unit\":\"HG-VPTU\",\"stage\":\"processing\","
          + "\"round\":\"first\",\"dueDate\":\"2016-03-20\"}]}";

  @Example
  void aTallyIsReadFromItsFiguresAndWrittenBackAsThem() {
    PetitionTally tally = JsonLaws.read(ONE_PETITION, PetitionTally.class);
    assertThat(tally.petitions()).isEqualTo(1);
    assertThat(tally.count(PetitionState.RECEIVED)).isEqualTo(1);
    assertThat(tally.dutiesOverdue()).isEqualTo(1);
    assertThat(JsonLaws.write(tally)).isEqualTo(ONE_PETITION);
    JsonLaws.assertLaws(tally, PetitionTally.class);
  }

  @Example
  void aTallyWhoseFiguresDisagreeIsRefused() {
    JsonLaws.assertRefusedAt(
        ONE_PETITION.replace("{\"channel\":\"post\",\"petitions\":1}", "{\"channel\":\"post\",\"petitions\":2}"),
        PetitionTally.class,
        "$");
    JsonLaws.assertRefusedAt(ONE_PETITION.replace("\"asOf\":\"2016-03-31\",", ""), PetitionTally.class, "$");
    JsonLaws.assertRefusedAt(
        ONE_PETITION.replace("\"byKind\":[", "\"byKind\":[{\"kind\":\"complaint\",\"petitions\":1},"),
        PetitionTally.class,
        "$.byKind[1]");
  }

  // ---- what was received -----------------------------------------------------------------------------------

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

  // ---- the workflow's values -------------------------------------------------------------------------------

  @Property(tries = 100)
  void classificationsObeyTheLaws(@ForAll("classifications") Classification classification) {
    JsonLaws.assertLaws(classification, Classification.class);
  }

  @Property(tries = 50)
  void withdrawalsObeyTheLaws(@ForAll("withdrawals") Withdrawal withdrawal) {
    JsonLaws.assertLaws(withdrawal, Withdrawal.class);
  }

  @Property(tries = 100)
  void eventsObeyTheLaws(@ForAll("events") PetitionEvent event) {
    JsonLaws.assertLaws(event, PetitionEvent.class);
  }

  @Property(tries = 100)
  void circumstancesObeyTheLaws(@ForAll("circumstances") Circumstances circumstances) {
    JsonLaws.assertLaws(circumstances, Circumstances.class);
  }

  @Property(tries = 100)
  void ruleDaysObeyTheLaws(@ForAll("ruleDays") RuleDays days) {
    JsonLaws.assertLaws(days, RuleDays.class);
  }

  @Property(tries = 100)
  void letterFactsObeyTheLaws(@ForAll("letterFacts") LetterFacts facts) {
    JsonLaws.assertLaws(facts, LetterFacts.class);
  }

  @Property(tries = 100)
  void overdueDutiesObeyTheLaws(@ForAll("overdueDuties") OverdueDuty duty) {
    JsonLaws.assertLaws(duty, OverdueDuty.class);
  }

  // ---- rules -----------------------------------------------------------------------------------------------

  @Property(tries = 100)
  void classificationRulesObeyTheLaws(@ForAll("classificationRules") ClassificationRule rule) {
    JsonLaws.assertLaws(rule, ClassificationRule.class);
  }

  @Property(tries = 30)
  void classifiersObeyTheLaws(@ForAll("classifiers") Classifier classifier) {
    JsonLaws.assertRoundTrip(classifier, Classifier.class);
  }

  @Property(tries = 30)
  void smallClassifiersObeyTheLaws(@ForAll("smallClassifiers") Classifier classifier) {
    JsonLaws.assertLaws(classifier, Classifier.class);
  }

  @Property(tries = 100)
  void petitionRulesObeyTheLaws(@ForAll("petitionRules") PetitionRule rule) {
    JsonLaws.assertLaws(rule, PetitionRule.class);
  }

  @Property(tries = 30)
  void ruleBooksReadBackEqual(@ForAll("ruleBooks") PetitionRuleBook book) {
    JsonLaws.assertRoundTrip(book, PetitionRuleBook.class);
  }

  @Property(tries = 20)
  void smallRuleBooksObeyTheLaws(@ForAll("smallRuleBooks") PetitionRuleBook book) {
    JsonLaws.assertLaws(book, PetitionRuleBook.class);
  }

  // ---- the petition, a history -----------------------------------------------------------------------------

  @Property(tries = 50)
  void petitionsObeyTheLaws(@ForAll("petitions") Petition petition) {
    JsonLaws.assertRoundTrip(petition, Petition.class);
    JsonLaws.assertUnknownFieldsRefused(petition, Petition.class);
    JsonLaws.assertWrongTypesRefused(petition, Petition.class);
    assertRemovedFieldsOfAHistoryReadWholeOrRefused(petition);
  }

  /**
   * The law of removed fields as a history obeys it: a field removed either reads as a whole petition or is refused
   * naming the object's path, or, where the removal leaves a valid event or intake that the rules refuse further on,
   * naming an event of the history at or after the one changed. A removed optional field (a withdrawal's ground to
   * continue, say) can make an event valid but different, and the rules see it only at a later event.
   */
  static void assertRemovedFieldsOfAHistoryReadWholeOrRefused(Petition petition) {
    JsonNode tree = JsonLaws.MAPPER.valueToTree(petition);
    List<List<Object>> objects = new ArrayList<>();
    collectObjects(tree, new ArrayList<>(), objects);
    for (List<Object> steps : objects) {
      for (String field : List.copyOf(find(tree, steps).propertyNames())) {
        JsonNode copy = tree.deepCopy();
        ((ObjectNode) find(copy, steps)).remove(field);
        String path = path(steps);
        try {
          assertThat(JsonLaws.read(copy.toString(), Petition.class)).isNotNull();
        } catch (MismatchedInputException e) {
          String message = e.getOriginalMessage();
          if (message.startsWith("at " + path)) {
            continue;
          }
          int changed = steps.size() >= 2 && "history".equals(steps.get(0)) ? (Integer) steps.get(1) : 0;
          Matcher refused = REFUSED_EVENT.matcher(message);
          assertThat(refused.lookingAt() && Integer.parseInt(refused.group(1)) >= changed)
              .as("refusal without %s.%s: %s", path, field, message)
              .isTrue();
        }
      }
    }
  }

  private static final Pattern REFUSED_EVENT =
      Pattern.compile("at \\$\\.history\\[(\\d+)\\]: the library refuses this event of petition ");

  private static void collectObjects(JsonNode node, List<Object> steps, List<List<Object>> found) {
    if (node.isObject()) {
      found.add(List.copyOf(steps));
      for (String field : node.propertyNames()) {
        steps.add(field);
        collectObjects(node.get(field), steps, found);
        steps.remove(steps.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        steps.add(i);
        collectObjects(node.get(i), steps, found);
        steps.remove(steps.size() - 1);
      }
    }
  }

  private static JsonNode find(JsonNode tree, List<Object> steps) {
    JsonNode node = tree;
    for (Object step : steps) {
      node = step instanceof Integer index ? node.get(index) : node.get((String) step);
    }
    return node;
  }

  private static String path(List<Object> steps) {
    StringBuilder path = new StringBuilder("$");
    for (Object step : steps) {
      path.append(step instanceof Integer index ? "[" + index + "]" : "." + step);
    }
    return path.toString();
  }

  @Property(tries = 100)
  void aPetitionReadBackReplaysToTheSameState(@ForAll("petitions") Petition petition) {
    assertSameState(JsonLaws.assertRoundTrip(petition, Petition.class), petition);
  }

  @Property(tries = 30)
  void aPetitionUnderAnotherBookReadsBackUnderThatBook(
      @ForAll("petitions") Petition petition, @ForAll("ruleBooks") PetitionRuleBook book) {
    Petition under = underBook(petition, book);
    Petition back = JsonLaws.assertRoundTrip(under, Petition.class);
    assertThat(back.ruleBook()).isEqualTo(book);
    assertSameState(back, under);
  }

  @Property(tries = 100)
  void aRedactedPetitionWritesNoIdentity(@ForAll("disclosures") Disclosure disclosure) {
    Petition petition = disclosure.petition();
    String full = JsonLaws.write(petition);
    String redacted = JsonLaws.write(petition.redacted());
    List<String> secrets = secrets(disclosure.identities());
    assertThat(secrets).isNotEmpty();
    assertThat(full).as("the full form keeps the identities").contains(secrets);
    for (String secret : secrets) {
      assertThat(redacted).as("the redacted form").doesNotContain(secret);
    }
    assertThat(JsonLaws.MAPPER.readTree(redacted).get("intake").get("petitioners").has("identities")).isFalse();
    assertSameState(JsonLaws.assertRoundTrip(petition.redacted(), Petition.class), petition.redacted());
    assertThat(JsonLaws.read(full, Petition.class)).isEqualTo(petition);
  }

  /** Returns the petition under the book, or, where its history breaks the book's rules, its receipt alone. */
  static Petition underBook(Petition petition, PetitionRuleBook book) {
    try {
      return petition.withRuleBook(book);
    } catch (RuntimeException refused) {
      return Petition.replay(petition.intake(), petition.history().subList(0, 1), book);
    }
  }

  static void assertSameState(Petition back, Petition original) {
    assertThat(back).isEqualTo(original);
    assertThat(back.state()).isEqualTo(original.state());
    assertThat(back.round()).isEqualTo(original.round());
    assertThat(back.complexity()).isEqualTo(original.complexity());
    assertThat(back.classification()).isEqualTo(original.classification());
    assertThat(back.procedure()).isEqualTo(original.procedure());
    assertThat(back.acceptedOn()).isEqualTo(original.acceptedOn());
    assertThat(back.extensions()).isEqualTo(original.extensions());
    assertThat(back.runningStage()).isEqualTo(original.runningStage());
    assertThat(back.lastEventDay()).isEqualTo(original.lastEventDay());
    assertThat(back.allowedCommands()).isEqualTo(original.allowedCommands());
    assertThat(back.ruleBook()).isEqualTo(original.ruleBook());
  }

  private static List<String> secrets(List<Identity> identities) {
    List<String> secrets = new ArrayList<>();
    for (Identity identity : identities) {
      secrets.add(identity.fullName());
      secrets.add(identity.address());
      identity.contact().ifPresent(secrets::add);
      identity.idNumber().ifPresent(secrets::add);
      identity.handwriting().ifPresent(secrets::add);
    }
    return secrets;
  }

  // ---- generators ------------------------------------------------------------------------------------------

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

  @Provide
  Arbitrary<Classification> classifications() {
    return PetitionArbitraries.classifications();
  }

  @Provide
  Arbitrary<Withdrawal> withdrawals() {
    return PetitionArbitraries.withdrawals();
  }

  @Provide
  Arbitrary<PetitionEvent> events() {
    return PetitionArbitraries.events();
  }

  @Provide
  Arbitrary<Circumstances> circumstances() {
    return PetitionRuleArbitraries.circumstances();
  }

  @Provide
  Arbitrary<RuleDays> ruleDays() {
    return PetitionRuleArbitraries.ruleDays();
  }

  @Provide
  Arbitrary<LetterFacts> letterFacts() {
    return ClassificationArbitraries.letterFacts();
  }

  /** Overdue duties: the testing package has no generator of them. */
  @Provide
  Arbitrary<OverdueDuty> overdueDuties() {
    return Combinators.combine(
            PetitionArbitraries.petitionIds(),
            PetitionArbitraries.receivingUnits(),
            Arbitraries.of(PetitionStage.class),
            Arbitraries.of(ComplaintRound.class),
            PetitionArbitraries.receivedDays())
        .as(OverdueDuty::of);
  }

  @Provide
  Arbitrary<ClassificationRule> classificationRules() {
    return ClassificationArbitraries.classificationRules();
  }

  @Provide
  Arbitrary<Classifier> classifiers() {
    return ClassificationArbitraries.classifiers();
  }

  /** Classifiers of a few rules, small enough that every law can be checked on every field. */
  @Provide
  Arbitrary<Classifier> smallClassifiers() {
    return ClassificationArbitraries.classificationRules()
        .list()
        .ofMaxSize(3)
        .uniqueElements(ClassificationRule::name)
        .map(Classifier::of);
  }

  @Provide
  Arbitrary<PetitionRule> petitionRules() {
    return PetitionRuleArbitraries.rules();
  }

  @Provide
  Arbitrary<PetitionRuleBook> ruleBooks() {
    return PetitionRuleArbitraries.ruleBooks();
  }

  /** Books of a few rules, small enough that every law can be checked on every field. */
  @Provide
  Arbitrary<PetitionRuleBook> smallRuleBooks() {
    return PetitionRuleArbitraries.rules()
        .list()
        .ofMaxSize(3)
        .map(
            rules -> {
              PetitionRuleBook book = PetitionRuleBook.of();
              for (PetitionRule rule : rules) {
                book = book.with(rule);
              }
              return book;
            });
  }

  @Provide
  Arbitrary<Petition> petitions() {
    return PetitionArbitraries.petitions();
  }

  @Provide
  Arbitrary<Disclosure> disclosures() {
    return PetitionArbitraries.disclosures();
  }
}
