package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
 * (Luật Khiếu nại 02/2011/QH13, Điều 10; Luật Tố cáo 25/2018/QH14, Điều 33). Each command is a method that returns
 * a new petition with one more event, or throws a {@link PetitionWorkflowException} naming the state, the command
 * and the commands allowed there; the petition it was given to never changes. Every event's day is on or after
 * the day of the event before it.
 *
 * <p>The rules the workflow enforces:
 *
 * <ul>
 *   <li>only an eligible petition within the office's competence is accepted (Thông tư 05/2021/TT-TTCP, Điều 13;
 *       Luật Tố cáo, Điều 29);
 *   <li>only one outside it is forwarded, and a denunciation of the same content only once (Thông tư
 *       05/2021/TT-TTCP, Điều 14); a petitioner is guided only once on the same content (Thông tư 07/2014/TT-TTCP,
 *       Điều 6);
 *   <li>a refusal gives a statutory reason of the petition's kind and procedure, in force on the day ({@link
 *       RefusalReason});
 *   <li>a denunciation is extended once if complex and twice if especially complex, each time by 30 days at most
 *       (Luật Tố cáo 25/2018/QH14, Điều 30); under Luật Tố cáo 03/2011/QH13 (received before 2019) once, by 30
 *       days, or 60 for a complex case; in the Party's channel once, by 30 days at most; a complaint is not
 *       extended, its complexity lengthens its limit instead (Luật Khiếu nại, Điều 28, 37);
 *   <li>a denunciation's resolution may be suspended, as may a complaint's from 2026-07-01 (Luật 136/2025/QH15,
 *       new Điều 11a of Luật Khiếu nại);
 *   <li>a complaint resolved the first time goes to a second complaint, or becomes final (Luật Khiếu nại, Điều 7,
 *       33, 44).
 * </ul>
 *
 * <p>The petitioners' identities are confidential (Luật Tố cáo, Điều 8, 9, 47, 56): nothing a petition shows
 * contains them, {@link #redacted()} returns the copy that goes to verifiers, and {@link #revealIdentity} is the one
 * way to them, recorded in the history with its reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Petition {

  /** The first day complaints may be suspended: Luật 136/2025/QH15 adds Điều 11a to Luật Khiếu nại. */
  static final LocalDate COMPLAINT_SUSPENSION_FROM = PetitionRuleBook.AMENDMENT_DAY;

  /** The first day of Luật Tố cáo 03/2011/QH13, the first law in the rule book for denunciations. */
  static final LocalDate DENUNCIATIONS_LAW_2011 = LocalDate.of(2012, 7, 1);

  /** The first day of Luật Tố cáo 25/2018/QH14, whose Điều 30 ties extensions to complexity. */
  static final LocalDate DENUNCIATIONS_LAW_2018 = LocalDate.of(2019, 1, 1);

  private static final Set<PetitionStage> NOTICES =
      EnumSet.of(
          PetitionStage.ACCEPTANCE_NOTICE,
          PetitionStage.RECEIPT_NOTICE,
          PetitionStage.PARTY_RECEIPT_NOTICE,
          PetitionStage.RESULT_RELAY,
          PetitionStage.DECISION_DISPATCH);

  private final Intake intake;
  private final ImmutableList<PetitionEvent> history;
  private final PetitionState state;
  private final ComplaintRound round;
  private final Complexity complexity;
  private final @Nullable Classification classification;
  private final int extensions;

  private Petition(
      Intake intake,
      ImmutableList<PetitionEvent> history,
      PetitionState state,
      ComplaintRound round,
      Complexity complexity,
      @Nullable Classification classification,
      int extensions) {
    this.intake = intake;
    this.history = history;
    this.state = state;
    this.round = round;
    this.complexity = complexity;
    this.classification = classification;
    this.extensions = extensions;
  }

  /**
   * Registers a received petition (tiếp nhận): its history starts with a {@link PetitionCommand#RECEIVE} event on
   * the day received.
   *
   * @param intake what was received, not null
   * @param by the officer who registered it, not null
   * @return the petition, {@link PetitionState#RECEIVED}, not null
   */
  public static Petition receive(Intake intake, PersonId by) {
    requireNonNull(intake, "intake");
    PetitionEvent received =
        PetitionEvent.builder().command(PetitionCommand.RECEIVE).on(intake.received()).by(by).build();
    return new Petition(
        intake, ImmutableList.of(received), PetitionState.RECEIVED, ComplaintRound.FIRST, Complexity.NORMAL, null, 0);
  }

  /**
   * Rebuilds a petition from its intake and history, checking every step as the commands do: for example from
   * the events an application stored. Replaying a petition's own history gives an equal petition, a redacted
   * copy's too: its history keeps the accesses to the identities made before it was redacted, though the copy
   * allows no new one.
   *
   * @param intake what was received, not null
   * @param history the events, the first a {@link PetitionCommand#RECEIVE} on the day received, not null
   * @return the petition, not null
   * @throws IllegalArgumentException if the history is empty, does not start with the receipt on the day
   *     received, or an event is not valid where it stands
   * @throws PetitionWorkflowException if an event's command is not allowed where it stands
   */
  public static Petition replay(Intake intake, List<PetitionEvent> history) {
    requireNonNull(intake, "intake");
    checkArgument(!history.isEmpty(), "a petition's history starts with its receipt; this one is empty");
    PetitionEvent first = history.get(0);
    checkArgument(
        first.command() == PetitionCommand.RECEIVE && first.on().equals(intake.received()),
        "a petition's history starts with its receipt on the day received (%s); this one starts with %s",
        intake.received(),
        first);
    Petition petition = receive(intake, first.by());
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

  // ---- what follows from the history -------------------------------------------------------------------------

  /**
   * Returns the history, oldest first; the first event is the receipt.
   *
   * @return the events, one or more, not null
   */
  public ImmutableList<PetitionEvent> history() {
    return history;
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
   * Returns the number of extensions granted in the current round.
   *
   * @return the number, 0 or more
   */
  public int extensions() {
    return extensions;
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
   * Returns the commands this petition allows now, given its state, kind, classification and history. A command
   * in the set may still refuse bad data, such as a refusal reason of another kind.
   *
   * @return the commands, not null
   */
  public ImmutableSet<PetitionCommand> allowedCommands() {
    EnumSet<PetitionCommand> allowed = EnumSet.noneOf(PetitionCommand.class);
    for (PetitionCommand command : PetitionCommand.values()) {
      if (ruleAgainst(command).isEmpty()) {
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
   * Accepts the petition for resolution (thụ lý): a classified petition that is eligible and within competence,
   * or a second complaint.
   *
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the accepted petition, not null
   * @throws PetitionWorkflowException if the petition is not classified, not eligible or not within competence
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
   * @throws PetitionWorkflowException if the petition is not awaiting the decision to accept
   * @throws IllegalArgumentException if the reason is of another kind or procedure, or not in force on the day, or
   *     the day is before the last event
   */
  public Petition refuse(RefusalReason reason, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.REFUSE, on, by).refusalReason(reason).build());
  }

  /**
   * Forwards the petition to the competent body (chuyển đơn); a denunciation of the same content only once
   * (Thông tư 05/2021/TT-TTCP, Điều 14).
   *
   * @param to the competent body, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the forwarded petition, not null
   * @throws PetitionWorkflowException if it is not classified, it is within competence, or it is a denunciation
   *     already forwarded once
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Petition forward(UnitId to, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.FORWARD, on, by).destination(to).build());
  }

  /**
   * Guides the petitioner to the competent body (hướng dẫn), once on the same content (Thông tư 07/2014/TT-TTCP,
   * Điều 6; Luật Tố cáo, Điều 24, khoản 2).
   *
   * @param to the competent body, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the petition, {@link PetitionState#GUIDED}, not null
   * @throws PetitionWorkflowException if it is not classified or the petitioner was already guided once
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
   * @throws IllegalArgumentException if the day is before the last event, or fewer criteria are given than the
   *     extensions already granted need
   */
  public Petition assessComplexity(Set<ComplexityCriterion> criteria, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.ASSESS_COMPLEXITY, on, by).criteria(criteria).build());
  }

  /**
   * Extends the time to resolve (gia hạn).
   *
   * @param days the days added, 1 to 30, or to 60 for a complex denunciation received before 2019
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the extended petition, not null
   * @throws PetitionWorkflowException if the petition cannot be extended now: not a denunciation, not complex
   *     enough, or no extension left
   * @throws IllegalArgumentException if the days are out of range, or the day is before the last event
   */
  public Petition extend(int days, LocalDate on, PersonId by) {
    return apply(event(PetitionCommand.EXTEND, on, by).extensionDays(days).build());
  }

  /**
   * Suspends the resolution (tạm đình chỉ); the suspended days do not count.
   *
   * @param reason why, not blank, not null
   * @param on the day, not before the last event, not null
   * @param by the officer, not null
   * @return the suspended petition, not null
   * @throws PetitionWorkflowException if it is not being resolved, or it is a complaint received before 2026-07-01,
   *     or of a kind that is not suspended
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
   * Records a second complaint about the first-time decision (Luật Khiếu nại 02/2011/QH13, Điều 7, 33).
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
   * Records that a complaint decision became final (Luật Khiếu nại 02/2011/QH13, Điều 44).
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
   * Closes the petition (kết thúc): a final complaint decision, or a resolved petition of another kind.
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
   * (Luật Khiếu nại, Điều 10), a denunciation before its conclusion (Luật Tố cáo, Điều 33). A whole withdrawal
   * with no ground to continue stops the handling; a partial one, or one with a ground, leaves the state as it is.
   *
   * @param withdrawal the withdrawal, with no continuation ground for a complaint, not null
   * @param on the day, not before the last event, not null
   * @param by the officer who received it, not null
   * @return the petition, not null
   * @throws PetitionWorkflowException if the kind or the state does not allow withdrawal
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
        intake.withPetitioners(stripped), history, state, round, complexity, classification, extensions);
  }

  /**
   * Returns the petition's deadlines as they stand on a day, from the rule book in force on the day received and
   * the history known on that day: each stage reached, with its due date, its completion and its status.
   *
   * @param book the rule book, not null
   * @param calendar the calendar whose working days count, not null
   * @param day the day asked about, on or after the day received, not null
   * @return the deadlines in the order their stages began, possibly empty, not null
   * @throws IllegalArgumentException if the day is before the day received, or the rule book cannot apply its
   *     rule to the history (an extension it does not allow)
   */
  public ImmutableList<PetitionDeadline> deadlines(PetitionRuleBook book, WorkingCalendar calendar, LocalDate day) {
    return PetitionDeadlines.of(this, book, calendar, day);
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
    checkData(event);
    Optional<String> rule =
        recorded && isAccessBeforeRedaction(event) ? Optional.empty() : ruleAgainst(event.command());
    if (rule.isPresent()) {
      throw new PetitionWorkflowException(id(), state, event.command(), allowedCommands(), rule.get());
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
        Procedure procedure = round == ComplaintRound.SECOND ? Procedure.STATE_LAW : procedure();
        checkArgument(
            reason.procedure() == procedure,
            "%s is a reason under %s; petition %s is handled under %s",
            reason,
            reason.procedure(),
            id(),
            procedure);
      }
      case EXTEND -> {
        int days = event.extensionDays().orElseThrow();
        int longest = longestExtension();
        checkArgument(
            days <= longest,
            "an extension adds at most %s days (%s); %s were asked for",
            longest,
            extensionBasis(),
            days);
      }
      case RESOLVE -> {
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
            "only a denunciation is resolved after its withdrawal (Luật Tố cáo 25/2018/QH14, Điều 33); a %s"
                + " withdrawn stops (Luật Khiếu nại 02/2011/QH13, Điều 10), so %s is not a ground here",
            kind,
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
      case ASSESS_COMPLEXITY -> {
        Complexity assessed = Complexity.of(event.criteria());
        checkArgument(
            extensions <= allowedExtensions(assessed),
            "%s extensions were already granted; criteria %s make the case %s, which allows %s",
            extensions,
            event.criteria(),
            assessed,
            allowedExtensions(assessed));
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

  /**
   * Returns why the command is not allowed now, or empty if it is: the state first, then the rule.
   */
  private Optional<String> ruleAgainst(PetitionCommand command) {
    if (!stateAllows(command)) {
      return Optional.of("");
    }
    PetitionKind kind = kind();
    switch (command) {
      case ACCEPT -> {
        if (state == PetitionState.CLASSIFIED) {
          Classification c = requireNonNull(classification);
          if (!c.isEligible()) {
            return Optional.of(
                "only a petition eligible for processing is accepted (Thông tư 05/2021/TT-TTCP, Điều 13); "
                    + "this one is not: "
                    + c.defects());
          }
          if (!c.competent()) {
            return Optional.of(
                "only a petition within the office's competence is accepted (Luật Tố cáo 25/2018/QH14, Điều 29,"
                    + " khoản 1, điểm c); this one is to be forwarded");
          }
        }
        return Optional.empty();
      }
      case REFUSE -> {
        return kind == PetitionKind.COMPLAINT || kind == PetitionKind.DENUNCIATION
            ? Optional.empty()
            : Optional.of("only complaints and denunciations are refused for a statutory reason; a " + kind
                + " not processed is filed");
      }
      case FORWARD -> {
        Classification c = requireNonNull(classification);
        if (c.competent()) {
          return Optional.of("a petition within the office's competence is not forwarded");
        }
        if (kind == PetitionKind.DENUNCIATION && c.defects().contains(ProcessingDefect.ALREADY_FORWARDED)) {
          return Optional.of(
              "forwarding a denunciation is allowed once (Thông tư 05/2021/TT-TTCP, Điều 14); the same content"
                  + " was already forwarded");
        }
        return Optional.empty();
      }
      case GUIDE -> {
        Classification c = requireNonNull(classification);
        return c.defects().contains(ProcessingDefect.ALREADY_GUIDED)
            ? Optional.of(
                "a petitioner is guided once on the same content (Thông tư 07/2014/TT-TTCP, Điều 6); this one"
                    + " already was")
            : Optional.empty();
      }
      case EXTEND -> {
        int allowed = allowedExtensions(complexity);
        return extensions < allowed
            ? Optional.empty()
            : Optional.of(extensionRule(allowed));
      }
      case SUSPEND -> {
        boolean denunciation = kind == PetitionKind.DENUNCIATION;
        boolean amendedComplaint =
            kind == PetitionKind.COMPLAINT && !received().isBefore(COMPLAINT_SUSPENSION_FROM);
        return denunciation || amendedComplaint
            ? Optional.empty()
            : Optional.of(
                "the resolution of a denunciation may be suspended, and of a complaint received from "
                    + COMPLAINT_SUSPENSION_FROM
                    + " (Luật 136/2025/QH15); this is a "
                    + kind
                    + " received on "
                    + received());
      }
      case WITHDRAW -> {
        return kind == PetitionKind.COMPLAINT || kind == PetitionKind.DENUNCIATION
            ? Optional.empty()
            : Optional.of(
                "the law provides withdrawal for complaints (Luật Khiếu nại 02/2011/QH13, Điều 10) and"
                    + " denunciations (Luật Tố cáo 25/2018/QH14, Điều 33), not for a "
                    + kind);
      }
      case LODGE_SECOND_COMPLAINT -> {
        return kind == PetitionKind.COMPLAINT && round == ComplaintRound.FIRST
            ? Optional.empty()
            : Optional.of(
                "a second complaint follows a complaint's first-time decision (Luật Khiếu nại 02/2011/QH13, Điều"
                    + " 7); this is a "
                    + kind
                    + " in its "
                    + round
                    + " round");
      }
      case RECORD_FINALITY -> {
        return kind == PetitionKind.COMPLAINT
            ? Optional.empty()
            : Optional.of("finality is of a complaint decision (Luật Khiếu nại 02/2011/QH13, Điều 44)");
      }
      case CLOSE -> {
        return state == PetitionState.RESOLVED && kind == PetitionKind.COMPLAINT
            ? Optional.of(
                "a complaint decision is closed once final (Luật Khiếu nại 02/2011/QH13, Điều 44), or goes to a"
                    + " second complaint")
            : Optional.empty();
      }
      case ACCESS_IDENTITY -> {
        return intake.petitioners().identities().isEmpty()
            ? Optional.of("there is no identity to reveal: the petitioner is " + intake.petitioners())
            : Optional.empty();
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private String extensionRule(int allowed) {
    if (kind() != PetitionKind.DENUNCIATION) {
      return "a " + kind() + " is not extended; its complexity sets a longer limit (Luật Khiếu nại 02/2011/QH13,"
          + " Điều 28, 37)";
    }
    if (procedure() == Procedure.STATE_LAW && received().isBefore(DENUNCIATIONS_LAW_2011)) {
      return "the rule book knows no denunciation law before " + DENUNCIATIONS_LAW_2011 + "; this one was received"
          + " on " + received();
    }
    if (procedure() == Procedure.PARTY_RULES || received().isBefore(DENUNCIATIONS_LAW_2018)) {
      return "a denunciation is extended once (" + extensionBasis() + "); " + extensions + " already granted";
    }
    return "a denunciation is extended once if complex and twice if especially complex (Luật Tố cáo"
        + " 25/2018/QH14, Điều 30); it is "
        + complexity
        + ", allowing "
        + allowed
        + ", and "
        + extensions
        + " were granted";
  }

  /**
   * The extensions a denunciation may have: once in the Party's channel (Quy định 30-QĐ/TW and its guidance) and
   * under Luật Tố cáo 03/2011/QH13; by complexity under Luật Tố cáo 25/2018/QH14, Điều 30; never for other kinds.
   */
  private int allowedExtensions(Complexity assessed) {
    if (kind() != PetitionKind.DENUNCIATION) {
      return 0;
    }
    if (procedure() == Procedure.PARTY_RULES) {
      return 1;
    }
    if (received().isBefore(DENUNCIATIONS_LAW_2011)) {
      return 0;
    }
    if (received().isBefore(DENUNCIATIONS_LAW_2018)) {
      return 1;
    }
    return switch (assessed) {
      case NORMAL -> 0;
      case COMPLEX -> 1;
      case ESPECIALLY_COMPLEX -> 2;
    };
  }

  /** The longest one extension may be: 60 days for a complex case under the 2011 law, 30 days otherwise. */
  private int longestExtension() {
    boolean law2011 =
        procedure() == Procedure.STATE_LAW && received().isBefore(DENUNCIATIONS_LAW_2018);
    return law2011 && complexity != Complexity.NORMAL ? 60 : 30;
  }

  private String extensionBasis() {
    if (procedure() == Procedure.PARTY_RULES) {
      return "Quy định 30-QĐ/TW and its guidance";
    }
    return received().isBefore(DENUNCIATIONS_LAW_2018)
        ? "Luật Tố cáo 03/2011/QH13, Điều 21"
        : "Luật Tố cáo 25/2018/QH14, Điều 30";
  }

  private boolean stateAllows(PetitionCommand command) {
    return switch (command) {
      case RECEIVE -> false;
      case NOTIFY -> true;
      case ACCESS_IDENTITY -> true;
      case CLASSIFY -> state == PetitionState.RECEIVED || state == PetitionState.CLASSIFIED;
      case ACCEPT, REFUSE -> state == PetitionState.CLASSIFIED || state == PetitionState.SECOND_COMPLAINT;
      case FORWARD, GUIDE, FILE -> state == PetitionState.CLASSIFIED;
      case START_VERIFICATION -> state == PetitionState.ACCEPTED;
      case ASSESS_COMPLEXITY, EXTEND, RESOLVE ->
          state == PetitionState.ACCEPTED || state == PetitionState.VERIFYING;
      case SUSPEND -> state == PetitionState.ACCEPTED || state == PetitionState.VERIFYING;
      case RESUME -> state == PetitionState.SUSPENDED;
      case LODGE_SECOND_COMPLAINT, RECORD_FINALITY -> state == PetitionState.RESOLVED;
      case CLOSE -> state == PetitionState.RESOLVED || state == PetitionState.FINAL;
      case WITHDRAW -> withdrawable();
    };
  }

  private boolean withdrawable() {
    return switch (state) {
      case RECEIVED, CLASSIFIED, ACCEPTED, VERIFYING, SUSPENDED -> true;
      case SECOND_COMPLAINT -> true;
      default -> false;
    };
  }

  private Petition next(PetitionEvent event) {
    ImmutableList<PetitionEvent> longer =
        ImmutableList.<PetitionEvent>builderWithExpectedSize(history.size() + 1).addAll(history).add(event).build();
    ComplaintRound nextRound = round;
    Complexity nextComplexity = complexity;
    Classification nextClassification = classification;
    int nextExtensions = extensions;
    switch (event.command()) {
      case CLASSIFY -> nextClassification = event.classification().orElseThrow();
      case ASSESS_COMPLEXITY -> nextComplexity = Complexity.of(event.criteria());
      case EXTEND -> nextExtensions++;
      case LODGE_SECOND_COMPLAINT -> {
        nextRound = ComplaintRound.SECOND;
        nextComplexity = Complexity.NORMAL;
        nextExtensions = 0;
      }
      default -> {
        // the other commands change the state only
      }
    }
    return new Petition(
        intake, longer, stateAfter(state, event), nextRound, nextComplexity, nextClassification, nextExtensions);
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
      case RECEIVE, ASSESS_COMPLEXITY, EXTEND, NOTIFY, ACCESS_IDENTITY -> state;
    };
  }


  // ---- value -------------------------------------------------------------------------------------------------

  /**
   * Returns whether the other object is a petition with the same intake and history.
   *
   * @param o the object, may be null
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Petition other && intake.equals(other.intake) && history.equals(other.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(intake, history);
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
