package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.logging.CapturedLog;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.testing.PetitionRuleArbitraries;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;

/**
 * The denouncer's confidentiality (Luật Tố cáo 25/2018/QH14, Điều 8, 9, 47, 56): for any petition at any point of
 * its workflow, with generated names, addresses, contacts, identity-card numbers and handwriting references, no text
 * the library produces contains any of them — the {@code toString} of every value, the messages of refused
 * commands and of bad arguments, the deadlines and their explanations, what the library logs, and what any public
 * method without arguments returns — except the explicit reveal, {@link Petition#revealIdentity}, which records
 * the access in the history.
 */
@StatisticsReport(StatisticsReportMode.OFF)
class ConfidentialityProperties {

  private static final PetitionRuleBook STANDARD = PetitionRuleBook.standard();
  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();
  private static final PersonId INSPECTOR = PersonId.of("HG-UBKT-007");
  private static final String WHY = "bố trí gặp người tố cáo tại địa điểm bảo đảm bí mật";

  // ---- what is secret ----------------------------------------------------------------------------------------

  /** Every secret fact of the petition's petitioners: names, addresses, contacts, numbers, handwriting. */
  static List<String> secrets(Petition petition) {
    List<String> secrets = new ArrayList<>();
    for (Identity identity : petition.intake().petitioners().identities()) {
      secrets.add(identity.fullName());
      secrets.add(identity.address());
      identity.contact().ifPresent(secrets::add);
      identity.idNumber().ifPresent(secrets::add);
      identity.handwriting().ifPresent(secrets::add);
    }
    return secrets;
  }

  private static void noneContains(Collection<String> texts, List<String> secrets) {
    for (String text : texts) {
      for (String secret : secrets) {
        if (text.contains(secret)) {
          fail("a text of the library shows the secret '%s': %s", secret, text);
        }
      }
    }
  }

  private static void label(Petition petition) {
    Statistics.label("petitioners")
        .collect(petition.intake().petitioners().identities().isEmpty() ? "none identified" : "identified");
    Statistics.label("petitioners")
        .coverage(c -> c.check("identified").percentage(p -> p > 50));
  }

  // ---- the properties ----------------------------------------------------------------------------------------

  @Property(tries = 300)
  void noValueNorMessageOfTheLibraryShowsAPetitionersIdentity(@ForAll Petition petition) {
    label(petition);
    List<String> secrets = secrets(petition);
    List<String> texts = new ArrayList<>();
    String logged = CapturedLog.during(() -> texts.addAll(textsOf(petition)));
    texts.add(logged);

    noneContains(texts, secrets);
  }

  @Property(tries = 150)
  void noDeadlineNorItsExplanationNorTheLogShowsAPetitionersIdentity(
      @ForAll Petition petition, @ForAll("ruleBooks") PetitionRuleBook book) {
    label(petition);
    List<String> texts = new ArrayList<>();
    String logged =
        CapturedLog.during(
            () -> {
              for (LocalDate day : List.of(petition.received(), petition.lastEventDay(), petition.lastEventDay().plusDays(40))) {
                texts.addAll(deadlineTexts(petition, STANDARD, day));
                texts.addAll(deadlineTexts(petition, book, day));
              }
            });
    texts.add(logged);

    noneContains(texts, secrets(petition));
  }

  @Property(tries = 150)
  void noPublicMethodWithoutArgumentsLeadsFromAPetitionToAnIdentity(@ForAll Petition petition) {
    label(petition);
    Walk walk = new Walk();
    walk.visit(petition, 0);
    walk.visit(petition.redacted(), 0);
    walk.visit(petition.deadlines(VIETNAM, petition.lastEventDay()), 0);
    walk.visit(refusal(() -> petition.apply(receiptOf(petition))), 0);
    if (petition.allowedCommands().contains(PetitionCommand.ACCESS_IDENTITY)) {
      Disclosure disclosure = petition.revealIdentity(WHY, petition.lastEventDay(), INSPECTOR);
      walk.visit(disclosure, 0);
    }

    assertThat(walk.identities).as("the paths to an identity").isEmpty();
    assertThat(walk.texts).hasSizeGreaterThan(50);
    noneContains(walk.texts, secrets(petition));
  }

