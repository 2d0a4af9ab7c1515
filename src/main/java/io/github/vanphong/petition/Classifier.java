package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.NamedLists;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classifier of petitions (phân loại đơn): a list of named {@link ClassificationRule}s that derives a {@link
 * Classification} from a petition and the {@link LetterFacts} the clerk reads. For example {@code
 * Classifier.standard().classify(petition, facts)} finds that an anonymous denunciation received in 2026 is not
 * processed under the law ({@link #ANONYMOUS_DENUNCIATION_NOT_PROCESSED}) and that a denunciation of a party member
 * over the Party's rules goes to the inspection committee under {@link Procedure#PARTY_RULES} ({@link
 * #PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL}).
 *
 * <p>Classification follows Thông tư 07/2014/TT-TTCP, Điều 6, which Thông tư 05/2021/TT-TTCP replaced from
 * 2021-11-15: by content (the topics the clerk reads), by eligibility for processing (đủ / không đủ điều kiện xử
 * lý), by competence (the clerk's finding), and by body, under Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4.
 * The rules are chosen by the day the petition was received:
 *
 * <ul>
 *   <li><b>Eligibility.</b> Every {@link EligibilityRule} in force that applies yields its defect, and the
 *       classification reports them all, not only the first. The conditions of Thông tư 07/2014/TT-TTCP, Điều 6 are
 *       verified for petitions received from 2014-12-15 to 2021-11-14, and carried over to Thông tư 05/2021/TT-TTCP
 *       from 2021-11-15 as <b>unconfirmed</b>: only its Điều 13 to 16 have been read. The rules of Luật Tố cáo
 *       25/2018/QH14 end on 2026-06-30 and are carried over, unconfirmed, from 2026-07-01, when Luật 136/2025/QH15
 *       amends it. A petition received before 2014-12-15 has no built-in eligibility rule.
 *   <li><b>Routing.</b> Of the {@link RoutingRule}s in force that apply, the last in the list wins, so an
 *       application's rule added with {@link #with(ClassificationRule) with} takes precedence. The built-in order, lowest
 *       first: everything else to the reception board (điểm đ, which the law makes the residue); the elected
 *       bodies' office (điểm d); the party committee office for Party policy and Party building (điểm a, which the
 *       central-level text of Điều 11, khoản 4, điểm a makes yield to points b and c); the internal affairs board
 *       (điểm c); the inspection committee for Party discipline (điểm b); and, highest, a denunciation of a party
 *       member over the Party's rules, which leaves the State's procedure for the Party's (Thông tư 05/2021/TT-TTCP,
 *       Điều 15). The law does not order points b, c and d among themselves: the built-in order puts the Party's
 *       bodies above the elected bodies' office and discipline above internal affairs, a reading an application may
 *       replace. Every petition received from 2014-07-01 (Luật Tiếp công dân) gets exactly one recipient.
 * </ul>
 *
 * <p>An application supplies its own rules (a province's quy chế, or a confirmed text in place of an unconfirmed
 * one) with {@link #with(ClassificationRule) with}, which replaces the rule of the same name or adds the new one last,
 * and removes one with {@link #without(String) without}. Which routing rule took precedence over which is logged at DEBUG,
 * with the petition's identifier and no personal data.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Classifier {

  private static final Logger LOG = LoggerFactory.getLogger(Classifier.class);


  /**
   * Đơn dùng chữ viết là tiếng Việt: a letter not written in Vietnamese is not eligible for processing (Thông tư
   * 07/2014/TT-TTCP, Điều 6, khoản 2, điểm a; Thông tư 05/2021/TT-TTCP from 2021-11-15, unconfirmed).
   */
  public static final EligibilityRule LETTER_IN_VIETNAMESE =
      eligibility("LETTER_IN_VIETNAMESE", ProcessingDefect.NOT_IN_VIETNAMESE).bases(processing("a")).build();

  /**
   * A letter gives the day, month and year it was written; an undated one is not eligible (Thông tư 07/2014/TT-TTCP,
   * Điều 6, khoản 2, điểm a; Thông tư 05/2021/TT-TTCP from 2021-11-15, unconfirmed).
   */
  public static final EligibilityRule LETTER_DATED =
      eligibility("LETTER_DATED", ProcessingDefect.UNDATED).bases(processing("a")).build();

  /**
   * A letter gives its writer's name and address; one from an anonymous writer, or under a false name, is not
   * eligible (Thông tư 07/2014/TT-TTCP, Điều 6, khoản 2, điểm a; Thông tư 05/2021/TT-TTCP from 2021-11-15,
   * unconfirmed). The fact comes from the petition's {@link Petitioners}.
   */
  public static final EligibilityRule SENDER_NAMED_WITH_ADDRESS =
      eligibility("SENDER_NAMED_WITH_ADDRESS", ProcessingDefect.NO_NAME_OR_ADDRESS).bases(processing("a")).build();

  /**
   * A letter is signed or thumb-printed by its writer; an unsigned one is not eligible (Thông tư 07/2014/TT-TTCP,
   * Điều 6, khoản 2, điểm a; Thông tư 05/2021/TT-TTCP from 2021-11-15, unconfirmed).
   */
  public static final EligibilityRule LETTER_SIGNED =
      eligibility("LETTER_SIGNED", ProcessingDefect.UNSIGNED).bases(processing("a")).build();

  /**
   * A letter states the content its kind requires; one that does not is not eligible (Thông tư 07/2014/TT-TTCP,
   * Điều 6, khoản 2, điểm a; Thông tư 05/2021/TT-TTCP from 2021-11-15, unconfirmed).
   */
  public static final EligibilityRule CONTENT_STATED =
      eligibility("CONTENT_STATED", ProcessingDefect.UNCLEAR_CONTENT).bases(processing("a")).build();

  /**
   * A letter already processed under the rules, whose sender has no right to complain or denounce again, is not
   * eligible (Thông tư 07/2014/TT-TTCP, Điều 6, khoản 2, điểm a; Thông tư 05/2021/TT-TTCP from 2021-11-15,
   * unconfirmed).
   */
  public static final EligibilityRule NOT_RESOLVED_BEFORE =
      eligibility("NOT_RESOLVED_BEFORE", ProcessingDefect.ALREADY_RESOLVED).bases(processing("a")).build();

  /**
   * A letter sent to several bodies, the competent one among them, is processed by the competent body only; for
   * the others it is not eligible (Thông tư 07/2014/TT-TTCP, Điều 6, khoản 2, điểm b; Thông tư 05/2021/TT-TTCP from
   * 2021-11-15, unconfirmed).
   */
  public static final EligibilityRule ONLY_THE_COMPETENT_BODY_PROCESSES =
      eligibility("ONLY_THE_COMPETENT_BODY_PROCESSES", ProcessingDefect.SENT_TO_SEVERAL_BODIES)
          .outsideCompetenceOnly(true)
          .bases(processing("b"))
          .build();

  /**
   * A sender is guided once on the same content; a letter whose sender was already guided is not eligible (Thông tư
   * 07/2014/TT-TTCP, Điều 6, khoản 2, điểm b; Thông tư 05/2021/TT-TTCP from 2021-11-15, unconfirmed).
   */
  public static final EligibilityRule GUIDE_ONCE =
      eligibility("GUIDE_ONCE", ProcessingDefect.ALREADY_GUIDED).bases(processing("b")).build();

  /**
   * A denunciation with no name or address, whose denouncer cannot be identified, or under another person's name is
   * not processed under the Denunciations Law (Luật Tố cáo 25/2018/QH14, Điều 25, khoản 1); if its content names the
   * violator with concrete evidence, the receiver may still inspect or check it for management purposes (khoản 2).
   * In force for denunciations received from 2019-01-01, and carried over from 2026-07-01 as unconfirmed.
   */
  public static final EligibilityRule ANONYMOUS_DENUNCIATION_NOT_PROCESSED =
      eligibility("ANONYMOUS_DENUNCIATION_NOT_PROCESSED", ProcessingDefect.NO_NAME_OR_ADDRESS)
          .addKind(PetitionKind.DENUNCIATION)
          .allowsManagementCheck(true)
          .bases(denunciationsLaw("Điều 25, khoản 1"))
          .build();

  /**
   * A denunciation also sent to the competent body is not processed by a body without competence (Luật Tố cáo
   * 25/2018/QH14, Điều 24, khoản 3). In force for denunciations received from 2019-01-01, and carried over from
   * 2026-07-01 as unconfirmed.
   */
  public static final EligibilityRule DENUNCIATION_SENT_TO_SEVERAL_BODIES =
      eligibility("DENUNCIATION_SENT_TO_SEVERAL_BODIES", ProcessingDefect.SENT_TO_SEVERAL_BODIES)
          .addKind(PetitionKind.DENUNCIATION)
          .outsideCompetenceOnly(true)
          .bases(denunciationsLaw("Điều 24, khoản 3"))
          .build();

  /**
   * A denouncer already guided to the competent body who still sends the letter to a body without competence is not
   * processed there (Luật Tố cáo 25/2018/QH14, Điều 24, khoản 3). In force for denunciations received from
   * 2019-01-01, and carried over from 2026-07-01 as unconfirmed.
   */
  public static final EligibilityRule DENUNCIATION_GUIDED_ONCE =
      eligibility("DENUNCIATION_GUIDED_ONCE", ProcessingDefect.ALREADY_GUIDED)
          .addKind(PetitionKind.DENUNCIATION)
          .outsideCompetenceOnly(true)
          .bases(denunciationsLaw("Điều 24, khoản 3"))
          .build();

  /**
   * A denunciation of the same content is forwarded to the competent body only once: a body without competence does
   * not forward it again (Thông tư 05/2021/TT-TTCP, Điều 14, from 2021-11-15).
   */
  public static final EligibilityRule FORWARD_DENUNCIATION_ONCE =
      eligibility("FORWARD_DENUNCIATION_ONCE", ProcessingDefect.ALREADY_FORWARDED)
          .addKind(PetitionKind.DENUNCIATION)
          .outsideCompetenceOnly(true)
          .addBases(LegalBasis.of(Instruments.CIRCULAR_05_2021_TTCP, "Điều 14"))
          .build();

  /**
   * Điểm đ: the reception board (Ban tiếp công dân) takes matters of the People's Committee and its chair, and every
   * matter not for another body (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4, điểm đ). The residue: it covers
   * every topic and has the lowest precedence. Carried over from 2026-07-01, when Luật 136/2025/QH15 amends the Law,
   * as unconfirmed.
   */
  public static final RoutingRule OTHER_MATTERS_TO_RECEPTION_BOARD =
      routing("OTHER_MATTERS_TO_RECEPTION_BOARD", Recipient.RECEPTION_BOARD, "đ").build();

  /**
   * Điểm d: the office of the National Assembly delegation and the People's Council receives matters for the
   * deputies and the provincial People's Council (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4, điểm d).
   */
  public static final RoutingRule ELECTED_BODIES_TO_THEIR_OFFICE =
      routing("ELECTED_BODIES_TO_THEIR_OFFICE", Recipient.ELECTED_BODIES_OFFICE, "d")
          .addTopic(Topic.ELECTED_BODIES)
          .build();

  /**
   * Điểm a: the party committee office receives recommendations and feedback on the Party's policies and
   * guidelines, and complaints and denunciations about Party building and other matters of the committee's remit
   * (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4, điểm a).
   */
  public static final RoutingRule PARTY_AFFAIRS_TO_COMMITTEE_OFFICE =
      routing("PARTY_AFFAIRS_TO_COMMITTEE_OFFICE", Recipient.PARTY_COMMITTEE_OFFICE, "a")
          .addTopics(Topic.PARTY_POLICY, Topic.PARTY_BUILDING)
          .build();

  /**
   * Điểm c: the internal affairs board receives matters of internal affairs and the fight against corruption within
   * its remit (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4, điểm c).
   */
  public static final RoutingRule INTERNAL_AFFAIRS_TO_INTERNAL_AFFAIRS_BOARD =
      routing("INTERNAL_AFFAIRS_TO_INTERNAL_AFFAIRS_BOARD", Recipient.INTERNAL_AFFAIRS_BOARD, "c")
          .addTopic(Topic.INTERNAL_AFFAIRS)
          .build();

  /**
   * Điểm b: the inspection committee receives matters of Party discipline, the quality of cadres and members, and
   * internal Party life within its remit (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4, điểm b).
   */
  public static final RoutingRule PARTY_DISCIPLINE_TO_INSPECTION_COMMITTEE =
      routing("PARTY_DISCIPLINE_TO_INSPECTION_COMMITTEE", Recipient.INSPECTION_COMMITTEE, "b")
          .addTopic(Topic.PARTY_DISCIPLINE)
          .build();

  /**
   * A denunciation of a party member for breaching the Party's Statute, policies, resolutions, directives,
   * regulations, rules or conclusions goes to the competent Party body, to be handled under the Party's rules
   * (Thông tư 05/2021/TT-TTCP, Điều 15, from 2021-11-15; before it, Thông tư 06/2014/TT-TTCP, Điều 24, from
   * 2014-12-15, which sends it to be handled under the rules of the Central Committee and the guidance of its
   * inspection committee). At the reception office the Party body is the inspection committee (Luật Tiếp công dân
   * 42/2013/QH13, Điều 12, khoản 4, điểm b), as the Party's own rules make the committee or its inspection committee
   * competent for members it manages (Quy định 22-QĐ/TW, Điều 19, reported). Highest precedence: whatever the
   * topics. When Thông tư 06/2014/TT-TTCP ceased to be in force has not been confirmed.
   */
  public static final RoutingRule PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL =
      RoutingRule.builder()
          .name("PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL")
          .recipient(Recipient.INSPECTION_COMMITTEE)
          .procedure(Procedure.PARTY_RULES)
          .addKind(PetitionKind.DENUNCIATION)
          .addSubjectKind(SubjectKind.PARTY_MEMBER)
          .partyRulesOnly(true)
          .addBases(
              LegalBasis.of(Instruments.CIRCULAR_06_2014_TTCP, "Điều 24"),
              LegalBasis.of(Instruments.CIRCULAR_05_2021_TTCP, "Điều 15"))
          .build();

  private static final Classifier STANDARD =
      new Classifier(
          ImmutableList.of(
              LETTER_IN_VIETNAMESE,
              LETTER_DATED,
              SENDER_NAMED_WITH_ADDRESS,
              LETTER_SIGNED,
              CONTENT_STATED,
              NOT_RESOLVED_BEFORE,
              ONLY_THE_COMPETENT_BODY_PROCESSES,
              GUIDE_ONCE,
              ANONYMOUS_DENUNCIATION_NOT_PROCESSED,
              DENUNCIATION_SENT_TO_SEVERAL_BODIES,
              DENUNCIATION_GUIDED_ONCE,
              FORWARD_DENUNCIATION_ONCE,
              OTHER_MATTERS_TO_RECEPTION_BOARD,
              ELECTED_BODIES_TO_THEIR_OFFICE,
              PARTY_AFFAIRS_TO_COMMITTEE_OFFICE,
              INTERNAL_AFFAIRS_TO_INTERNAL_AFFAIRS_BOARD,
              PARTY_DISCIPLINE_TO_INSPECTION_COMMITTEE,
              PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL));

  private static EligibilityRule.Builder eligibility(String name, ProcessingDefect defect) {
    EligibilityRule.Builder builder = EligibilityRule.builder();
    builder.name(name).defect(defect);
    return builder;
  }

  /** Thông tư 07/2014/TT-TTCP, Điều 6, khoản 2 at the point, then its successor, unconfirmed. */
  private static ImmutableList<LegalBasis> processing(String point) {
    String article = "Điều 6, khoản 2, điểm " + point;
    return ImmutableList.of(
        LegalBasis.of(Instruments.CIRCULAR_07_2014_TTCP, article),
        LegalBasis.builder()
            .instrument(Instruments.CIRCULAR_05_2021_TTCP)
            .article(
                "phân loại đơn theo điều kiện xử lý, như " + Instruments.CIRCULAR_07_2014_TTCP.name() + ", " + article)
            .confirmation(Confirmation.UNCONFIRMED)
            .build());
  }

  private static ImmutableList<LegalBasis> denunciationsLaw(String article) {
    return amendedIn2026(Instruments.DENUNCIATIONS_LAW_2018, article);
  }

  private static RoutingRule.Builder routing(String name, Recipient recipient, String point) {
    RoutingRule.Builder builder = RoutingRule.builder();
    builder
        .name(name)
        .recipient(recipient)
        .bases(amendedIn2026(Instruments.CITIZEN_RECEPTION_LAW_2013, "Điều 12, khoản 4, điểm " + point));
    return builder;
  }

  /** The article as read, to 2026-06-30, then the same article under Luật 136/2025/QH15, unconfirmed. */
  private static ImmutableList<LegalBasis> amendedIn2026(Instrument law, String article) {
    Instrument amendment = Instruments.PETITION_LAWS_AMENDMENT_2025;
    return ImmutableList.of(
        LegalBasis.builder()
            .instrument(law)
            .article(article)
            .inForceUntil(amendment.inForceFrom().minusDays(1))
            .build(),
        LegalBasis.builder()
            .instrument(law)
            .article(article)
            .inForceFrom(amendment.inForceFrom())
            .addAsAmendedBy(amendment)
            .confirmation(Confirmation.UNCONFIRMED)
            .build());
  }

  @SuppressWarnings("Immutable") // ImmutableLists of immutable values
  private final ImmutableList<ClassificationRule> rules;

  @SuppressWarnings("Immutable")
  private final ImmutableList<EligibilityRule> eligibilityRules;

  @SuppressWarnings("Immutable")
  private final ImmutableList<RoutingRule> routingRules;

  private Classifier(ImmutableList<ClassificationRule> rules) {
    this.rules = rules;
    ImmutableList.Builder<EligibilityRule> eligibility = ImmutableList.builder();
    ImmutableList.Builder<RoutingRule> routing = ImmutableList.builder();
    for (ClassificationRule rule : rules) {
      if (rule instanceof EligibilityRule e) {
        eligibility.add(e);
      } else {
        routing.add((RoutingRule) rule); // the interface is sealed: a rule is one or the other
      }
    }
    this.eligibilityRules = eligibility.build();
    this.routingRules = routing.build();
  }

  /**
   * Returns the built-in rules: the constants of this class, eligibility first, then routing from the lowest
   * precedence to the highest.
   *
   * @return the built-in classifier, not null
   */
  public static Classifier standard() {
    return STANDARD;
  }

  /**
   * Returns a classifier of the given rules only; of the routing rules, later ones take precedence.
   *
   * @param rules the rules, with distinct names, routing rules in order of precedence, lowest first; none null
   * @return the classifier, not null
   * @throws IllegalArgumentException if two rules have the same name
   * @throws NullPointerException if a rule is null
   */
  public static Classifier of(ClassificationRule... rules) {
    return of(Arguments.list("rules", rules));
  }

  /**
   * Returns a classifier of the given rules only; of the routing rules, later ones take precedence.
   *
   * @param rules the rules, with distinct names, routing rules in order of precedence, lowest first; none null
   * @return the classifier, not null
   * @throws IllegalArgumentException if two rules have the same name
   * @throws NullPointerException if a rule is null
   */
  public static Classifier of(Iterable<? extends ClassificationRule> rules) {
    ImmutableList<ClassificationRule> copy = Arguments.list(rules, "rules");
    Set<String> names = new HashSet<>();
    for (ClassificationRule rule : copy) {
      checkArgument(
          names.add(rule.name()),
          "a classifier's rules have distinct names, so each can be replaced; %s appears twice",
          rule.name());
    }
    return new Classifier(copy);
  }

  /**
   * Returns this classifier with an application's rule: in place of the rule of the same name, or added last, where
   * a routing rule has the highest precedence.
   *
   * @param rule the rule, not null
   * @return a new classifier, not null
   */
  public Classifier with(ClassificationRule rule) {
    requireNonNull(rule, "rule");
    return new Classifier(NamedLists.with(rules, rule, ClassificationRule::name));
  }

  /**
   * Returns this classifier without the rule of the given name.
   *
   * @param name the name of a rule of this classifier, not null
   * @return a new classifier, not null
   * @throws IllegalArgumentException if this classifier has no rule of that name
   */
  public Classifier without(String name) {
    requireNonNull(name, "name");
    checkArgument(
        rule(name).isPresent(),
        "only a rule of the classifier can be removed; it has no rule named %s, its rules are %s",
        Texts.quote(name),
        names());
    return new Classifier(NamedLists.without(rules, name, ClassificationRule::name));
  }

  /**
   * Returns the rules, eligibility and routing, in their order; routing rules in order of precedence, lowest first.
   *
   * @return the rules, not null
   */
  public ImmutableList<ClassificationRule> rules() {
    return rules;
  }

  /**
   * Returns the eligibility rules, in their order.
   *
   * @return the eligibility rules, not null
   */
  public ImmutableList<EligibilityRule> eligibilityRules() {
    return eligibilityRules;
  }

  /**
   * Returns the routing rules, in order of precedence, lowest first.
   *
   * @return the routing rules, not null
   */
  public ImmutableList<RoutingRule> routingRules() {
    return routingRules;
  }

  /**
   * Returns the rule of the given name.
   *
   * @param name the name, not null
   * @return the rule, or empty if this classifier has none of that name
   */
  public Optional<ClassificationRule> rule(String name) {
    requireNonNull(name, "name");
    return rules.stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /**
   * Returns the rules in force for petitions received on a day, in their order.
   *
   * @param dateReceived the day the petition was received, not null
   * @return the rules in force, possibly empty, not null
   */
  public ImmutableList<ClassificationRule> inForceOn(LocalDate dateReceived) {
    requireNonNull(dateReceived, "dateReceived");
    return rules.stream().filter(r -> r.isInForceOn(dateReceived)).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns every eligibility rule the letter breaks: each one in force on the day the petition was received that
   * applies to it, in the classifier's order.
   *
   * @param petition the petition, not null
   * @param facts what the letter shows, not null
   * @return the rules broken, empty if the letter is eligible for processing, not null
   */
  public ImmutableList<EligibilityRule> breaches(Petition petition, LetterFacts facts) {
    requireNonNull(petition, "petition");
    requireNonNull(facts, "facts");
    return eligibilityRules.stream()
        .filter(r -> r.appliesTo(petition, facts))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the routing rule that sends the petition to its body: of those in force on the day it was received that
   * apply to it, the last.
   *
   * @param petition the petition, not null
   * @param facts what the letter shows, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if no routing rule of this classifier applies, as for a petition received
   *     before 2014-07-01 by the standard classifier
   */
  public RoutingRule route(Petition petition, LetterFacts facts) {
    requireNonNull(petition, "petition");
    requireNonNull(facts, "facts");
    ImmutableList<RoutingRule> applying =
        routingRules.stream().filter(r -> r.appliesTo(petition, facts)).collect(ImmutableList.toImmutableList());
    checkArgument(
        !applying.isEmpty(),
        "every petition goes to one body (%s, routes every other matter to the reception board from %s); no routing"
            + " rule of this classifier applies to petition %s, a %s about %s on %s, received on %s",
        OTHER_MATTERS_TO_RECEPTION_BOARD.bases().get(0).citation(),
        OTHER_MATTERS_TO_RECEPTION_BOARD.bases().get(0).inForceFrom(),
        petition.id(),
        petition.kind(),
        petition.intake().subject().kind(),
        facts.topics(),
        petition.received());
    RoutingRule chosen = applying.get(applying.size() - 1);
    if (applying.size() > 1 && LOG.isDebugEnabled()) {
      LOG.debug(
          "routing rule {} ({} under {}) takes precedence over {} for petition {} received on {}",
          chosen.name(),
          chosen.recipient(),
          chosen.procedure(),
          applying.subList(0, applying.size() - 1).stream()
              .map(r -> r.name() + " (" + r.recipient() + ")")
              .collect(Collectors.joining(", ")),
          petition.id(),
          petition.received());
    }
    return chosen;
  }

  /**
   * Classifies a petition (phân loại đơn): its topics as read, every defect of the eligibility rules it breaks, the
   * clerk's finding on competence, and the body and procedure of the routing rule that wins. An anonymous or
   * otherwise unprocessable letter whose content is concrete is marked as checkable for management where a rule
   * broken allows it (Luật Tố cáo 25/2018/QH14, Điều 25, khoản 2).
   *
   * @param petition the petition, in any state, not null
   * @param facts what the letter shows, not null
   * @return the classification, to be recorded with {@link Petition#classify}, not null
   * @throws IllegalArgumentException if no routing rule of this classifier applies to the petition
   */
  public Classification classify(Petition petition, LetterFacts facts) {
    ImmutableList<EligibilityRule> broken = breaches(petition, facts);
    RoutingRule route = route(petition, facts);
    EnumSet<ProcessingDefect> defects = EnumSet.noneOf(ProcessingDefect.class);
    boolean checkable = false;
    for (EligibilityRule rule : broken) {
      defects.add(rule.defect());
      checkable |= rule.allowsManagementCheck();
    }
    return Classification.builder()
        .topics(facts.topics())
        .defects(defects)
        .competent(facts.withinCompetence())
        .recipient(route.recipient())
        .procedure(route.procedure())
        .checkableForManagement(checkable && facts.concreteEvidence())
        .build();
  }

  private List<String> names() {
    return rules.stream().map(ClassificationRule::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns whether the other object is a classifier with the same rules in the same order.
   *
   * @param o the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Classifier other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns the number of rules of each kind, for example {@code "Classifier[12 eligibility rules, 6 routing
   * rules]"}.
   *
   * @return a short form, not null
   */
  @Override
  public String toString() {
    return "Classifier[" + eligibilityRules.size() + " eligibility rules, " + routingRules.size() + " routing rules]";
  }
}
