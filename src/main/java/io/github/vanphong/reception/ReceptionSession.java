package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.Intake;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.Petitioners;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A reception session (buổi tiếp công dân) and what happened at it: its {@link SessionOpening} and the append-only
 * history of its {@link SessionEvent}s, from which its state, its matters and its refusals are derived. For example
 * the periodic day of the chair of Hậu Giang's People's Committee on 2016-01-15: opened, three matters received, one
 * citizen refused, ended, and its conclusion notice issued a week later.
 *
 * <p>The workflow: open → receive matters and refuse citizens, on the session's day → end → for the head's own
 * reception, issue the conclusion notice (thông báo kết luận việc tiếp công dân); a refusal that needs a written
 * notice has it issued after the session has ended. Each command is a method that takes its data, then the day
 * ({@code on}), then the officer who records it ({@code by}), and returns a new session with one more event, or throws
 * a {@link ReceptionWorkflowException} naming the state, the command, the commands allowed there and the rule; the
 * session it was given to never changes. {@link #replay} rebuilds a session from its history, checking every step.
 *
 * <p><b>The rules it applies are its rule book's</b> ({@link ReceptionRuleBook#standard()} unless given), chosen by
 * the day of the act: a ground of refusal is one on the day of the refusal ({@link ReceptionRuleBook#refusalRule}); a
 * delegation is received only if it fits the rules of delegations ({@link ReceptionRuleBook#findings(Delegation,
 * LocalDate) ReceptionRuleBook.findings}), or the receipt is refused with every finding; the conclusion notice follows the head's own reception
 * where a rule in force provides it ({@link ProcedureRequirement#CONCLUSION_NOTICE}); a session online needs {@link
 * ProcedureRequirement#ONLINE_RECEPTION}.
 *
 * <p>Every matter becomes a petition received in person ({@link #intakes()}); the citizens' identities are
 * confidential: nothing a session shows contains them, {@link #redacted()} gives the copy without them, and the one way
 * to them is the petition's {@link io.github.vanphong.petition.Petition#revealIdentity}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReceptionSession {

  private final SessionOpening opening;
  private final ImmutableList<SessionEvent> history;
  private final ReceptionRuleBook book;
  private final SessionState state;
  private final ImmutableList<Matter> matters;
  private final ImmutableList<Refusal> refusals;
  private final @Nullable SessionEvent conclusion;

  private ReceptionSession(
      SessionOpening opening,
      ImmutableList<SessionEvent> history,
      ReceptionRuleBook book,
      SessionState state,
      ImmutableList<Matter> matters,
      ImmutableList<Refusal> refusals,
      @Nullable SessionEvent conclusion) {
    this.opening = opening;
    this.history = history;
    this.book = book;
    this.state = state;
    this.matters = matters;
    this.refusals = refusals;
    this.conclusion = conclusion;
  }

  // ---- making sessions -------------------------------------------------------------------------------------------

  /**
   * Opens a session on its day under the standard rule book.
   *
   * @param opening what is known of it, not null
   * @param on the day of the session, not null
   * @param by the officer who records it, not null
   * @return the session, {@link SessionState#OPEN}, not null
   * @throws IllegalArgumentException if the session is online on a day no rule provides online reception
   */
  public static ReceptionSession open(SessionOpening opening, LocalDate on, PersonId by) {
    return open(opening, ReceptionRuleBook.standard(), on, by);
  }

  /**
   * Opens a session on its day under a rule book, for example the standard rules with a province's own.
   *
   * @param opening what is known of it, not null
   * @param book the rule book, not null
   * @param on the day of the session, not null
   * @param by the officer who records it, not null
   * @return the session, {@link SessionState#OPEN}, not null
   * @throws IllegalArgumentException if the session is online on a day no rule of the book provides online reception
   */
  public static ReceptionSession open(SessionOpening opening, ReceptionRuleBook book, LocalDate on, PersonId by) {
    requireNonNull(opening, "opening");
    requireNonNull(book, "book");
    requireNonNull(on, "on");
    if (opening.place() == ReceptionPlace.ONLINE) {
      checkArgument(
          book.procedure(ProcedureRequirement.ONLINE_RECEPTION, on).isPresent(),
          "session %s is online on %s, and no rule of the book provides online reception that day (%s from %s)",
          opening.id(),
          on,
          ReceptionRuleBook.ONLINE_RECEPTION.name(),
          ReceptionRuleBook.ONLINE_RECEPTION.validity().start());
    }
    SessionEvent opened =
        SessionEvent.builder().command(SessionCommand.OPEN).on(on).by(by).opening(opening).build();
    return new ReceptionSession(
        opening, ImmutableList.of(opened), book, SessionState.OPEN, ImmutableList.of(), ImmutableList.of(), null);
  }

  /**
   * Rebuilds a session from its history under the standard rule book, checking every step as the commands do.
   *
   * @param history the events, the first an {@link SessionCommand#OPEN}, not null
   * @return the session, not null
   * @throws IllegalArgumentException if the history is empty, does not start with the opening, or an event's data
   *     does not fit where it stands
   * @throws ReceptionWorkflowException if an event's command is not allowed where it stands
   */
  public static ReceptionSession replay(List<SessionEvent> history) {
    return replay(history, ReceptionRuleBook.standard());
  }

  /**
   * Rebuilds a session from its history under a rule book, checking every step as the commands do. Replaying a
   * session's own history under its own book gives an equal session.
   *
   * @param history the events, the first an {@link SessionCommand#OPEN}, not null
   * @param book the rule book, not null
   * @return the session, not null
   * @throws IllegalArgumentException if the history is empty, does not start with the opening, or an event's data
   *     does not fit where it stands
   * @throws ReceptionWorkflowException if an event's command is not allowed where it stands under the book
   */
  public static ReceptionSession replay(List<SessionEvent> history, ReceptionRuleBook book) {
    Arguments.elements(history, "history");
    requireNonNull(book, "book");
    checkArgument(!history.isEmpty(), "a session's history starts with its opening; this one is empty");
    SessionEvent first = history.get(0);
    checkArgument(
        first.command() == SessionCommand.OPEN,
        "a session's history starts with its opening; this one starts with %s",
        first);
    ReceptionSession session = open(first.opening().orElseThrow(), book, first.on(), first.by());
    for (SessionEvent event : history.subList(1, history.size())) {
      session = session.apply(event);
    }
    return session;
  }

  // ---- what it is ------------------------------------------------------------------------------------------------

  /**
   * Returns what was known when it opened.
   *
   * @return the opening, not null
   */
  public SessionOpening opening() {
    return opening;
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier, not null
   */
  public SessionId id() {
    return opening.id();
  }

  /**
   * Returns the day of the session.
   *
   * @return the day, not null
   */
  public LocalDate day() {
    return history.get(0).on();
  }

  /**
   * Returns the unit that holds the reception and keeps its register.
   *
   * @return the unit, not null
   */
  public UnitId unit() {
    return opening.unit();
  }

  /**
   * Returns the person who receives.
   *
   * @return the person, not null
   */
  public PersonId receiver() {
    return opening.receiver();
  }

  /**
   * Returns the post in which the person receives.
   *
   * @return the post, not null
   */
  public Post post() {
    return opening.post();
  }

  /**
   * Returns the kind of reception.
   *
   * @return the kind, not null
   */
  public SessionKind kind() {
    return opening.kind();
  }

  /**
   * Returns the rule book the session is held under.
   *
   * @return the rule book, not null
   */
  public ReceptionRuleBook ruleBook() {
    return book;
  }

  /**
   * Returns the history, oldest first; the first event is the opening.
   *
   * @return the events, one or more, not null
   */
  public ImmutableList<SessionEvent> history() {
    return history;
  }

  /**
   * Returns the state, derived from the history.
   *
   * @return the state, not null
   */
  public SessionState state() {
    return state;
  }

  /**
   * Returns the matters received, in the order received.
   *
   * @return the matters, possibly empty, not null
   */
  public ImmutableList<Matter> matters() {
    return matters;
  }

  /**
   * Returns the citizens refused, in order, numbered from 1.
   *
   * @return the refusals, possibly empty, not null
   */
  public ImmutableList<Refusal> refusals() {
    return refusals;
  }

  /**
   * Returns the petitions' intakes the matters become: received in person on the session's day by its unit, in the
   * order received.
   *
   * @return the intakes, one per matter, not null
   */
  public ImmutableList<Intake> intakes() {
    return matters.stream().map(m -> m.intakeAt(day(), unit())).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the day the conclusion notice was issued.
   *
   * @return the day, or empty before it is issued
   */
  public Optional<LocalDate> concludedOn() {
    return Optional.ofNullable(conclusion).map(SessionEvent::on);
  }

  /**
   * Returns the number and symbol of the conclusion notice, for example "25-TB/TU".
   *
   * @return the reference, or empty before it is issued
   */
  public Optional<String> conclusionNotice() {
    return Optional.ofNullable(conclusion).flatMap(SessionEvent::reference);
  }

  /**
   * Returns the day of the last event.
   *
   * @return the day, not null
   */
  public LocalDate lastEventDay() {
    return history.get(history.size() - 1).on();
  }

  /**
   * Returns the commands this session allows on the day of its last event, given its state, kind, refusals and rule
   * book. A command in the set may still refuse bad data, such as a ground not in force on the day.
   *
   * @return the commands, not null
   */
  public ImmutableSet<SessionCommand> allowedCommands() {
    return allowedCommandsOn(lastEventDay());
  }

  /**
   * Returns the commands this session allows on a day, on or after its last event: as {@link #allowedCommands()},
   * with the rules read on that day.
   *
   * @param day the day, on or after the last event, not null
   * @return the commands, not null
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ImmutableSet<SessionCommand> allowedCommandsOn(LocalDate day) {
    requireNonNull(day, "day");
    checkArgument(
        !day.isBefore(lastEventDay()),
        "session %s's last event is on %s; its commands are not asked for on %s",
        id(),
        lastEventDay(),
        day);
    EnumSet<SessionCommand> allowed = EnumSet.noneOf(SessionCommand.class);
    for (SessionCommand command : state.allowedCommands()) {
      if (refusalOf(command, day).isEmpty()) {
        allowed.add(command);
      }
    }
    return ImmutableSet.copyOf(allowed);
  }

  // ---- commands --------------------------------------------------------------------------------------------------

  /**
   * Receives a matter from a citizen or a delegation, on the session's day. A delegation's matter is received only if
   * the delegation fits the rules of delegations in force that day.
   *
   * @param matter the matter, whose identifier no other matter of the session has, not null
   * @param on the session's day, not null
   * @param by the officer who records it, not null
   * @return the session with the matter received, not null
   * @throws ReceptionWorkflowException if the session is not open, or the delegation breaks a rule ({@link
   *     ReceptionWorkflowException#findings()} holds every finding)
   * @throws IllegalArgumentException if the day is not the session's, or a matter of the same identifier was received
   */
  public ReceptionSession receive(Matter matter, LocalDate on, PersonId by) {
    return apply(event(SessionCommand.RECEIVE, on, by).matter(matter).build());
  }

  /**
   * Refuses citizens reception on a ground of law, on the session's day.
   *
   * @param ground the ground, one the book has in force on the day, not null
   * @param citizens the citizens refused, not null
   * @param on the session's day, not null
   * @param by the officer who refuses, not null
   * @return the session with the refusal recorded, not null
   * @throws ReceptionWorkflowException if the session is not open
   * @throws IllegalArgumentException if the ground is not one on the day, or the day is not the session's
   */
  public ReceptionSession refuse(RefusalGround ground, Petitioners citizens, LocalDate on, PersonId by) {
    return apply(event(SessionCommand.REFUSE, on, by).ground(ground).citizens(citizens).build());
  }

  /**
   * Refuses citizens reception on a ground of law, naming the earlier petition of the same case: for example a repeat
   * denouncer of a case resolved correctly ({@link RefusalGround#DRAWN_OUT}).
   *
   * @param ground the ground, one the book has in force on the day, not null
   * @param citizens the citizens refused, not null
   * @param earlier the earlier petition of the case, not null
   * @param on the session's day, not null
   * @param by the officer who refuses, not null
   * @return the session with the refusal recorded, not null
   * @throws ReceptionWorkflowException if the session is not open
   * @throws IllegalArgumentException if the ground is not one on the day, or the day is not the session's
   */
  public ReceptionSession refuse(
      RefusalGround ground, Petitioners citizens, PetitionId earlier, LocalDate on, PersonId by) {
    return apply(
        event(SessionCommand.REFUSE, on, by).ground(ground).citizens(citizens).earlier(earlier).build());
  }

  /**
   * Ends the session, on its day.
   *
   * @param on the session's day, not null
   * @param by the officer who records it, not null
   * @return the session, {@link SessionState#ENDED}, not null
   * @throws ReceptionWorkflowException if the session is not open
   * @throws IllegalArgumentException if the day is not the session's
   */
  public ReceptionSession end(LocalDate on, PersonId by) {
    return apply(event(SessionCommand.END, on, by).build());
  }

  /**
   * Records the conclusion notice of the head's own reception (thông báo kết luận việc tiếp công dân).
   *
   * @param reference the notice's number and symbol, not blank, not null
   * @param on the day it was issued, not before the last event, not null
   * @param by the officer who records it, not null
   * @return the session, {@link SessionState#CONCLUDED}, not null
   * @throws ReceptionWorkflowException if the session has not ended, is regular reception by staff, or no rule of the
   *     book in force on the day provides the notice
   * @throws IllegalArgumentException if the reference is blank, or the day is before the last event
   */
  public ReceptionSession issueConclusionNotice(String reference, LocalDate on, PersonId by) {
    return apply(event(SessionCommand.ISSUE_CONCLUSION_NOTICE, on, by).reference(reference).build());
  }

  /**
   * Records the written notice of a refusal (thông báo từ chối tiếp công dân).
   *
   * @param refusal the number of the refusal in the session, one whose notice is pending
   * @param reference the notice's number and symbol, not blank, not null
   * @param on the day it was issued, not before the last event, not null
   * @param by the officer who records it, not null
   * @return the session with the notice recorded, not null
   * @throws ReceptionWorkflowException if the session has not ended, or no refusal awaits a written notice
   * @throws IllegalArgumentException if the refusal has no pending notice, the reference is blank, or the day is
   *     before the last event
   */
  public ReceptionSession notifyRefusal(int refusal, String reference, LocalDate on, PersonId by) {
    return apply(
        event(SessionCommand.NOTIFY_REFUSAL, on, by).refusal(refusal).reference(reference).build());
  }

  /**
   * Applies an event as its command would: the general form of the commands, for applications that receive events
   * from elsewhere.
   *
   * @param event the event, of any command but {@link SessionCommand#OPEN}, not null
   * @return the session with the event appended, not null
   * @throws ReceptionWorkflowException if the command is not allowed now
   * @throws IllegalArgumentException if the event's data does not fit the session, or its day is before the last
   *     event
   */
  public ReceptionSession apply(SessionEvent event) {
    requireNonNull(event, "event");
    checkArgument(
        !event.on().isBefore(lastEventDay()),
        "a session's history runs forward: %s on %s cannot follow the event of %s",
        event.command(),
        event.on(),
        lastEventDay());
    Optional<Objection> objection = refusalOf(event.command(), event.on());
    if (objection.isEmpty()) {
      checkData(event);
      objection = delegationRefusal(event, event.on());
    }
    if (objection.isPresent()) {
      throw new ReceptionWorkflowException(
          id(),
          state,
          event.command(),
          allowedCommandsOn(event.on()),
          objection.get().rule(),
          objection.get().facts(),
          objection.get().findings());
    }
    return next(event);
  }

  /**
   * Returns the copy without identities: every matter and refusal, and the history, redacted. A redacted copy
   * replays to itself.
   *
   * @return the redacted copy, not null
   */
  public ReceptionSession redacted() {
    return new ReceptionSession(
        opening,
        history.stream().map(SessionEvent::redacted).collect(ImmutableList.toImmutableList()),
        book,
        state,
        matters.stream().map(Matter::redacted).collect(ImmutableList.toImmutableList()),
        refusals.stream().map(Refusal::redacted).collect(ImmutableList.toImmutableList()),
        conclusion);
  }

  // ---- the state machine -----------------------------------------------------------------------------------------

  private static SessionEvent.Builder event(SessionCommand command, LocalDate on, PersonId by) {
    return SessionEvent.builder().command(command).on(on).by(by);
  }

  /** Why a command is refused: the rule that refuses it, if a rule does, the facts and the findings. */
  private record Objection(
      Optional<ReceptionRule> rule, String facts, ImmutableList<ReceptionViolation> findings) {
    static Objection byState() {
      return new Objection(Optional.empty(), "", ImmutableList.of());
    }

    static Objection byFacts(String facts) {
      return new Objection(Optional.empty(), facts, ImmutableList.of());
    }
  }

  private Optional<Objection> refusalOf(SessionCommand command, LocalDate day) {
    if (!state.allowedCommands().contains(command)) {
      return Optional.of(Objection.byState());
    }
    return switch (command) {
      case ISSUE_CONCLUSION_NOTICE -> conclusionRefusal(day);
      case NOTIFY_REFUSAL ->
          refusals.stream().anyMatch(Refusal::isNoticePending)
              ? Optional.empty()
              : Optional.of(Objection.byFacts("no refusal of the session awaits a written notice"));
      default -> Optional.empty();
    };
  }

  /** The refusal of a delegation's matter that breaks the rules of delegations on the day, with every finding. */
  private Optional<Objection> delegationRefusal(SessionEvent event, LocalDate day) {
    Optional<Delegation> delegation = event.matter().flatMap(Matter::delegation);
    if (delegation.isEmpty()) {
      return Optional.empty();
    }
    ImmutableList<ReceptionViolation> findings = book.findings(delegation.get(), day);
    if (findings.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Objection(
            Optional.of(findings.get(0).rule()),
            findings.stream().map(ReceptionViolation::message).collect(Collectors.joining("; ")),
            findings));
  }

  private Optional<Objection> conclusionRefusal(LocalDate day) {
    if (!kind().isHeads()) {
      return Optional.of(
          Objection.byFacts(
              "a conclusion notice follows the head's own reception; session "
                  + id()
                  + " is "
                  + kind()
                  + ", reception by staff"));
    }
    if (book.procedure(ProcedureRequirement.CONCLUSION_NOTICE, day).isEmpty()) {
      return Optional.of(
          Objection.byFacts("no rule of the book provides a conclusion notice of the head's reception on " + day));
    }
    return Optional.empty();
  }

  /** Checks the event's data against the session; a mismatch is a bad argument, not a bad state. */
  private void checkData(SessionEvent event) {
    switch (event.command()) {
      case RECEIVE, REFUSE, END ->
          checkArgument(
              event.on().equals(day()),
              "session %s is held on %s; %s on %s is not of its day",
              id(),
              day(),
              event.command(),
              event.on());
      default -> {
        // the notices come on any later day
      }
    }
    switch (event.command()) {
      case RECEIVE -> {
        PetitionId received = event.matter().orElseThrow().id();
        checkArgument(
            matters.stream().noneMatch(m -> m.id().equals(received)),
            "session %s already received the matter %s",
            id(),
            received);
      }
      case REFUSE -> {
        RefusalGround ground = event.ground().orElseThrow();
        checkArgument(
            book.refusalRule(ground, event.on()).isPresent(),
            "%s is not a ground of refusal on %s under the session's rule book; the grounds that day are %s",
            ground,
            event.on(),
            book.groundsOn(event.on()));
      }
      case NOTIFY_REFUSAL -> {
        int number = event.refusal().orElseThrow();
        checkArgument(
            number <= refusals.size() && refusals.get(number - 1).isNoticePending(),
            "refusal %s of session %s has no written notice pending; the session has %s refusals, pending: %s",
            number,
            id(),
            refusals.size(),
            refusals.stream()
                .filter(Refusal::isNoticePending)
                .map(r -> r.number())
                .collect(Collectors.toList()));
      }
      default -> {
        // the other commands carry no data to check against the session
      }
    }
  }

  private ReceptionSession next(SessionEvent event) {
    ImmutableList<SessionEvent> longer =
        ImmutableList.<SessionEvent>builderWithExpectedSize(history.size() + 1).addAll(history).add(event).build();
    ImmutableList<Matter> nextMatters = matters;
    ImmutableList<Refusal> nextRefusals = refusals;
    @Nullable SessionEvent nextConclusion = conclusion;
    SessionState nextState = state;
    switch (event.command()) {
      case RECEIVE ->
          nextMatters =
              ImmutableList.<Matter>builder().addAll(matters).add(event.matter().orElseThrow()).build();
      case REFUSE -> {
        RefusalGround ground = event.ground().orElseThrow();
        Refusal refusal =
            ImmutableRefusal.builder()
                .number(refusals.size() + 1)
                .ground(ground)
                .rule(book.refusalRule(ground, event.on()).orElseThrow())
                .on(event.on())
                .by(event.by())
                .citizens(event.citizens().orElseThrow())
                .earlier(event.earlier())
                .build();
        nextRefusals =
            ImmutableList.<Refusal>builder().addAll(refusals).add(refusal).build();
      }
      case END -> nextState = SessionState.ENDED;
      case ISSUE_CONCLUSION_NOTICE -> {
        nextState = SessionState.CONCLUDED;
        nextConclusion = event;
      }
      case NOTIFY_REFUSAL -> {
        int index = event.refusal().orElseThrow() - 1;
        ImmutableList.Builder<Refusal> notified = ImmutableList.builder();
        for (int i = 0; i < refusals.size(); i++) {
          notified.add(
              i == index
                  ? refusals.get(i).notified(event.on(), event.reference().orElseThrow())
                  : refusals.get(i));
        }
        nextRefusals = notified.build();
      }
      case OPEN -> throw new IllegalStateException("an opening is never applied: the state forbids it");
    }
    return new ReceptionSession(opening, longer, book, nextState, nextMatters, nextRefusals, nextConclusion);
  }

  // ---- value -----------------------------------------------------------------------------------------------------

  /**
   * Returns whether the other object is a session with the same history and rule book.
   *
   * @param o the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReceptionSession other && history.equals(other.history) && book.equals(other.book);
  }

  @Override
  public int hashCode() {
    return Objects.hash(history, book);
  }

  /**
   * Returns a short form with no personal data, for example "ReceptionSession[HG-TCD-2016-01-15 HEAD_PERIODIC ENDED on
   * 2016-01-15, 3 matters, 1 refusal]".
   *
   * @return the identifier, kind, state, day and counts, not null
   */
  @Override
  public String toString() {
    return "ReceptionSession["
        + id()
        + " "
        + kind()
        + " "
        + state
        + " on "
        + day()
        + ", "
        + matters.size()
        + (matters.size() == 1 ? " matter, " : " matters, ")
        + refusals.size()
        + (refusals.size() == 1 ? " refusal]" : " refusals]");
  }
}