  @Property(tries = 300)
  void onlyTheExplicitRevealShowsTheIdentitiesAndItIsRecorded(@ForAll Petition petition) {
    Petitioners petitioners = petition.intake().petitioners();
    LocalDate on = petition.lastEventDay().plusDays(1);
    Petition redacted = petition.redacted();

    assertThatThrownBy(() -> redacted.revealIdentity(WHY, on, INSPECTOR))
        .isInstanceOf(PetitionWorkflowException.class);
    assertThat(secrets(redacted)).isEmpty();
    assertThat(redacted.intake().petitioners().isRedacted()).isTrue();
    assertThat(redacted.intake().petitioners().kind()).isEqualTo(petitioners.kind());
    assertThat(redacted.intake().petitioners().count()).isEqualTo(petitioners.count());
    if (petitioners.kind() == PetitionerKind.ANONYMOUS) {
      assertThatThrownBy(() -> petition.revealIdentity(WHY, on, INSPECTOR))
          .isInstanceOf(PetitionWorkflowException.class);
      return;
    }

    Disclosure disclosure = petition.revealIdentity(WHY, on, INSPECTOR);

    List<String> revealed = new ArrayList<>();
    for (Identity identity : disclosure.identities()) {
      revealed.add(identity.fullName());
      revealed.add(identity.address());
      identity.contact().ifPresent(revealed::add);
      identity.idNumber().ifPresent(revealed::add);
      identity.handwriting().ifPresent(revealed::add);
    }
    assertThat(revealed).containsExactlyElementsOf(secrets(petition));
    assertThat(disclosure.identities()).isNotEmpty().isEqualTo(petitioners.identities());
    PetitionEvent access = disclosure.petition().history().get(petition.history().size());
    assertThat(disclosure.petition().history()).hasSize(petition.history().size() + 1);
    assertThat(access.command()).isEqualTo(PetitionCommand.ACCESS_IDENTITY);
    assertThat(access.reason()).contains(WHY);
    assertThat(access.on()).isEqualTo(on);
    assertThat(access.by()).isEqualTo(INSPECTOR);
    assertThat(disclosure.petition().state()).isEqualTo(petition.state());
    noneContains(List.of(disclosure.toString(), disclosure.petition().toString(), access.toString()), revealed);
  }

  @Provide
  Arbitrary<PetitionRuleBook> ruleBooks() {
    return Arbitraries.oneOf(Arbitraries.just(STANDARD), PetitionRuleArbitraries.ruleBooks());
  }

  // ---- the log is captured -----------------------------------------------------------------------------------

  @Example
  void theLogIsCapturedWhereTheRuleBookWritesIt() {
    PetitionTimeLimit local =
        PetitionTimeLimit.builder()
            .from(PetitionRuleBook.DENUNCIATION_PROCESSING)
            .name("HG_DENUNCIATION_PROCESSING")
            .build();
    PetitionRuleBook book = STANDARD.with(local);

    String logged =
        CapturedLog.during(
            () ->
                book.limitFor(
                    PetitionStage.PROCESSING, PetitionKind.DENUNCIATION, Circumstances.ordinary(),
                    LocalDate.of(2021, 5, 3)));

    assertThat(logged).contains("HG_DENUNCIATION_PROCESSING").contains("overrides");
  }


  // ---- the texts ---------------------------------------------------------------------------------------------

