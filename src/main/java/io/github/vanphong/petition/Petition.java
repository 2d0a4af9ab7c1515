package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.PersistentVector;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A petition (đơn) and its handling: what was received ({@link Intake}) and the append-only history of what the
 * office did with it ({@link PetitionEvent}s), from which its state is derived. For example a denunciation received
 * on Friday 2016-03-04, classified, accepted, verified and concluded.
 *
 * <p>The workflow: receive → classify → accept (thụ lý), or refuse for a statutory reason, or forward to the
 * competent body, or guide the petitioner, or file → verify → assess complexity, extend → suspend and resume →
 * resolve → for a complaint, a second complaint, or finality → close. Withdrawal is allowed where the law allows it
 * (Luật Khiếu nại 02/2011/QH13, Điều 10; Luật Tố cáo 25/2018/QH14, Điều 33). Each command is a method that takes
 * its data, then the day ({@code on}), then the officer ({@code by}), and returns a new petition with one more event,
 * or throws a {@link PetitionWorkflowException} naming the state, the command, the commands allowed there and the
 * rule; the petition it was given to never changes. Every event's day is on or after the day of the event before it.
 *
 * <p><b>The rules it enforces are its rule book's.</b> A petition is handled under a {@link PetitionRuleBook}
 * ({@link PetitionRuleBook#standard()} unless given), and every rule of law the workflow applies is read from it,
 * chosen by the day the rule says: which steps the law provides (a refusal, a suspension, a withdrawal, a second
 * complaint), what an acceptance, a forwarding or a guidance requires ({@link WorkflowRule}), and how many times and
 * by how much a stage may be extended ({@link PetitionTimeLimit#maxExtensions()}: the processing of a denunciation
 * once to 10 working days in all, its resolution once if complex and twice if especially complex, a complaint not at
 * all). The same book gives the deadlines ({@link #deadlines}), so the two cannot disagree. A refused command names
 * the rule that refused it ({@link PetitionWorkflowException#rule()}), or none if the state forbids it.
 *
 * <p>The petitioners' identities are confidential (Luật Tố cáo, Điều 8, 9, 47, 56): nothing a petition shows
 * contains them, {@link #redacted()} returns the copy that goes to verifiers, and {@link #revealIdentity} is the one
 * way to them, recorded in the history with its reason.
 *
 * <p>A command costs about the same whatever the length of the history: a petition shares its events with the
 * petition it was made from instead of copying them; {@link #history()} makes its list once, on first use.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Petition {

  private static final Set<PetitionStage> NOTICES =
      EnumSet.of(
          PetitionStage.ACCEPTANCE_NOTICE,
          PetitionStage.RECEIPT_NOTICE,
          PetitionStage.PARTY_RECEIPT_NOTICE,
          PetitionStage.RESULT_RELAY,
          PetitionStage.DECISION_DISPATCH);

  private final Intake intake;

  /** The events, oldest first, shared with the petitions this one was made from. */
  private final PersistentVector<PetitionEvent> history;

  private final PetitionRuleBook book;
  private final PetitionState state;
  private final ComplaintRound round;
  private final Complexity complexity;
  private final @Nullable Classification classification;
  private final @Nullable LocalDate accepted;
  private final ImmutableMap<PetitionStage, Integer> extensions;

  /** {@link #history} as a list, made on first use; racy single-check, as ImmutableList is safely published. */
  private @Nullable ImmutableList<PetitionEvent> historyList;

  private Petition(
      Intake intake,
      PersistentVector<PetitionEvent> history,
      PetitionRuleBook book,
      PetitionState state,
      ComplaintRound round,
      Complexity complexity,
      @Nullable Classification classification,
      @Nullable LocalDate accepted,
      ImmutableMap<PetitionStage, Integer> extensions) {
    this.intake = intake;
    this.history = history;
    this.book = book;
    this.state = state;
    this.round = round;
    this.complexity = complexity;
    this.classification = classification;
    this.accepted = accepted;
    this.extensions = extensions;
  }

  /**
   * Registers a received petition (tiếp nhận) under the standard rule book: its history starts with a {@link
   * PetitionCommand#RECEIVE} event on the day received.
   *
   * @param intake what was received, not null
   * @param by the officer who registered it, not null
   * @return the petition, {@link PetitionState#RECEIVED}, not null
   */
  public static Petition receive(Intake intake, PersonId by) {
    return receive(intake, PetitionRuleBook.standard(), by);
  }

  /**
   * Registers a received petition (tiếp nhận) under a rule book, for example the standard rules with a province's
   * own: every rule the workflow and the deadlines apply is read from it.
   *
   * @param intake what was received, not null
   * @param book the rule book, not null
   * @param by the officer who registered it, not null
   * @return the petition, {@link PetitionState#RECEIVED}, not null
   */
  public static Petition receive(Intake intake, PetitionRuleBook book, PersonId by) {
    requireNonNull(intake, "intake");
    requireNonNull(book, "book");
    PetitionEvent received =
        PetitionEvent.builder().command(PetitionCommand.RECEIVE).on(intake.received()).by(by).build();
    return new Petition(
        intake,
        PersistentVector.<PetitionEvent>empty().plus(received),
        book,
        PetitionState.RECEIVED,
        ComplaintRound.FIRST,
        Complexity.NORMAL,
        null,
        null,
        ImmutableMap.of());
  }

  /**
   * Rebuilds a petition from its intake and history under the standard rule book, checking every step as the
   * commands do: for example from the events an application stored.
   *
   * @param intake what was received, not null
   * @param history the events, the first a {@link PetitionCommand#RECEIVE} on the day received, not null
   * @return the petition, not null
   * @throws IllegalArgumentException if the history is empty, does not start with the receipt on the day
   *     received, or an event is not valid where it stands
   * @throws PetitionWorkflowException if an event's command is not allowed where it stands
   */
  public static Petition replay(Intake intake, List<PetitionEvent> history) {
    return replay(intake, history, PetitionRuleBook.standard());
  }

  /**
   * Rebuilds a petition from its intake and history under a rule book, checking every step as the commands do.
   * Replaying a petition's own history under its own book gives an equal petition, a redacted copy's too: its history
   * keeps the accesses to the identities made before it was redacted, though the copy allows no new one.
   *
   * @param intake what was received, not null
   * @param history the events, the first a {@link PetitionCommand#RECEIVE} on the day received, not null
   * @param book the rule book, not null
   * @return the petition, not null
   * @throws IllegalArgumentException if the history is empty, does not start with the receipt on the day
   *     received, or an event is not valid where it stands
   * @throws PetitionWorkflowException if an event's command is not allowed where it stands under the book
   */
  public static Petition replay(Intake intake, List<PetitionEvent> history, PetitionRuleBook book) {
    requireNonNull(intake, "intake");
    Arguments.elements(history, "history");
    requireNonNull(book, "book");
    checkArgument(!history.isEmpty(), "a petition's history starts with its receipt; this one is empty");
    PetitionEvent first = history.get(0);
    checkArgument(
        first.command() == PetitionCommand.RECEIVE && first.on().equals(intake.received()),
        "a petition's history starts with its receipt on the day received (%s); this one starts with %s",
        intake.received(),
        first);
    Petition petition = receive(intake, book, first.by());
    for (PetitionEvent event : history.subList(1, history.size())) {
      petition = petition.apply(event, true);
    }
    return petition;
  }

  // ---- what was received -------------------------------------------------------------------------------------

  /**
   * Returns what was received.
   *
   * @return the intake, not null
   */
  public Intake intake() {
    return intake;
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier, not null
   */
  public PetitionId id() {
    return intake.id();
  }

  /**
   * Returns the kind.
   *
   * @return the kind, not null
   */
  public PetitionKind kind() {
    return intake.kind();
  }

  /**
   * Returns the day received.
   *
   * @return the day, not null
   */
  public LocalDate received() {
    return intake.received();
  }

  /**
   * Returns the rule book the petition is handled under.
   *
   * @return the rule book, not null
   */
  public PetitionRuleBook ruleBook() {
    return book;
  }

  /**
   * Returns this petition handled under another rule book: its history replayed under the new book, for example an
   * application's stricter rules.
   *
   * @param other the rule book, not null
   * @return the petition under the other book, not null
   * @throws PetitionWorkflowException if a step of the history is not allowed under the other book; this petition
   *     is left as it was
   */
  public Petition withRuleBook(PetitionRuleBook other) {
    requireNonNull(other, "other");
    return other.equals(book) ? this : replay(intake, history(), other);
  }

  // ---- what follows from the history -------------------------------------------------------------------------

  /**
   * Returns the history, oldest first; the first event is the receipt. The list is made on the first call, in time
   * linear in the length of the history, and kept.
   *
   * @return the events, one or more, not null
   */
  public ImmutableList<PetitionEvent> history() {
    ImmutableList<PetitionEvent> list = historyList;
    if (list == null) {
      list = history.asList();
      historyList = list;
    }
    return list;
  }

  /**
   * Returns the state, derived from the history.
   *
   * @return the state, not null
   */
  public PetitionState state() {
    return state;
  }

  /**
   * Returns whether the petition is open, for exchange with other systems ({@link PetitionState#isOpen()}).
   *
   * @return true if open
   */
  public boolean isOpen() {
    return state.isOpen();
  }

  /**
   * Returns the round of a complaint: {@link ComplaintRound#SECOND} once a second complaint was lodged; {@link
   * ComplaintRound#FIRST} for every other petition.
   *
   * @return the round, not null
   */
  public ComplaintRound round() {
    return round;
  }

  /**
   * Returns the complexity last assessed in the current round; {@link Complexity#NORMAL} until assessed.
   *
   * @return the complexity, not null
   */
  public Complexity complexity() {
    return complexity;
  }

  /**
   * Returns the last classification recorded.
   *
   * @return the classification, or empty before classification
   */
  public Optional<Classification> classification() {
    return Optional.ofNullable(classification);
  }

  /**
   * Returns the procedure the petition is handled under: that of its classification, State law before it.
   *
   * @return the procedure, not null
   */
  public Procedure procedure() {
    return classification == null ? Procedure.STATE_LAW : classification.procedure();
  }

  /**
   * Returns the day the petition was accepted in the current round.
   *
   * @return the day, or empty if it was not accepted in this round
   */
  public Optional<LocalDate> acceptedOn() {
    return Optional.ofNullable(accepted);
  }

  /**
   * Returns the number of extensions of the resolution granted in the current round.
   *
   * @return the number, 0 or more
   */
  public int extensions() {
    return extensions(resolutionStage());
  }

  /**
   * Returns the number of extensions of a stage granted in the current round, for example 1 for the processing of a
   * denunciation extended to 10 working days.
   *
   * @param stage the stage, not null
   * @return the number, 0 or more
   */
  public int extensions(PetitionStage stage) {
    return extensions.getOrDefault(requireNonNull(stage, "stage"), 0);
  }

  /**
   * Returns the stage whose time runs now and may be extended: the processing of the letter before the decision to
   * accept it ({@link PetitionStage#PROCESSING}, or {@link PetitionStage#ACCEPTANCE} where the rule book counts the
   * acceptance instead, as the law of 2011 did), then its resolution while it is accepted or verified.
   *
   * @return the stage, or empty in a state where no such time runs
   */
  public Optional<PetitionStage> runningStage() {
    PetitionStage stage = runningStageOrProcessing();
    return isRunning(stage) ? Optional.of(stage) : Optional.empty();
  }

  /**
   * Returns the time limit of a stage of this petition under its rule book: in its current round and complexity,
   * chosen on the day of its last event. For example the rule of 30 days, extended once by at most 30, of a complex
   * denunciation.
   *
   * @param stage the stage, not null
   * @return the rule, or empty if the stage does not exist for the petition's kind or the book has no rule for it
   */
  public Optional<PetitionTimeLimit> timeLimit(PetitionStage stage) {
    return limitFor(requireNonNull(stage, "stage"), ruleDays(lastEventDay()));
  }

  /**
   * Returns the day of the last event.
   *
   * @return the day, not null
   */
  public LocalDate lastEventDay() {
    return history.last().on();
  }

  /**
   * Returns the days that choose the rules of this petition for an act on a day: the day received, the day accepted
   * in the current round, and the day of the act.
   *
   * @param act the day of the act, on or after the last event, not null
   * @return the days, not null
   * @throws IllegalArgumentException if the day is before the day accepted
   */
  public RuleDays ruleDays(LocalDate act) {
    RuleDays days = RuleDays.received(received());
    if (accepted != null) {
      days = days.accepted(accepted);
    }
    return days.act(act);
  }

  /**
   * Returns the commands this petition allows on the day of its last event, given its state, kind, classification,
   * history and rule book. A command in the set may still refuse bad data, such as a refusal reason of another kind;
   * a rule chosen by the day of the act may allow it on a later day.
   *
   * @return the commands, not null
   */
  public ImmutableSet<PetitionCommand> allowedCommands() {
    return allowedCommandsOn(lastEventDay());
  }

  /**
   * Returns the commands this petition allows on a day, on or after its last event: as {@link #allowedCommands()},
   * with the rules chosen by the day of the act read on that day.
   *
   * @param day the day, on or after the last event, not null
   * @return the commands, not null
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ImmutableSet<PetitionCommand> allowedCommandsOn(LocalDate day) {
    requireNonNull(day, "day");
    checkArgument(
        !day.isBefore(lastEventDay()),
        "petition %s's last event is on %s; its commands are not asked for on %s",
        id(),
        lastEventDay(),
        day);
    EnumSet<PetitionCommand> allowed = EnumSet.noneOf(PetitionCommand.class);
    for (PetitionCommand command : state.allowedCommands()) {
      if (refusalOf(command, Optional.empty(), day).isEmpty()) {
        allowed.add(command);
      }
    }
    return ImmutableSet.copyOf(allowed);
  }

  // ---- commands ----------------------------------------------------------------------------------------------

  /**
   * Records the classification (phân loại): by content, eligibility and competence (Thông tư 05/2021/TT-TTCP). A
   * classified petition may be classified again, for example when facts come to light.
   *
   * @param found the classification, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the classified petition, not null
   * @throws PetitionWorkflowException if the petition is past classification
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition classify(Classification found, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.CLASSIFY, on, by).classification(found).build());
  }

  /**
   * Accepts the petition for resolution (thụ lý): a classified petition that the rules in force let be accepted
   * (eligible, within competence: {@link PetitionRuleBook#ACCEPT_ONLY_ELIGIBLE} and the rules of competence), or a
   * second complaint.
   *
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the accepted petition, not null
   * @throws PetitionWorkflowException if the petition is not classified, or a rule in force forbids the acceptance
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition accept(LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.ACCEPT, on, by).build());
  }

  /**
   * Refuses the petition (không thụ lý) for a statutory reason.
   *
   * @param reason the reason, of the petition's kind and procedure and in force on the day, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the refused petition, not null
   * @throws PetitionWorkflowException if the petition is not awaiting the decision to accept, or no rule in force
   *     provides a refusal for its kind
   * @throws IllegalArgumentException if the reason is of another kind or procedure, or not in force on the day, or
   *     the day is before the last event
   */
  public Petition refuse(RefusalReason reason, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.REFUSE, on, by).refusalReason(reason).build());
  }

  /**
   * Forwards the petition to the competent body (chuyển đơn); a denunciation of the same content only once
   * ({@link PetitionRuleBook#FORWARD_DENUNCIATION_ONCE}).
   *
   * @param to the competent body, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the forwarded petition, not null
   * @throws PetitionWorkflowException if it is not classified, or a rule in force forbids the forwarding: it is
   *     within competence, or it is a denunciation whose content was already forwarded
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition forward(UnitId to, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.FORWARD, on, by).destination(to).build());
  }

  /**
   * Guides the petitioner to the competent body (hướng dẫn), once on the same content ({@link
   * PetitionRuleBook#GUIDE_ONCE}).
   *
   * @param to the competent body, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the petition, {@link PetitionState#GUIDED}, not null
   * @throws PetitionWorkflowException if it is not classified, or the petitioner was already guided once
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition guide(UnitId to, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.GUIDE, on, by).destination(to).build());
  }

  /**
   * Files the petition without further action (lưu đơn), as for a letter not eligible for processing.
   *
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the filed petition, not null
   * @throws PetitionWorkflowException if it is not classified
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition file(LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.FILE, on, by).build());
  }

  /**
   * Begins verification (xác minh) of an accepted petition.
   *
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the petition, {@link PetitionState#VERIFYING}, not null
   * @throws PetitionWorkflowException if it is not accepted
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition startVerification(LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.START_VERIFICATION, on, by).build());
  }

  /**
   * Records the criteria of complexity found (Nghị định 31/2019/NĐ-CP, Điều 3): none is normal, one complex, two
   * or more especially complex ({@link Complexity#of}).
   *
   * @param criteria the criteria found, possibly empty, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the petition with its complexity, not null
   * @throws PetitionWorkflowException if it is not accepted or being verified
   * @throws IllegalArgumentException if the day is before the last event, the complexity found allows fewer
   *     extensions than were already granted, or a rule in force asks for a written record of a complexity found
   *     ({@link PetitionRuleBook#COMPLAINT_COMPLEXITY_IN_WRITING}: use {@link #assessComplexity(Set, String,
   *     LocalDate, PersonId) assessComplexity})
   */
  public Petition assessComplexity(Set<ComplexityCriterion> criteria, LocalDate on, PersonId by) {
    Arguments.elements(criteria, "criteria");
    return apply(event(PetitionCommand.ASSESS_COMPLEXITY, on, by).criteria(criteria).build());
  }

  /**
   * Records the criteria of complexity found, with the written record that states them: from 2026-07-01 a
   * complaint's complexity must be recorded in writing and kept in the case file (Nghị định 124/2020/NĐ-CP, Điều
   * 3a, added by Nghị định 155/2026/NĐ-CP; {@link PetitionRuleBook#COMPLAINT_COMPLEXITY_IN_WRITING}).
   *
   * @param criteria the criteria found, possibly empty, not null
   * @param writtenRecord the reference of the document that records them, for example "Tờ trình số 15/TTr-TTT ngày
   *     10/7/2026", not blank, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the petition with its complexity, not null
   * @throws PetitionWorkflowException if it is not accepted or being verified
   * @throws IllegalArgumentException if the record is blank, the day is before the last event, or the complexity
   *     found allows fewer extensions than were already granted
   */
  public Petition assessComplexity(
      Set<ComplexityCriterion> criteria, String writtenRecord, LocalDate on, PersonId by) {
    Arguments.elements(criteria, "criteria");
    return apply(
        event(PetitionCommand.ASSESS_COMPLEXITY, on, by).criteria(criteria).writtenRecord(writtenRecord).build());
  }

  /**
   * Extends the time to resolve (gia hạn giải quyết): the resolution, or in the Party's channel the Party's
   * resolution, as far as the time limit of the rule book allows it.
   *
   * @param days the days added, from 1 to the longest extension the rule allows
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the extended petition, not null
   * @throws PetitionWorkflowException if the resolution cannot be extended now: not being resolved, or its rule
   *     allows no more extension
   * @throws IllegalArgumentException if the days are out of range, or the day is before the last event
   */
  public Petition extend(int days, LocalDate on, PersonId by) {
    return extend(runningStageOrProcessing(), days, on, by);
  }

  /**
   * Extends the time of a running stage as far as its time limit allows: the processing of a denunciation that must
   * be checked at several places, to 10 working days in all (Luật Tố cáo 25/2018/QH14, Điều 24, khoản 1), or under
   * the law of 2011 its acceptance, to 15 days in all (Luật Tố cáo 03/2011/QH13, Điều 20, khoản 1); the resolution
   * of a complex denunciation (Điều 30). The extension is recorded in the history and counts in {@link #deadlines}.
   *
   * @param stage the stage, one that is running: {@link PetitionStage#PROCESSING} or {@link PetitionStage#ACCEPTANCE}
   *     before the decision to accept, the resolution while it runs; not null
   * @param days the days added, from 1 to the longest extension the stage's rule allows
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the extended petition, not null
   * @throws PetitionWorkflowException if the stage's rule allows no more extension, or the book has no rule for it
   * @throws IllegalArgumentException if the stage is not running, the days are out of range, or the day is before
   *     the last event
   */
  public Petition extend(PetitionStage stage, int days, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.EXTEND, on, by).extendedStage(stage).extensionDays(days).build());
  }

  /**
   * Suspends the resolution (tạm đình chỉ); the suspended days do not count.
   *
   * @param reason why, not blank, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the suspended petition, not null
   * @throws PetitionWorkflowException if it is not being resolved, or no rule in force provides a suspension for it
   *     ({@link PetitionRuleBook#DENUNCIATION_SUSPENSION}, {@link PetitionRuleBook#COMPLAINT_SUSPENSION})
   * @throws IllegalArgumentException if the reason is blank, or the day is before the last event
   */
  public Petition suspend(String reason, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.SUSPEND, on, by).reason(reason).build());
  }

  /**
   * Resumes a suspended resolution.
   *
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the petition, {@link PetitionState#VERIFYING}, not null
   * @throws PetitionWorkflowException if it is not suspended
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition resume(LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.RESUME, on, by).build());
  }

  /**
   * Resolves the petition: a complaint decision, a denunciation's conclusion, an answer.
   *
   * @param finding what was found, {@link Finding#ANSWERED} for a recommendation or feedback only, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the resolved petition, not null
   * @throws PetitionWorkflowException if it is not accepted or being verified
   * @throws IllegalArgumentException if the finding does not fit the kind, or the day is before the last event
   */
  public Petition resolve(Finding finding, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.RESOLVE, on, by).finding(finding).build());
  }

  /**
   * Records a second complaint about the first-time decision ({@link PetitionRuleBook#SECOND_COMPLAINT}).
   *
   * @param on the day, not before the last event, not null
   * @param by the officer who registered it, not null
   * @return the petition in its second round, not null
   * @throws PetitionWorkflowException if it is not a complaint resolved the first time
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition lodgeSecondComplaint(LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.LODGE_SECOND_COMPLAINT, on, by).build());
  }

  /**
   * Records the day the complainant received the first-round decision, from which the window for a second complaint
   * runs: "kể từ ngày nhận được quyết định giải quyết khiếu nại lần đầu" (Luật Khiếu nại 02/2011/QH13, Điều 33,
   * khoản 1; {@link PetitionRuleBook#SECOND_COMPLAINT_WINDOW}). The office may learn of it later, from the postal
   * receipt returned, so the day of receipt is data and the event's day the day it is recorded.
   *
   * @param deliveredOn the day the complainant received the decision, on or after the decision and on or before
   *     {@code on}, not null
   * @param on the day it is recorded, not before the last event, not null
   * @param by the officer, not null
   * @return the petition with the receipt recorded, in the same state, not null
   * @throws PetitionWorkflowException if the petition is not resolved
   * @throws IllegalArgumentException if it is not a complaint in its first round, the receipt of the decision was
   *     already recorded, the day of receipt is before the decision or after {@code on}, or {@code on} is before the
   *     last event
   */
  public Petition recordDecisionReceipt(LocalDate deliveredOn, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.RECORD_DECISION_RECEIPT, on, by).deliveredOn(deliveredOn).build());
  }

  /**
   * Records that the body a matter was forwarded to reported its result (Luật Tiếp công dân 42/2013/QH13, Điều 27,
   * khoản 2): the office then relays it, within 5 working days, to a citizen who asked for it ({@link
   * PetitionRuleBook#RESULT_RELAY}, {@link Intake#resultRequested()}), which {@link #notify} records.
   *
   * @param on the day the result arrived, not before the last event, not null
   * @param by the officer, not null
   * @return the petition with the result recorded, in the same state, not null
   * @throws PetitionWorkflowException if the petition was not forwarded
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition recordResult(LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.RECORD_RESULT, on, by).build());
  }

  /**
   * Returns the rule that hands this denunciation to the committee a congress elects, if it does: where the intake
   * gives the congress's opening day ({@link Intake#congressOpening()}) and the petition is in the Party's channel,
   * as {@link PetitionRuleBook#congressHandover} decides from the day the competent Party body received it. The
   * outgoing committee then has no time limit for it.
   *
   * @param calendar the calendar whose working days count, not null
   * @return the rule, or empty if no congress day is given, the petition is not a denunciation in the Party's
   *     channel, or it stays with the outgoing committee
   * @throws java.time.DateTimeException if a day counted falls outside the calendar's range
   */
  public Optional<PetitionTimeLimit> congressHandover(WorkingCalendar calendar) {
    requireNonNull(calendar, "calendar");
    Optional<LocalDate> opening = intake.congressOpening();
    if (opening.isEmpty() || kind() != PetitionKind.DENUNCIATION || procedure() != Procedure.PARTY_RULES) {
      return Optional.empty();
    }
    return book.congressHandover(circumstances(complexity), intake.partyDayReceived(), opening.get(), calendar);
  }

  /**
   * Records that a complaint decision became final ({@link PetitionRuleBook#DECISION_BECOMES_FINAL}).
   *
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the petition, {@link PetitionState#FINAL}, not null
   * @throws PetitionWorkflowException if it is not a resolved complaint
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition recordFinality(LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.RECORD_FINALITY, on, by).build());
  }

  /**
   * Closes the petition (kết thúc): a final complaint decision ({@link PetitionRuleBook#CLOSE_COMPLAINT_ONCE_FINAL}),
   * or a resolved petition of another kind.
   *
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the closed petition, not null
   * @throws PetitionWorkflowException if it is not resolved, or it is a complaint not yet final
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition close(LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.CLOSE, on, by).build());
  }

  /**
   * Records the petitioner's withdrawal (rút đơn): a complaint at any time before its decision becomes final
   * ({@link PetitionRuleBook#COMPLAINT_WITHDRAWAL}), a denunciation before its conclusion ({@link
   * PetitionRuleBook#DENUNCIATION_WITHDRAWAL}). A whole withdrawal with no ground to continue stops the handling; a
   * partial one, or one with a ground, leaves the state as it is.
   *
   * @param withdrawal the withdrawal, with no continuation ground for a complaint, not null
   * @param on the day, not before the last event, not null
   * @param by the officer who received it, not null
   * @return the petition, not null
   * @throws PetitionWorkflowException if the state does not allow withdrawal, or no rule in force provides it for
   *     the petition's kind
   * @throws IllegalArgumentException if a complaint's withdrawal gives a continuation ground, or the day is before
   *     the last event
   */
  public Petition withdraw(Withdrawal withdrawal, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.WITHDRAW, on, by).withdrawal(withdrawal).build());
  }

  /**
   * Records a notice sent, which meets the time limit of its stage: the acceptance notice of a denunciation, the
   * receipt notice of a matter received at a reception, the dispatch of a complaint decision, and so on.
   *
   * @param stage the notice's stage, one of {@code ACCEPTANCE_NOTICE}, {@code RECEIPT_NOTICE}, {@code
   *     PARTY_RECEIPT_NOTICE}, {@code RESULT_RELAY}, {@code DECISION_DISPATCH}, for the petition's kind, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the petition with the notice recorded, not null
   * @throws IllegalArgumentException if the stage is not a notice of the petition's kind, or the notice is
   *     premature (an acceptance notice before the acceptance, a decision's dispatch before the decision, in the
   *     current round), or the day is before the last event
   */
  public Petition notify(PetitionStage stage, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.NOTIFY, on, by).notice(stage).build());
  }

  /**
   * Reveals the petitioners' identities, recording the access in the history: who, when and why. It is the one
   * way from a petition to its petitioners' identities (Luật Tố cáo 25/2018/QH14, Điều 8, 9, 47, 56).
   *
   * @param reason why the identity is needed, not blank, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the identities and the petition with the access recorded, not null
   * @throws PetitionWorkflowException if there is no identity to reveal: an anonymous petitioner or a redacted copy
   * @throws IllegalArgumentException if the reason is blank, or the day is before the last event
   */
  public Disclosure revealIdentity(String reason, LocalDate on, PersonId by) {
    Petition accessed = apply(event(PetitionCommand.ACCESS_IDENTITY, on, by).reason(reason).build());
    return new Disclosure(accessed, intake.petitioners().identities());
  }

  /**
   * Returns the copy that goes to verifiers: the same petition, the petitioners' identities stripped (Luật Tố
   * cáo 25/2018/QH14, Điều 56). A redacted copy has no identity to reveal.
   *
   * @return the redacted copy, not null
   */
  public Petition redacted() {
    Petitioners stripped = intake.petitioners().redacted();
    if (stripped.equals(intake.petitioners())) {
      return this;
    }
    return new Petition(
        intake.withPetitioners(stripped),
        history,
        book,
        state,
        round,
        complexity,
        classification,
        accepted,
        extensions);
  }

  /**
   * Returns the petition's deadlines as they stand on a day, from its rule book and the history known on that day:
   * each stage reached, with its due date, its completion and its status. The extensions and suspensions recorded
   * count as recorded: the workflow allowed them under the same book.
   *
   * @param calendar the calendar whose working days count, not null
   * @param day the day asked about, on or after the day received, not null
   * @return the deadlines in the order their stages began, possibly empty, not null
   * @throws IllegalArgumentException if the day is before the day received
   * @throws java.time.DateTimeException if a day counted falls outside the calendar's range
   */
  public ImmutableList<PetitionDeadline> deadlines(WorkingCalendar calendar, LocalDate day) {
    return PetitionDeadlines.of(this, calendar, day);
  }

  /**
   * Returns the deadline of one stage as it stands on a day: that of the current round for a stage that comes again
   * in a second complaint. For example {@code deadline(PetitionStage.RESOLUTION, calendar, day)}.
   *
   * @param stage the stage, not null
   * @param calendar the calendar whose working days count, not null
   * @param day the day asked about, on or after the day received, not null
   * @return the deadline, or empty if the stage had not begun by the day, does not exist for the petition, or its
   *     rule book has no time limit for it
   * @throws IllegalArgumentException if the day is before the day received
   * @throws java.time.DateTimeException if a day counted falls outside the calendar's range
   */
  public Optional<PetitionDeadline> deadline(PetitionStage stage, WorkingCalendar calendar, LocalDate day) {
    requireNonNull(stage, "stage");
    PetitionDeadline found = null;
    for (PetitionDeadline deadline : deadlines(calendar, day)) {
      if (deadline.stage() == stage) {
        found = deadline;
      }
    }
    return Optional.ofNullable(found);
  }

  // ---- the state machine -------------------------------------------------------------------------------------

  /**
   * Applies an event as its command would: the general form of the commands, for applications that receive
   * events from elsewhere.
   *
   * @param event the event, of any command but {@link PetitionCommand#RECEIVE}, not null
   * @return the petition with the event appended, not null
   * @throws PetitionWorkflowException if the command is not allowed now
   * @throws IllegalArgumentException if the event's data does not fit the petition, or its day is before the last
   *     event
   */
  public Petition apply(PetitionEvent event) {
    return apply(event, false);
  }

  private Petition apply(PetitionEvent event, boolean recorded) {
    requireNonNull(event, "event");
    checkArgument(
        !event.on().isBefore(lastEventDay()),
        "a petition's history runs forward: %s on %s cannot follow the event of %s",
        event.command(),
        event.on(),
        lastEventDay());
    boolean allowedByState = state.allowedCommands().contains(event.command());
    if (allowedByState) {
      checkData(event);
    }
    Optional<Refusal> refusal =
        recorded && isAccessBeforeRedaction(event)
            ? Optional.empty()
            : refusalOf(event.command(), Optional.of(event), event.on());
    if (refusal.isPresent()) {
      throw new PetitionWorkflowException(
          id(),
          state,
          event.command(),
          allowedCommandsOn(event.on()),
          refusal.get().rule(),
          refusal.get().facts());
    }
    return next(event);
  }

  /** A redacted copy of a petition with identities keeps the record of the accesses made before redaction. */
  private boolean isAccessBeforeRedaction(PetitionEvent event) {
    Petitioners petitioners = intake.petitioners();
    return event.command() == PetitionCommand.ACCESS_IDENTITY
        && petitioners.isRedacted()
        && petitioners.kind() != PetitionerKind.ANONYMOUS;
  }

  private static PetitionEvent.Builder event(PetitionCommand command, LocalDate on, PersonId by) {
    return PetitionEvent.builder().command(command).on(on).by(by);
  }

  /** Why a command is refused: the rule that refuses it, if a rule of law does, and the facts. */
  private record Refusal(Optional<PetitionRule> rule, String facts) {
    static Refusal byState() {
      return new Refusal(Optional.empty(), "");
    }

    static Refusal byRule(PetitionRule rule, String facts) {
      return new Refusal(Optional.of(rule), facts);
    }

    static Refusal byFacts(String facts) {
      return new Refusal(Optional.empty(), facts);
    }
  }

  /**
   * Returns why the command is refused on a day, or empty if it is allowed: the state first, then the rules of the
   * book in force, then the petition's own facts. With no event, the command is judged without its data (an
   * extension of the running stage).
   */
  private Optional<Refusal> refusalOf(PetitionCommand command, Optional<PetitionEvent> event, LocalDate day) {
    if (!state.allowedCommands().contains(command)) {
      return Optional.of(Refusal.byState());
    }
    RuleDays days = ruleDays(day);
    Procedure procedure = procedureFor(command);
    PetitionKind kind = kind();
    ImmutableList<WorkflowRule> rules = book.workflowRulesFor(command, kind, procedure, days);
    if (WorkflowRule.NEED_A_PROVISION.contains(command)
        && rules.stream().noneMatch(r -> r.requirement() == Requirement.PROVIDED_BY_LAW)) {
      return Optional.of(noProvision(command, kind, procedure, days));
    }
    for (WorkflowRule rule : rules) {
      Optional<String> unmet = unmet(rule.requirement());
      if (unmet.isPresent()) {
        return Optional.of(Refusal.byRule(rule, unmet.get()));
      }
    }
    if (command == PetitionCommand.EXTEND) {
      PetitionStage stage =
          event.flatMap(PetitionEvent::extendedStage).orElseGet(this::runningStageOrProcessing);
      return extensionRefusal(stage, days);
    }
    if (command == PetitionCommand.RECORD_DECISION_RECEIPT) {
      Optional<String> unfit = decisionReceiptUnfit();
      if (unfit.isPresent()) {
        return Optional.of(Refusal.byFacts(unfit.get()));
      }
    }
    if (command == PetitionCommand.ACCESS_IDENTITY && intake.petitioners().identities().isEmpty()) {
      return Optional.of(Refusal.byFacts("there is no identity to reveal: the petitioner is " + intake.petitioners()));
    }
    return Optional.empty();
  }

  /** The procedure a command is judged under: a second complaint goes back to State law. */
  private Procedure procedureFor(PetitionCommand command) {
    return command == PetitionCommand.REFUSE && round == ComplaintRound.SECOND ? Procedure.STATE_LAW : procedure();
  }

  private Refusal noProvision(PetitionCommand command, PetitionKind kind, Procedure procedure, RuleDays days) {
    Optional<WorkflowRule> nearest = book.nearestProvision(command, kind, procedure);
    if (nearest.isEmpty()) {
      return Refusal.byFacts(
          "no rule of the rule book provides " + command + " for a " + kind + " under " + procedure);
    }
    WorkflowRule rule = nearest.get();
    return Refusal.byRule(
        rule,
        "it provides "
            + command
            + " for "
            + rule.kinds()
            + " under "
            + rule.procedures()
            + " by the "
            + rule.chosenBy().englishName().toLowerCase(java.util.Locale.ROOT)
            + " "
            + rule.validity()
            + "; this is a "
            + kind
            + " under "
            + procedure
            + " whose "
            + rule.chosenBy().englishName().toLowerCase(java.util.Locale.ROOT)
            + " is "
            + days.on(rule.chosenBy()));
  }

  /**
   * What a requirement finds wrong with this petition, or empty if it is met. A requirement on the command's own data
   * ({@link Requirement#COMPLEXITY_IN_WRITING}) is checked with the data, as bad data.
   */
  private Optional<String> unmet(Requirement requirement) {
    return switch (requirement) {
      case PROVIDED_BY_LAW -> Optional.empty();
      case ELIGIBLE ->
          acceptingAClassification() && !requireNonNull(classification).isEligible()
              ? Optional.of("this petition is not eligible for processing: " + classification.defects())
              : Optional.empty();
      case WITHIN_COMPETENCE ->
          acceptingAClassification() && !requireNonNull(classification).competent()
              ? Optional.of("this petition is outside the office's competence and is to be forwarded")
              : Optional.empty();
      case OUTSIDE_COMPETENCE ->
          classification != null && classification.competent()
              ? Optional.of("this petition is within the office's competence and is not forwarded")
              : Optional.empty();
      case NOT_FORWARDED_BEFORE ->
          classification != null && classification.defects().contains(ProcessingDefect.ALREADY_FORWARDED)
              ? Optional.of("the same content was already forwarded")
              : Optional.empty();
      case NOT_GUIDED_BEFORE ->
          classification != null && classification.defects().contains(ProcessingDefect.ALREADY_GUIDED)
              ? Optional.of("the petitioner was already guided on the same content")
              : Optional.empty();
      case FINAL_BEFORE_CLOSING ->
          state != PetitionState.FINAL
              ? Optional.of("the decision is not final; it becomes final, or goes to a second complaint")
              : Optional.empty();
      case FIRST_ROUND ->
          round != ComplaintRound.FIRST
              ? Optional.of("this complaint is in its " + round + " round, after which there is none")
              : Optional.empty();
      case COMPLEXITY_IN_WRITING -> Optional.empty();
    };
  }

  /** Whether an acceptance now is of a classified letter, as opposed to a second complaint. */
  private boolean acceptingAClassification() {
    return state == PetitionState.CLASSIFIED;
  }

  /** The stage whose time runs now and may be extended: the processing before the decision, then the resolution. */
  private PetitionStage runningStageOrProcessing() {
    if (state == PetitionState.RECEIVED || state == PetitionState.CLASSIFIED) {
      for (PetitionStage stage : List.of(PetitionStage.PROCESSING, PetitionStage.ACCEPTANCE)) {
        if (stage.appliesTo(kind()) && limitFor(stage, ruleDays(lastEventDay())).isPresent()) {
          return stage;
        }
      }
      return PetitionStage.PROCESSING;
    }
    return resolutionStage();
  }

  private PetitionStage resolutionStage() {
    return procedure() == Procedure.PARTY_RULES ? PetitionStage.PARTY_RESOLUTION : PetitionStage.RESOLUTION;
  }

  private boolean isRunning(PetitionStage stage) {
    boolean deciding = state == PetitionState.RECEIVED || state == PetitionState.CLASSIFIED;
    boolean resolving = state == PetitionState.ACCEPTED || state == PetitionState.VERIFYING;
    return switch (stage) {
      case PROCESSING, ACCEPTANCE ->
          deciding && round == ComplaintRound.FIRST && stage == runningStageOrProcessing();
      case RESOLUTION, PARTY_RESOLUTION -> resolving && stage == resolutionStage();
      default -> false;
    };
  }

  private Optional<PetitionTimeLimit> limitFor(PetitionStage stage, RuleDays days) {
    if (!stage.appliesTo(kind())) {
      return Optional.empty();
    }
    return book.limitFor(stage, kind(), circumstances(complexity), days);
  }

  private Circumstances circumstances(Complexity assessed) {
    Circumstances circumstances =
        Circumstances.ordinary().withArea(intake.area()).withRound(round).withComplexity(assessed);
    return intake.level().map(circumstances::atLevel).orElse(circumstances);
  }

  private Optional<Refusal> extensionRefusal(PetitionStage stage, RuleDays days) {
    Optional<PetitionTimeLimit> rule = limitFor(stage, days);
    if (rule.isEmpty()) {
      return Optional.of(
          Refusal.byFacts(
              "the rule book has no time limit of "
                  + stage
                  + " for a "
                  + kind()
                  + " in "
                  + circumstances(complexity)
                  + " received on "
                  + received()
                  + ", so there is none to extend"));
    }
    PetitionTimeLimit limit = rule.get();
    int granted = extensions(stage);
    if (granted >= limit.maxExtensions()) {
      return Optional.of(
          Refusal.byRule(
              limit,
              "it allows "
                  + describeExtensions(limit)
                  + " of "
                  + stage
                  + " for a "
                  + complexity
                  + " case; "
                  + granted
                  + " granted"));
    }
    return Optional.empty();
  }

  private static String describeExtensions(PetitionTimeLimit limit) {
    if (limit.maxExtensions() == 0) {
      return "no extension";
    }
    return (limit.maxExtensions() == 1 ? "1 extension" : limit.maxExtensions() + " extensions")
        + " of at most "
        + limit.maxExtensionDays()
        + " "
        + limit.limit().count().englishName();
  }

  /** Checks the event's data against the petition; a mismatch is a bad argument, not a bad state. */
  private void checkData(PetitionEvent event) {
    PetitionKind kind = kind();
    switch (event.command()) {
      case REFUSE -> {
        RefusalReason reason = event.refusalReason().orElseThrow();
        checkArgument(
            reason.kinds().contains(kind),
            "%s (%s) is a reason to refuse a %s, not a %s",
            reason,
            reason.vietnameseName(),
            reason.kinds(),
            kind);
        checkArgument(
            reason.basisOn(event.on()).isPresent(),
            "%s rests on %s, not in force on %s",
            reason,
            reason.bases(),
            event.on());
        Procedure procedure = procedureFor(PetitionCommand.REFUSE);
        checkArgument(
            reason.procedure() == procedure,
            "%s is a reason under %s; petition %s is handled under %s",
            reason,
            reason.procedure(),
            id(),
            procedure);
      }
      case EXTEND -> {
        PetitionStage stage = event.extendedStage().orElseThrow();
        checkArgument(
            isRunning(stage),
            "only a running stage is extended; the %s of petition %s is not running, as it is %s",
            stage,
            id(),
            state);
        int days = event.extensionDays().orElseThrow();
        limitFor(stage, ruleDays(event.on()))
            .filter(limit -> extensions(stage) < limit.maxExtensions())
            .ifPresent(
                limit ->
                    checkArgument(
                        days <= limit.maxExtensionDays(),
                        "%s allows an extension of 1 to %s %s (%s); %s were asked for",
                        limit.name(),
                        limit.maxExtensionDays(),
                        limit.limit().count().englishName(),
                        limit.basis().citation(),
                        days));
      }
      case RESOLVE -> {
        LocalDate partyDay = intake.partyDayReceived();
        checkArgument(
            procedure() != Procedure.PARTY_RULES || !event.on().isBefore(partyDay),
            "the competent Party body resolves petition %s on or after the day it received the letter (%s), not on %s",
            id(),
            partyDay,
            event.on());
        Finding finding = event.finding().orElseThrow();
        boolean answer = finding == Finding.ANSWERED;
        boolean answerable = kind != PetitionKind.COMPLAINT && kind != PetitionKind.DENUNCIATION;
        boolean judgeable = kind != PetitionKind.RECOMMENDATION && kind != PetitionKind.FEEDBACK;
        checkArgument(
            answer ? answerable : judgeable,
            "a %s is resolved with %s, not %s",
            kind,
            answer ? "a finding of right or wrong" : "an answer",
            finding);
      }
      case WITHDRAW -> {
        Withdrawal withdrawal = event.withdrawal().orElseThrow();
        checkArgument(
            kind == PetitionKind.DENUNCIATION || withdrawal.continuation().isEmpty(),
            "only a denunciation is resolved after its withdrawal (%s); a %s withdrawn stops (%s), so %s is not a"
                + " ground here",
            PetitionRuleBook.DENUNCIATION_WITHDRAWAL.basis().citation(),
            kind,
            PetitionRuleBook.COMPLAINT_WITHDRAWAL.basis().citation(),
            withdrawal.continuation().orElse(null));
      }
      case NOTIFY -> {
        PetitionStage stage = event.notice().orElseThrow();
        checkArgument(
            NOTICES.contains(stage) && stage.appliesTo(kind),
            "%s is not a notice of a %s; the notices are %s, each for its kinds",
            stage,
            kind,
            NOTICES);
        Optional<PetitionCommand> reported = reportedBy(stage);
        checkArgument(
            reported.map(this::happenedThisRound).orElse(true),
            "a %s follows the %s of its round; petition %s is %s and has no %s in this round",
            stage,
            reported.orElse(null),
            id(),
            state,
            reported.orElse(null));
      }
      case RECORD_DECISION_RECEIPT -> {
        LocalDate delivered = event.deliveredOn().orElseThrow();
        LocalDate decided = lastDayOf(PetitionCommand.RESOLVE);
        checkArgument(
            !delivered.isBefore(decided),
            "a decision is received on or after the day of the decision (%s), not on %s",
            decided,
            delivered);
      }
      case ASSESS_COMPLEXITY -> {
        Complexity assessed = Complexity.of(event.criteria());
        if (!event.criteria().isEmpty() && event.writtenRecord().isEmpty()) {
          for (WorkflowRule rule :
              book.workflowRulesFor(PetitionCommand.ASSESS_COMPLEXITY, kind, procedure(), ruleDays(event.on()))) {
            checkArgument(
                rule.requirement() != Requirement.COMPLEXITY_IN_WRITING,
                "%s (%s): the criteria %s make the case %s, but no written record of them is given",
                rule.name(),
                rule.basis().citation(),
                event.criteria(),
                assessed);
          }
        }
        PetitionStage stage = resolutionStage();
        int granted = extensions(stage);
        if (granted > 0) {
          Optional<PetitionTimeLimit> limit =
              stage.appliesTo(kind)
                  ? book.limitFor(stage, kind, circumstances(assessed), ruleDays(event.on()))
                  : Optional.empty();
          int allowed = limit.map(PetitionTimeLimit::maxExtensions).orElse(0);
          checkArgument(
              granted <= allowed,
              "%s extensions were already granted; criteria %s make the case %s, which %s allows %s",
              granted,
              event.criteria(),
              assessed,
              limit.map(PetitionTimeLimit::name).orElse("no rule of the book"),
              allowed);
        }
      }
      default -> {
        // the other commands carry no data to check against the petition
      }
    }
  }

  /** The command a notice reports, if it must come first: the acceptance, or the decision dispatched. */
  private static Optional<PetitionCommand> reportedBy(PetitionStage stage) {
    return switch (stage) {
      case ACCEPTANCE_NOTICE -> Optional.of(PetitionCommand.ACCEPT);
      case DECISION_DISPATCH -> Optional.of(PetitionCommand.RESOLVE);
      default -> Optional.empty();
    };
  }

  /**
   * Why the receipt of a decision cannot be recorded, if it cannot: only a first-round complaint decision opens the
   * window for a second complaint (Luật Khiếu nại 02/2011/QH13, Điều 33, khoản 1), and its receipt is recorded once.
   */
  private Optional<String> decisionReceiptUnfit() {
    if (kind() != PetitionKind.COMPLAINT || round != ComplaintRound.FIRST) {
      return Optional.of(
          "only the receipt of a first-round complaint decision opens the window for a second complaint ("
              + PetitionRuleBook.SECOND_COMPLAINT_WINDOW.basis().citation()
              + "); this is a "
              + kind()
              + " in its "
              + round
              + " round");
    }
    if (happenedThisRound(PetitionCommand.RECORD_DECISION_RECEIPT)) {
      return Optional.of("the receipt of the decision is already recorded");
    }
    return Optional.empty();
  }

  /** The day of the last event of a command, which the history has. */
  private LocalDate lastDayOf(PetitionCommand command) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).command() == command) {
        return history.get(i).on();
      }
    }
    throw new IllegalStateException("petition " + id() + " has no " + command);
  }

  /** Whether the history has the command since the second complaint, if any, began the current round. */
  private boolean happenedThisRound(PetitionCommand command) {
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

  private Petition next(PetitionEvent event) {
    PersistentVector<PetitionEvent> longer = history.plus(event);
    ComplaintRound nextRound = round;
    Complexity nextComplexity = complexity;
    Classification nextClassification = classification;
    LocalDate nextAccepted = accepted;
    ImmutableMap<PetitionStage, Integer> nextExtensions = extensions;
    switch (event.command()) {
      case CLASSIFY -> nextClassification = event.classification().orElseThrow();
      case ACCEPT -> nextAccepted = event.on();
      case ASSESS_COMPLEXITY -> nextComplexity = Complexity.of(event.criteria());
      case EXTEND -> {
        Map<PetitionStage, Integer> counted = new EnumMap<>(PetitionStage.class);
        counted.putAll(extensions);
        counted.merge(event.extendedStage().orElseThrow(), 1, Integer::sum);
        nextExtensions = ImmutableMap.copyOf(counted);
      }
      case LODGE_SECOND_COMPLAINT -> {
        nextRound = ComplaintRound.SECOND;
        nextComplexity = Complexity.NORMAL;
        nextAccepted = null;
        nextExtensions = ImmutableMap.of();
      }
      default -> {
        // the other commands change the state only
      }
    }
    return new Petition(
        intake,
        longer,
        book,
        stateAfter(state, event),
        nextRound,
        nextComplexity,
        nextClassification,
        nextAccepted,
        nextExtensions);
  }

  /**
   * The state an event leads to from a state, for an event the workflow allowed there: the one transition table of
   * the workflow, which {@link PetitionTally} also reads to know a petition's state on a past day.
   */
  static PetitionState stateAfter(PetitionState state, PetitionEvent event) {
    return switch (event.command()) {
      case CLASSIFY -> PetitionState.CLASSIFIED;
      case ACCEPT -> PetitionState.ACCEPTED;
      case REFUSE -> PetitionState.REFUSED;
      case FORWARD -> PetitionState.FORWARDED;
      case GUIDE -> PetitionState.GUIDED;
      case FILE -> PetitionState.FILED;
      case START_VERIFICATION, RESUME -> PetitionState.VERIFYING;
      case SUSPEND -> PetitionState.SUSPENDED;
      case RESOLVE -> PetitionState.RESOLVED;
      case LODGE_SECOND_COMPLAINT -> PetitionState.SECOND_COMPLAINT;
      case RECORD_FINALITY -> PetitionState.FINAL;
      case CLOSE -> PetitionState.CLOSED;
      case WITHDRAW -> event.withdrawal().orElseThrow().stops() ? PetitionState.WITHDRAWN : state;
      case RECEIVE, ASSESS_COMPLEXITY, EXTEND, NOTIFY, ACCESS_IDENTITY, RECORD_DECISION_RECEIPT, RECORD_RESULT ->
          state;
    };
  }

  // ---- value -------------------------------------------------------------------------------------------------

  /**
   * Returns whether the other object is a petition with the same intake, history and rule book.
   *
   * @param o the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Petition other
        && intake.equals(other.intake)
        && history().equals(other.history())
        && book.equals(other.book);
  }

  @Override
  public int hashCode() {
    return Objects.hash(intake, history());
  }

  /**
   * Returns a short form with no personal data, for example {@code "Petition[P-2016-0042 DENUNCIATION VERIFYING,
   * received 2016-03-04, 4 events]"}.
   *
   * @return the identifier, kind, state, day received and length of the history, not null
   */
  @Override
  public String toString() {
    return "Petition["
        + id()
        + " "
        + kind()
        + " "
        + state
        + ", received "
        + received()
        + ", "
        + history.size()
        + (history.size() == 1 ? " event]" : " events]");
  }
}
