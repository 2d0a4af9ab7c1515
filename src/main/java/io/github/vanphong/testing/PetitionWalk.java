package io.github.vanphong.testing;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.Classification;
import io.github.vanphong.petition.ComplaintRound;
import io.github.vanphong.petition.ComplexityCriterion;
import io.github.vanphong.petition.ContinuationGround;
import io.github.vanphong.petition.Finding;
import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionCommand;
import io.github.vanphong.petition.PetitionEvent;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionStage;
import io.github.vanphong.petition.PetitionTimeLimit;
import io.github.vanphong.petition.Procedure;
import io.github.vanphong.petition.ProcessingDefect;
import io.github.vanphong.petition.Recipient;
import io.github.vanphong.petition.RefusalReason;
import io.github.vanphong.petition.Requirement;
import io.github.vanphong.petition.Topic;
import io.github.vanphong.petition.Withdrawal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Walks a petition through its workflow with generated dice: each {@link Step} picks a command among those the
 * petition allows and the data it needs, so that every petition reached is one the library itself produces. The
 * dice are plain numbers, which jqwik shrinks towards the shortest and simplest walk.
 */
final class PetitionWalk {

  /** The commands that leave the state as it is, used to pad a walk towards a state. */
  private static final Set<PetitionCommand> STAYING =
      EnumSet.of(
          PetitionCommand.NOTIFY,
          PetitionCommand.ACCESS_IDENTITY,
          PetitionCommand.ASSESS_COMPLEXITY,
          PetitionCommand.EXTEND,
          PetitionCommand.WITHDRAW,
          PetitionCommand.RECORD_DECISION_RECEIPT,
          PetitionCommand.RECORD_RESULT);

  /** The longest extension, which offices often grant whole (Luật Tố cáo 25/2018/QH14, Điều 30). */

  private static final ImmutableList<PetitionStage> NOTICES =
      ImmutableList.of(
          PetitionStage.RECEIPT_NOTICE,
          PetitionStage.PARTY_RECEIPT_NOTICE,
          PetitionStage.RESULT_RELAY,
          PetitionStage.ACCEPTANCE_NOTICE,
          PetitionStage.DECISION_DISPATCH);

  private static final ImmutableList<String> SUSPENSION_REASONS =
      ImmutableList.of(
          "chờ kết quả giám định tài liệu",
          "chờ cơ quan khác trả lời về nội dung liên quan",
          "chờ kết quả giải quyết của Tòa án về vụ việc liên quan");

  /** Written records of a complexity found (Nghị định 124/2020/NĐ-CP, Điều 3a, khoản 2, from 2026-07-01). */
  private static final ImmutableList<String> WRITTEN_RECORDS =
      ImmutableList.of(
          "Tờ trình số 15/TTr-TTT về xác định vụ việc phức tạp",
          "Biên bản làm việc số 07/BB-ĐXM",
          "Báo cáo số 21/BC-TTT về kết quả xác minh");

  private static final ImmutableList<String> ACCESS_REASONS =
      ImmutableList.of(
          "bố trí gặp người tố cáo tại địa điểm bảo đảm bí mật",
          "gửi thông báo thụ lý cho người tố cáo",
          "xác minh thêm thông tin do người tố cáo cung cấp");

  /**
   * What a command of a walk is for, which constrains its data: a classification that lets the next command of
   * the route through, a withdrawal that stops the handling or one that leaves the state as it is.
   */
  static final class Purpose {
    /** Any valid data. */
    static final Purpose ANY = new Purpose(Optional.empty(), true, true);
    /** Data that keeps the state: a withdrawal that does not stop the handling. */
    static final Purpose STAY = new Purpose(Optional.empty(), false, true);
    /** A withdrawal that stops the handling. */
    static final Purpose STOP = new Purpose(Optional.empty(), true, false);

    final Optional<PetitionCommand> next;
    final boolean stopping;
    final boolean staying;

    private Purpose(Optional<PetitionCommand> next, boolean stopping, boolean staying) {
      this.next = next;
      this.stopping = stopping;
      this.staying = staying;
    }

    /** A classification that allows the command. */
    static Purpose before(PetitionCommand command) {
      return new Purpose(Optional.of(command), true, true);
    }
  }

  /** One throw of the dice: which command, two numbers for its data, the days since the event before, a pause. */
  static final class Step {
    final int pick;
    final int a;
    final int b;
    final int gap;
    final int pause;
    final PersonId by;
    final UnitId to;

    Step(int pick, int a, int b, int gap, int pause, PersonId by, UnitId to) {
      this.pick = pick;
      this.a = a;
      this.b = b;
      this.gap = gap;
      this.pause = pause;
      this.by = by;
      this.to = to;
    }