  /** The texts of the petition, its parts, its copies, and the messages of commands it refuses. */
  static List<String> textsOf(Petition petition) {
    List<String> texts = new ArrayList<>();
    Intake intake = petition.intake();
    Petitioners petitioners = intake.petitioners();
    texts.add(petition.toString());
    texts.add(intake.toString());
    texts.add(petitioners.toString());
    texts.add(intake.subject().toString());
    intake.links().forEach(link -> texts.add(link.toString()));
    petition.classification().ifPresent(c -> texts.add(c.toString()));
    petition.history().forEach(event -> texts.add(event.toString()));
    for (Identity identity : petitioners.identities()) {
      texts.add(identity.toString());
      Identity.Builder builder = Identity.builder().fullName(identity.fullName()).address(identity.address());
      identity.contact().ifPresent(builder::contact);
      identity.idNumber().ifPresent(builder::idNumber);
      identity.handwriting().ifPresent(builder::handwriting);
      texts.add(builder.toString());
      texts.add(builder.build().toString());
      texts.add(refusal(() -> Identity.builder().fullName(identity.fullName()).address(" ").build()));
      texts.add(refusal(() -> Identity.builder().address(identity.address()).fullName("").build()));
      texts.add(refusal(() -> Identity.builder().fullName(identity.fullName()).build()));
      texts.add(refusal(() -> Petitioners.signatories(List.of(identity))));
      texts.add(refusal(() -> Petitioners.delegation(List.of(identity, identity), 1)));
    }
    texts.add(refusal(() -> Intake.builder().from(intake).summary(" ").build()));

    Petition redacted = petition.redacted();
    texts.add(redacted.toString());
    texts.add(redacted.intake().toString());
    texts.add(redacted.intake().petitioners().toString());
    texts.add(refusal(() -> redacted.revealIdentity(WHY, redacted.lastEventDay(), INSPECTOR)));

    if (petition.allowedCommands().contains(PetitionCommand.ACCESS_IDENTITY)) {
      Disclosure disclosure = petition.revealIdentity(WHY, petition.lastEventDay(), INSPECTOR);
      texts.add(disclosure.toString());
      texts.add(disclosure.petition().toString());
      disclosure.petition().history().forEach(event -> texts.add(event.toString()));
    } else {
      texts.add(refusal(() -> petition.revealIdentity(WHY, petition.lastEventDay(), INSPECTOR)));
    }
    texts.add(refusal(() -> petition.revealIdentity(" ", petition.lastEventDay(), INSPECTOR)));

    texts.addAll(refusedCommands(petition));
    texts.addAll(refusedCommands(redacted));
    texts.add(refusal(() -> Petition.replay(intake, List.of())));
    texts.add(refusal(() -> Petition.replay(intake, petition.history().subList(1, petition.history().size()))));
    texts.add(refusal(() -> Petition.replay(intake, ImmutableList.of(receiptOf(petition)))));
    return texts;
  }

  /** The messages of commands the petition refuses: not allowed there, bad data, days going backwards. */
  static List<String> refusedCommands(Petition p) {
    LocalDate on = p.lastEventDay();
    LocalDate before = p.lastEventDay().minusDays(1);
    UnitId body = UnitId.of("HG-UBKT");
    List<String> texts = new ArrayList<>();
    texts.add(refusal(() -> p.apply(receiptOf(p))));
    texts.add(refusal(() -> p.classify(PetitionFixtures.eligibleWithin(), before, INSPECTOR)));
    texts.add(refusal(() -> p.classify(PetitionFixtures.withDefects(ProcessingDefect.UNSIGNED), on, INSPECTOR)));
    texts.add(refusal(() -> p.accept(on, INSPECTOR)));
    for (RefusalReason reason : List.of(
        RefusalReason.COMPLAINT_UNSIGNED, RefusalReason.DENUNCIATION_NO_BASIS, RefusalReason.PARTY_VAGUE)) {
      texts.add(refusal(() -> p.refuse(reason, on, INSPECTOR)));
    }
    texts.add(refusal(() -> p.forward(body, on, INSPECTOR)));
    texts.add(refusal(() -> p.guide(body, on, INSPECTOR)));
    texts.add(refusal(() -> p.file(on, INSPECTOR)));
    texts.add(refusal(() -> p.startVerification(on, INSPECTOR)));
    texts.add(refusal(() -> p.assessComplexity(Set.of(), on, INSPECTOR)));
    texts.add(refusal(() -> p.extend(31, on, INSPECTOR)));
    texts.add(refusal(() -> p.extend(0, on, INSPECTOR)));
    texts.add(refusal(() -> p.extend(30, on, INSPECTOR)));
    texts.add(refusal(() -> p.suspend(" ", on, INSPECTOR)));
    texts.add(refusal(() -> p.suspend("chờ giám định", on, INSPECTOR)));
    texts.add(refusal(() -> p.resume(on, INSPECTOR)));
    for (Finding finding : Finding.values()) {
      texts.add(refusal(() -> p.resolve(finding, on, INSPECTOR)));
    }
    texts.add(refusal(() -> p.lodgeSecondComplaint(on, INSPECTOR)));
    texts.add(refusal(() -> p.recordFinality(on, INSPECTOR)));
    texts.add(refusal(() -> p.close(on, INSPECTOR)));
    texts.add(refusal(() -> p.withdraw(Withdrawal.whole().continuedBecause(ContinuationGround.COERCED), on, INSPECTOR)));
    texts.add(refusal(() -> p.withdraw(Withdrawal.partial(), before, INSPECTOR)));
    for (PetitionStage stage : PetitionStage.values()) {
      texts.add(refusal(() -> p.notify(stage, on, INSPECTOR)));
    }
    texts.add(refusal(() -> PetitionEvent.builder().command(PetitionCommand.REFUSE).on(on).by(INSPECTOR).build()));
    texts.add(
        refusal(
            () ->
                PetitionEvent.builder()
                    .command(PetitionCommand.NOTIFY)
                    .on(on)
                    .by(INSPECTOR)
                    .notice(PetitionStage.RECEIPT_NOTICE)
                    .reason(WHY)
                    .build()));
    return texts;
  }

  private static PetitionEvent receiptOf(Petition petition) {
    return PetitionEvent.builder()
        .command(PetitionCommand.RECEIVE)
        .on(petition.lastEventDay())
        .by(INSPECTOR)
        .build();
  }

  /** The message of the exception the action throws, or the text of what it returns if it does not throw. */
  static String refusal(Supplier<?> action) {
    try {
      Object result = action.get();
      return String.valueOf(result);
    } catch (IllegalArgumentException | IllegalStateException e) {
      return e.getMessage() + "\n" + e;
    }
  }

  private static List<String> deadlineTexts(Petition petition, PetitionRuleBook book, LocalDate day) {
    List<String> texts = new ArrayList<>();
    try {
      for (PetitionDeadline deadline : petition.withRuleBook(book).deadlines(VIETNAM, day)) {
        texts.add(deadline.toString());
        texts.add(deadline.deadline().toString());
        texts.add(deadline.deadline().explain());
        texts.add(deadline.rule().toString());
        texts.add(deadline.status().toString());
      }
    } catch (IllegalArgumentException | PetitionWorkflowException e) {
      // a book without the rules of the history refuses to replay it: its message is a text to check too
      texts.add(e.getMessage());
    }
    return texts;
  }

  // ---- the walk over public methods --------------------------------------------------------------------------

  /**
   * Calls every public method without arguments of every value reached from a start, through the library's types,
   * optionals and collections, and keeps the text of each value; it notes any identity it reaches. {@link
   * Disclosure#identities()} is not called: it is the explicit reveal.
   */
  static final class Walk {
    private static final int DEPTH = 5;
    private static final Set<String> SKIPPED = Set.of("hashCode", "getClass", "fillInStackTrace", "getStackTrace",
        "getSuppressed", "notify", "notifyAll", "wait");

    final List<String> texts = new ArrayList<>();
    final List<String> identities = new ArrayList<>();
    final List<String> path = new ArrayList<>();
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();

    void visit(Object value, int depth) {
      if (value instanceof Identity) {
        identities.add(String.join(" > ", path));
        return;
      }
      if (value instanceof Optional<?> optional) {
        optional.ifPresent(v -> visit(v, depth));
        return;
      }
      if (value instanceof Collection<?> collection) {
        collection.forEach(v -> visit(v, depth));
        return;
      }
      if (value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> {
          visit(k, depth);
          visit(v, depth);
        });
        return;
      }
      texts.add(String.valueOf(value));
      if (depth >= DEPTH || seen.put(value, Boolean.TRUE) != null || !walkable(value)) {
        return;
      }
      for (Method method : value.getClass().getMethods()) {
        if (method.getParameterCount() != 0
            || Modifier.isStatic(method.getModifiers())
            || method.getReturnType() == void.class
            || method.getReturnType().isArray()
            || SKIPPED.contains(method.getName())
            || (value instanceof Disclosure && method.getName().equals("identities"))) {
          continue;
        }
        path.add(value.getClass().getSimpleName() + "." + method.getName());
        try {
          method.setAccessible(true);
          visit(method.invoke(value), depth + 1);
        } catch (InvocationTargetException e) {
          texts.add(String.valueOf(e.getCause()));
        } catch (IllegalAccessException | RuntimeException e) {
          // a method of a hidden class that the public type overrides: its public form is called elsewhere
        }
        path.remove(path.size() - 1);
      }
    }

    private static boolean walkable(Object value) {
      String name = value.getClass().getName();
      return name.startsWith("io.github.vanphong.") || value instanceof Throwable;
    }
  }
}