    @Override
    public String toString() {
      return "Step[" + pick + ", " + a + ", " + b + ", +" + gap + "d, pause " + pause + "]";
    }
  }

  private PetitionWalk() {}

  static Arbitrary<Step> steps(Arbitrary<PersonId> officers, Arbitrary<UnitId> bodies) {
    Arbitrary<Integer> gaps =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(0)),
            Tuple.of(5, Arbitraries.integers().between(1, 5)),
            Tuple.of(3, Arbitraries.integers().between(6, 20)));
    Arbitrary<Integer> pauses =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just(0)),
            Tuple.of(2, Arbitraries.just(1)),
            Tuple.of(1, Arbitraries.just(2)));
    return Combinators.combine(
            Arbitraries.integers().between(0, 999),
            Arbitraries.integers().between(0, 9_999),
            Arbitraries.integers().between(0, 9_999),
            gaps,
            pauses,
            officers,
            bodies)
        .as(Step::new);
  }

  /** Applies, for each step, one of the commands the petition allows, with valid data. */
  static Petition wander(Petition start, List<Step> steps) {
    Petition petition = start;
    for (Step step : steps) {
      petition = petition.apply(anyEvent(petition, step));
    }
    return petition;
  }

  /** Returns an event of one of the commands the petition allows, with valid data; NOTIFY is always possible. */
  static PetitionEvent anyEvent(Petition petition, Step step) {
    List<PetitionCommand> allowed = new ArrayList<>(petition.allowedCommands());
    for (int i = 0; i < allowed.size(); i++) {
      PetitionCommand command = allowed.get((step.pick + i) % allowed.size());
      Optional<PetitionEvent> event = event(petition, command, step, Purpose.ANY);
      if (event.isPresent()) {
        return event.get();
      }
    }
    throw new IllegalStateException("petition " + petition + " allows no command with valid data: " + allowed);
  }

  /**
   * Follows a route of commands, each after as many staying commands as its step's pause, then adds {@code after}
   * staying commands; a classification is made to fit the command after it.
   */
  static Petition follow(Petition start, List<PetitionCommand> route, List<Step> steps, int after) {
    Petition petition = start;
    int next = 0;
    for (int i = 0; i < route.size(); i++) {
      Step step = at(steps, next++);
      for (int pause = 0; pause < step.pause; pause++) {
        petition = stay(petition, at(steps, next++));
      }
      PetitionCommand command = route.get(i);
      Purpose purpose = command == PetitionCommand.WITHDRAW ? Purpose.STOP : purposeBefore(route, i);
      Petition from = petition;
      petition =
          petition.apply(
              event(petition, command, step, purpose)
                  .orElseThrow(() -> new IllegalStateException("no valid " + command + " for " + from)));
    }
    for (int i = 0; i < after; i++) {
      petition = stay(petition, at(steps, next++));
    }
    return petition;
  }

  private static Purpose purposeBefore(List<PetitionCommand> route, int index) {
    if (route.get(index) != PetitionCommand.CLASSIFY || index + 1 >= route.size()) {
      return Purpose.ANY;
    }
    return Purpose.before(route.get(index + 1));
  }

  private static Step at(List<Step> steps, int index) {
    if (steps.isEmpty()) {
      return new Step(0, 0, 0, 1, 0, PersonId.of("HG-VP-001"), UnitId.of("HG-UBKT"));
    }
    return steps.get(index % steps.size());
  }

  private static Petition stay(Petition petition, Step step) {
    List<PetitionCommand> staying =
        petition.allowedCommands().stream().filter(STAYING::contains).collect(Collectors.toList());
    for (int i = 0; i < staying.size(); i++) {
      PetitionCommand command = staying.get((step.pick + i) % staying.size());
      Optional<PetitionEvent> event = event(petition, command, step, Purpose.STAY);
      if (event.isPresent()) {
        return petition.apply(event.get());
      }
    }
    return petition;
  }

  /**
   * Returns the event of a command with data the petition accepts, or empty if there is none, as for a refusal
   * with no reason in force; the command itself must be allowed for the event to be applied.
   */
  static Optional<PetitionEvent> event(Petition petition, PetitionCommand command, Step step, Purpose purpose) {
    LocalDate on = dayOf(petition, command, step);
    PetitionKind kind = petition.kind();
    PetitionEvent.Builder event = PetitionEvent.builder().command(command).on(on).by(step.by);
    switch (command) {
      case CLASSIFY -> event.classification(fit(petition, classification(step.a, step.b), purpose));
      case REFUSE -> {
        List<RefusalReason> reasons = refusalReasons(petition, on);
        if (reasons.isEmpty()) {
          return Optional.empty();
        }
        event.refusalReason(pick(reasons, step.b));
      }
      case FORWARD, GUIDE -> event.destination(step.to);
      case EXTEND -> {
        Optional<PetitionStage> stage = petition.runningStage();
        int longest =
            stage.flatMap(petition::timeLimit).map(PetitionTimeLimit::maxExtensionDays).filter(d -> d > 0).orElse(1);
        if (stage.isEmpty()) {
          return Optional.empty();
        }
        event.extendedStage(stage.get()).extensionDays(step.b % 3 == 0 ? longest : 1 + step.b % longest);
      }
      case ASSESS_COMPLEXITY -> {
        Set<ComplexityCriterion> criteria = criteria(Math.max(petition.extensions(), step.b % 4), step.a);
        event.criteria(criteria);
        // a written record of the criteria: always where a rule asks for it, in one step of three elsewhere
        if (!criteria.isEmpty() && (step.a % 3 == 0 || asksForWrittenRecord(petition, on))) {
          event.writtenRecord(pick(WRITTEN_RECORDS, step.b));
        }
      }
      case RECORD_DECISION_RECEIPT -> {
        LocalDate decided = lastDayOf(petition, PetitionCommand.RESOLVE);
        long span = on.toEpochDay() - decided.toEpochDay();
        event.deliveredOn(decided.plusDays(span == 0 ? 0 : step.b % (span + 1)));
      }
      case SUSPEND -> event.reason(pick(SUSPENSION_REASONS, step.b));
      case RESOLVE -> event.finding(pick(findings(kind), step.b));
      case WITHDRAW -> event.withdrawal(withdrawal(kind, purpose, step.b));
      case NOTIFY -> event.notice(pick(notices(petition), step.b));
      case ACCESS_IDENTITY -> event.reason(pick(ACCESS_REASONS, step.b));
      default -> {
        // the other commands carry no data
      }
    }
    return Optional.of(event.build());
  }

  /** The classification that the dice give: most are eligible and within competence, some under Party rules. */
  /**
   * The day of a command: its step's gap after the last event, and for a resolution under the Party's rules not
   * before the competent Party body received the letter.
   */
  private static LocalDate dayOf(Petition petition, PetitionCommand command, Step step) {
    LocalDate on = petition.lastEventDay().plusDays(step.gap);
    LocalDate partyDay = petition.intake().partyDayReceived();
    boolean party = command == PetitionCommand.RESOLVE && petition.procedure() == Procedure.PARTY_RULES;
    return party && on.isBefore(partyDay) ? partyDay : on;
  }

  static Classification classification(int a, int b) {
    Classification.Builder builder = Classification.builder();
    Topic[] topics = Topic.values();
    for (int i = 0; i < topics.length; i++) {
      if ((a >> i & 1) == 1) {
        builder.addTopics(topics[i]);
      }
    }
    ProcessingDefect[] defects = ProcessingDefect.values();
    if (b % 4 == 3) {
      builder.addDefects(defects[(b / 4) % defects.length]);
      if (b % 8 == 7) {
        builder.addDefects(defects[(b / 32) % defects.length]);
      }
    }
    Recipient[] recipients = Recipient.values();
    return builder
        .competent((a / 64) % 4 != 3)
        .recipient(recipients[(a / 256) % recipients.length])
        .procedure((b / 512) % 4 == 3 ? Procedure.PARTY_RULES : Procedure.STATE_LAW)
        .build();
  }

  private static Classification fit(Petition petition, Classification found, Purpose purpose) {
    if (purpose.next.isEmpty()) {
      return found;
    }
    PetitionKind kind = petition.kind();
    Classification.Builder fitted = Classification.builder().from(found);
    switch (purpose.next.get()) {
      case ACCEPT -> fitted.defects(Set.of()).competent(true);
      case FORWARD -> {
        fitted.competent(false);
        if (kind == PetitionKind.DENUNCIATION) {
          fitted.defects(without(found.defects(), ProcessingDefect.ALREADY_FORWARDED));
        }
      }
      case GUIDE -> fitted.defects(without(found.defects(), ProcessingDefect.ALREADY_GUIDED));
      case REFUSE -> {
        if (kind == PetitionKind.COMPLAINT) {
          fitted.procedure(Procedure.STATE_LAW);
        }
      }
      default -> {
        // any classification lets the other commands through
      }
    }
    boolean mayWithdrawOrSuspend =
        EnumSet.of(PetitionCommand.ACCEPT, PetitionCommand.WITHDRAW, PetitionCommand.SUSPEND)
            .contains(purpose.next.get());
    if (mayWithdrawOrSuspend
        && found.procedure() == Procedure.PARTY_RULES
        && !providesSuspensionAndWithdrawal(petition)) {
      // a route on from here may suspend or withdraw: under the Party's rules of the day the book may provide neither
      fitted.procedure(Procedure.STATE_LAW);
    }
    return fitted.build();
  }

  /** Whether a rule of the petition's book in force asks for a written record of the complexity found. */
  private static boolean asksForWrittenRecord(Petition petition, LocalDate on) {
    return petition.ruleBook()
        .workflowRulesFor(
            PetitionCommand.ASSESS_COMPLEXITY, petition.kind(), petition.procedure(), petition.ruleDays(on))
        .stream()
        .anyMatch(rule -> rule.requirement() == Requirement.COMPLEXITY_IN_WRITING);
  }

  private static LocalDate lastDayOf(Petition petition, PetitionCommand command) {
    List<PetitionEvent> history = petition.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).command() == command) {
        return history.get(i).on();
      }
    }
    return petition.lastEventDay();
  }

  /** Whether the petition's rule book provides suspension and withdrawal in the Party's channel on its days. */
  private static boolean providesSuspensionAndWithdrawal(Petition petition) {
    for (PetitionCommand command : List.of(PetitionCommand.SUSPEND, PetitionCommand.WITHDRAW)) {
      boolean provided =
          petition.ruleBook()
              .workflowRulesFor(
                  command, petition.kind(), Procedure.PARTY_RULES, petition.ruleDays(petition.lastEventDay()))
              .stream()
              .anyMatch(rule -> rule.requirement() == Requirement.PROVIDED_BY_LAW);
      if (!provided) {
        return false;
      }
    }
    return true;
  }

  private static Set<ProcessingDefect> without(Set<ProcessingDefect> defects, ProcessingDefect defect) {
    EnumSet<ProcessingDefect> rest = EnumSet.noneOf(ProcessingDefect.class);
    rest.addAll(defects);
    rest.remove(defect);
    return rest;
  }

  /** The reasons a refusal of the petition may give on a day: of its kind and procedure, in force that day. */
  static List<RefusalReason> refusalReasons(Petition petition, LocalDate on) {
    Procedure procedure = petition.round() == ComplaintRound.SECOND ? Procedure.STATE_LAW : petition.procedure();
    return Arrays.stream(RefusalReason.values())
        .filter(r -> r.kinds().contains(petition.kind()))
        .filter(r -> r.procedure() == procedure)
        .filter(r -> r.basisOn(on).isPresent())
        .collect(Collectors.toList());
  }

  private static Set<ComplexityCriterion> criteria(int count, int offset) {
    ComplexityCriterion[] all = ComplexityCriterion.values();
    EnumSet<ComplexityCriterion> chosen = EnumSet.noneOf(ComplexityCriterion.class);
    for (int i = 0; i < Math.min(count, all.length); i++) {
      chosen.add(all[(offset + i) % all.length]);
    }
    return chosen;
  }

  static List<Finding> findings(PetitionKind kind) {
    return switch (kind) {
      case COMPLAINT, DENUNCIATION -> List.of(Finding.WELL_FOUNDED, Finding.PARTLY_WELL_FOUNDED, Finding.UNFOUNDED);
      case RECOMMENDATION, FEEDBACK -> List.of(Finding.ANSWERED);
      case MIXED -> List.of(Finding.values());
    };
  }

  /**
   * The notices the petition may send: those of its kind, an acceptance notice once the round accepted it, a
   * decision's dispatch once the round resolved it. A receipt notice is always among them.
   */
  static List<PetitionStage> notices(Petition petition) {
    return NOTICES.stream()
        .filter(stage -> stage.appliesTo(petition.kind()))
        .filter(stage -> stage != PetitionStage.ACCEPTANCE_NOTICE || inThisRound(petition, PetitionCommand.ACCEPT))
        .filter(stage -> stage != PetitionStage.DECISION_DISPATCH || inThisRound(petition, PetitionCommand.RESOLVE))
        .collect(Collectors.toList());
  }

  private static boolean inThisRound(Petition petition, PetitionCommand command) {
    List<PetitionEvent> history = petition.history();
    for (int i = history.size() - 1; i >= 0; i--) {
      PetitionCommand done = history.get(i).command();
      if (done == command) {
        return true;
      }
      if (done == PetitionCommand.LODGE_SECOND_COMPLAINT) {
        return false;
      }
    }
    return false;
  }

  private static Withdrawal withdrawal(PetitionKind kind, Purpose purpose, int dice) {
    List<Withdrawal> fitting = new ArrayList<>();
    if (purpose.stopping) {
      fitting.add(Withdrawal.whole());
    }
    if (purpose.staying) {
      fitting.add(Withdrawal.partial());
      if (kind == PetitionKind.DENUNCIATION) {
        for (ContinuationGround ground : ContinuationGround.values()) {
          fitting.add(Withdrawal.whole().continuedBecause(ground));
        }
      }
    }
    return pick(fitting, dice);
  }

  private static <T> T pick(List<T> from, int dice) {
    return from.get(dice % from.size());
  }
}
