package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.PersistentVector;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Party document on its way from draft to issue (biên tập, thẩm định và ban hành văn bản): its identifier, its
 * type, its issuer, and the append-only history of its steps, from which its state and current form are derived.
 * For example the báo cáo {@code VPTU-DT-2016-014} of Văn phòng Tỉnh ủy is drafted, submitted, returned by the chief
 * of the office with the findings of its format, revised, submitted again, appraised, signed, and issued as {@code
 * 12-BC/VPTU}.
 *
 * <p>The steps follow Hướng dẫn 36-HD/VPTW, Mục I.4 (reported; {@link DraftCommand#DUTIES}): the chief of the office
 * (chánh văn phòng), or whoever is in charge of the office's work, appraises the format and its presentation; the
 * signer answers for the format; the văn thư checks before issue. The format checks that can be computed from the
 * form are reported all at once by {@link #findings()}; a return carries them, and a draft with findings is not
 * appraised ({@link DraftRule#APPRAISE_ONLY_WITHOUT_FINDINGS}).
 *
 * <p><b>The rules of the day.</b> A draft is checked against the {@link FormatRule}s of its {@link FormatRuleBook}
 * ({@link FormatRuleBook#standard()} unless given) in force on the day of the check: a return and an appraisal on
 * their own day, {@link #findings()} on the day of the latest event. A notice drafted and appraised in March 2016 is
 * checked under Hướng dẫn 11-HD/VPTW (2004), one checked from 2018-04-03 under Hướng dẫn 36-HD/VPTW, which replaced
 * it; each finding names the rule, and so the guide, it was found under ({@link #findingsOn(LocalDate) findingsOn}). The number is not given while
 * drafting: {@link #issue} takes it from an {@link OutgoingRegister} on the day of issue.
 *
 * <p>Every command takes its data first, then the day, then who gives it: {@code draft.revise(form, on, by)}. It
 * returns a new draft with one more event, or throws: a {@link DraftWorkflowException} when the state does not allow
 * the command or a {@link DraftRule} forbids it there, naming the draft, its state, the command, the commands allowed
 * and the rule; an {@link IllegalArgumentException} for a bad argument, such as a day before the last event. Either
 * way the draft it was called on is left as it was. Days of events never go backwards. {@link #replay} rebuilds a
 * draft from the history an application kept. A draft is not the document's content, and the people in its history
 * are named by identifier only.
 *
 * <p>A command costs about the same whatever the length of the history: a draft shares its events with the draft it
 * was made from instead of copying them; {@link #history()} makes its list once, on first use.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Draft {

  private final DraftId id;
  private final DocumentType type;
  private final Issuer issuer;
  private final FormatRuleBook rules;
  /** The events, oldest first, shared with the drafts this one was made from. */
  private final PersistentVector<DraftEvent> history;

  private final DraftState state;
  private final DocumentForm form;

  /** {@link #history} as a list, made on first use; racy single-check, as ImmutableList is safely published. */
  @SuppressWarnings("Immutable") // a cache of a value derived from the final fields; see history()
  private @Nullable ImmutableList<DraftEvent> historyList;

  private Draft(
      DraftId id,
      DocumentType type,
      Issuer issuer,
      FormatRuleBook rules,
      PersistentVector<DraftEvent> history,
      DocumentForm form) {
    this.id = id;
    this.type = type;
    this.issuer = issuer;
    this.rules = rules;
    this.history = history;
    this.state = history.last().command().resultingState();
    this.form = form;
  }

  /**
   * Starts a draft checked against the built-in format rules, {@link FormatRuleBook#standard()}: the drafter writes
   * its first form, for example {@code Draft.start(DraftId.of("VPTU-DT-2016-014"), DocumentCodeBook.REPORT,
   * DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE, form, day, drafter)}.
   *
   * @param id the draft's identifier, given by the office, not null
   * @param type the type of the document, a Party type, not null
   * @param issuer the issuing body, a Party issuer, not null
   * @param form the form written, not null
   * @param on the day, not null
   * @param by who writes the draft, not null
   * @return the draft, {@link DraftState#DRAFTED}, not null
   * @throws IllegalArgumentException if the type or the issuer is not of the Party
   */
  public static Draft start(
      DraftId id, DocumentType type, Issuer issuer, DocumentForm form, LocalDate on, PersonId by) {
    return start(id, type, issuer, FormatRuleBook.standard(), form, on, by);
  }

  /**
   * Starts a draft checked against the given format rules, for example a province's book {@code
   * FormatRuleBook.standard().with(ownRule)}: the drafter writes its first form.
   *
   * @param id the draft's identifier, given by the office, not null
   * @param type the type of the document, a Party type, not null
   * @param issuer the issuing body, a Party issuer, not null
   * @param rules the format rules, chosen by the day of each check, not null
   * @param form the form written, not null
   * @param on the day, not null
   * @param by who writes the draft, not null
   * @return the draft, {@link DraftState#DRAFTED}, not null
   * @throws IllegalArgumentException if the type or the issuer is not of the Party
   */
  public static Draft start(
      DraftId id,
      DocumentType type,
      Issuer issuer,
      FormatRuleBook rules,
      DocumentForm form,
      LocalDate on,
      PersonId by) {
    requireNonNull(id, "id");
    requireNonNull(rules, "rules");
    requireNonNull(type, "type");
    requireNonNull(issuer, "issuer");
    checkArgument(
        type.system() == DocumentSystem.PARTY && issuer.system() == DocumentSystem.PARTY,
        "a draft follows the format of Party documents (%s); %s of %s is not one",
        Instruments.PARTY_DOCUMENT_FORMAT_2018.name(),
        type,
        issuer);
    DraftEvent event =
        DraftEvent.builder().command(DraftCommand.START).by(by).on(on).form(form).build();
    return new Draft(id, type, issuer, rules, PersistentVector.<DraftEvent>empty().plus(event), form);
  }

  /**
   * Rebuilds a draft an application has kept, from its history, checking every step as the commands do: the first
   * event is a start, each later one is allowed in the state before it and not dated before it, an appraisal comes
   * only with no format findings, and an issue carries a symbol of the draft's type and issuer. A draft replayed from
   * the history of another is equal to it.
   *
   * @param id the draft's identifier, not null
   * @param type the type of the document, a Party type, not null
   * @param issuer the issuing body, a Party issuer, not null
   * @param history the events in order, at least the start, not null, none null
   * @return the draft, not null
   * @throws IllegalArgumentException if the history could not have been made by the draft's commands; the message
   *     names the first event at fault
   */
  public static Draft replay(DraftId id, DocumentType type, Issuer issuer, Iterable<DraftEvent> history) {
    return replay(id, type, issuer, FormatRuleBook.standard(), history);
  }

  /**
   * Rebuilds a draft an application has kept, checked against the given format rules, from its history, checking
   * every step as the commands do ({@link #replay(DraftId, DocumentType, Issuer, Iterable) replay}); an appraisal comes only
   * with no finding by the rules in force on its day.
   *
   * @param id the draft's identifier, not null
   * @param type the type of the document, a Party type, not null
   * @param issuer the issuing body, a Party issuer, not null
   * @param rules the format rules the draft was checked against, not null
   * @param history the events in order, at least the start, not null, none null
   * @return the draft, not null
   * @throws IllegalArgumentException if the history could not have been made by the draft's commands; the message
   *     names the first event at fault
   */
  public static Draft replay(
      DraftId id, DocumentType type, Issuer issuer, FormatRuleBook rules, Iterable<DraftEvent> history) {
    Iterator<DraftEvent> events = Arguments.list(history, "history").iterator();
    checkArgument(events.hasNext(), "a draft's history starts with %s; it is empty", DraftCommand.START);
    DraftEvent first = events.next();
    checkArgument(
        first.command() == DraftCommand.START,
        "a draft's history starts with %s, not %s",
        DraftCommand.START,
        first);
    Draft draft = start(id, type, issuer, rules, first.form().orElseThrow(), first.on(), first.by());
    while (events.hasNext()) {
      DraftEvent event = events.next();
      try {
        draft = draft.replayed(event);
      } catch (DraftWorkflowException e) {
        throw new IllegalArgumentException("the kept history cannot be replayed at " + event + ": " + e.getMessage(), e);
      }
    }
    return draft;
  }

  private Draft replayed(DraftEvent event) {
    refuseUnlessAllowed(event.command());
    switch (event.command()) {
      case APPRAISE -> checkAppraisable(event.on());
      case ISSUE -> {
        DocumentSymbol symbol = event.symbol().orElseThrow();
        checkArgument(
            symbol.isParty() && symbol.typeCode().equals(type.code()) && symbol.issuerCode().equals(issuer.code()),
            "the issue of a %s of %s carries a symbol -%s/%s; the kept event says %s",
            type.code(),
            issuer.code(),
            type.code(),
            issuer.code(),
            symbol);
      }
      default -> {
        // The other commands carry nothing to check beyond the state that allows them.
      }
    }
    return append(event);
  }

  /**
   * Returns the identifier the office gave the draft when it was started.
   *
   * @return the identifier, not null
   */
  public DraftId id() {
    return id;
  }

  /**
   * Returns the type of the document.
   *
   * @return the type, not null
   */
  public DocumentType type() {
    return type;
  }

  /**
   * Returns the issuing body.
   *
   * @return the issuer, not null
   */
  public Issuer issuer() {
    return issuer;
  }

  /**
   * Returns the format rules the draft is checked against.
   *
   * @return the rule book, not null
   */
  public FormatRuleBook rules() {
    return rules;
  }

  /**
   * Returns every event, oldest first; the first is the start. The list is made on the first call, in time linear in
   * the length of the history, and kept.
   *
   * @return the history, not empty, not null
   */
  public ImmutableList<DraftEvent> history() {
    ImmutableList<DraftEvent> list = historyList;
    if (list == null) {
      list = history.asList();
      historyList = list;
    }
    return list;
  }

  /**
   * Returns the state, that which the last event's command leads to.
   *
   * @return the state, not null
   */
  public DraftState state() {
    return state;
  }

  /**
   * Returns the form as last written, by the start or the latest revision.
   *
   * @return the form, not null
   */
  public DocumentForm form() {
    return form;
  }

  /**
   * Returns every format finding of the current form by the rules in force on the day of the latest event, in the
   * order of the rules.
   *
   * @return the findings, empty if the form passes every rule, not null
   */
  public ImmutableList<FormatFinding> findings() {
    return findingsOn(lastDay());
  }

  /**
   * Returns every format finding of the current form by the rules of the draft's book in force on a day ({@link
   * FormatRuleBook#rulesOn(LocalDate) FormatRuleBook.rulesOn}): for a day of 2016 those of Hướng dẫn 11-HD/VPTW, from 2018-04-03 those of
   * Hướng dẫn 36-HD/VPTW.
   *
   * @param day the day of the check, not null
   * @return the findings, each naming the rule it breaks, empty if the form passes every rule, not null
   */
  public ImmutableList<FormatFinding> findingsOn(LocalDate day) {
    return rules.check(form, type, issuer, day);
  }

  private LocalDate lastDay() {
    return history.last().on();
  }

  /**
   * Returns the commands the draft allows now: those its state allows ({@link DraftState#allowedCommands()}), less
   * those a {@link DraftRule} forbids. For example a submitted draft allows {@link DraftCommand#RETURN} and {@link
   * DraftCommand#APPRAISE}, but only the return while its form has format findings ({@link
   * DraftRule#APPRAISE_ONLY_WITHOUT_FINDINGS}).
   *
   * @return the commands, possibly empty, not null
   */
  public ImmutableSet<DraftCommand> allowedCommands() {
    return allowedCommandsOn(lastDay());
  }

  private ImmutableSet<DraftCommand> allowedCommandsOn(LocalDate day) {
    return state.allowedCommands().stream()
        .filter(command -> ruleForbidding(command, day).isEmpty())
        .collect(Sets.toImmutableEnumSet());
  }

  /** The rule that forbids a command the state allows, if one does on the day, by the format rules of the day. */
  private Optional<DraftRule> ruleForbidding(DraftCommand command, LocalDate day) {
    return command == DraftCommand.APPRAISE && !findingsOn(day).isEmpty()
        ? Optional.of(DraftRule.APPRAISE_ONLY_WITHOUT_FINDINGS)
        : Optional.empty();
  }

  /**
   * Returns the number and symbol the register gave at issue.
   *
   * @return the symbol, or empty if the draft is not issued
   */
  public Optional<DocumentSymbol> symbol() {
    return history.last().symbol();
  }

  /**
   * Submits the draft for appraisal of its format and content.
   *
   * @param on the day, not before the last event, not null
   * @param by who submits, usually the drafter, not null
   * @return the draft, {@link DraftState#SUBMITTED}, not null
   * @throws DraftWorkflowException if the draft is not drafted or revised
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Draft submit(LocalDate on, PersonId by) {
    return append(event(DraftCommand.SUBMIT, on, by).build());
  }

  /**
   * Returns the draft to its drafter, with the format findings of the current form by the rules in force on the day
   * of the return, and a note, for example on the content.
   *
   * @param note the appraiser's note, possibly blank when the form has findings, not null
   * @param on the day, not before the last event, not null
   * @param by who returns it: the chief of the office, or the signer, not null
   * @return the draft, {@link DraftState#RETURNED}, not null
   * @throws DraftWorkflowException if the draft is not submitted or appraised
   * @throws IllegalArgumentException if the day is before the last event
   * @throws IllegalArgumentException if the form has no finding and the note is blank: a return gives its reasons
   */
  public Draft returnWithFindings(String note, LocalDate on, PersonId by) {
    requireNonNull(note, "note");
    DraftEvent.Builder event = event(DraftCommand.RETURN, on, by);
    event.findings(findingsOn(on));
    if (!Texts.isBlank(note)) {
      event.note(note);
    }
    return append(event.build());
  }

  /**
   * Revises the draft: the drafter writes a new form.
   *
   * @param revised the new form, not null
   * @param on the day, not before the last event, not null
   * @param by who revises, usually the drafter, not null
   * @return the draft, {@link DraftState#REVISED}, not null
   * @throws DraftWorkflowException if the draft is not drafted, returned or revised
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Draft revise(DocumentForm revised, LocalDate on, PersonId by) {
    requireNonNull(revised, "revised");
    return append(event(DraftCommand.REVISE, on, by).form(revised).build());
  }

  /**
   * Records the appraisal of the draft's format and content by the chief of the office (Hướng dẫn 36-HD/VPTW, Mục
   * I.4). A draft whose form has format findings by the rules in force on the day of the appraisal is not
   * appraised: it is returned ({@link DraftRule#APPRAISE_ONLY_WITHOUT_FINDINGS}).
   *
   * @param on the day, not before the last event, not null
   * @param by who appraises, the chief of the office or whoever is in charge of its work, not null
   * @return the draft, {@link DraftState#APPRAISED}, not null
   * @throws DraftWorkflowException if the draft is not submitted, or its form has format findings ({@link
   *     DraftWorkflowException#rule()} is then {@link DraftRule#APPRAISE_ONLY_WITHOUT_FINDINGS})
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Draft appraise(LocalDate on, PersonId by) {
    DraftEvent event = event(DraftCommand.APPRAISE, on, by).build();
    checkAppraisable(on);
    return append(event);
  }

  private void checkAppraisable(LocalDate on) {
    Optional<DraftRule> rule = ruleForbidding(DraftCommand.APPRAISE, on);
    if (rule.isPresent()) {
      ImmutableList<FormatFinding> findings = findingsOn(on);
      throw new DraftWorkflowException(
          id,
          state,
          DraftCommand.APPRAISE,
          allowedCommandsOn(on),
          rule,
          "the form has " + findings.size() + " format findings on " + on + ": " + findings);
    }
  }

  /**
   * Records the signature of the appraised draft.
   *
   * @param on the day, not before the last event, not null
   * @param by who signs, not null
   * @return the draft, {@link DraftState#SIGNED}, not null
   * @throws DraftWorkflowException if the draft is not appraised
   * @throws IllegalArgumentException if the day is before the last event
   */
  public Draft sign(LocalDate on, PersonId by) {
    return append(event(DraftCommand.SIGN, on, by).build());
  }

  /**
   * Issues the signed draft: the register gives it the next number of its sequence on the day of issue, with the
   * form's summary and secrecy mark.
   *
   * @param register the outgoing register of the draft's issuer covering the day, not null
   * @param on the day of issue, not before the last event, not null
   * @param by who issues, usually the văn thư, not null
   * @return the issued draft and the register's outcome, not null
   * @throws DraftWorkflowException if the draft is not signed
   * @throws IllegalArgumentException if the day is before the last event
   * @throws IllegalArgumentException if the register is not the draft issuer's
   * @throws IllegalArgumentException if the register refuses the issue: a day outside the days it covers or before
   *     the last issue of the sequence
   */
  public DraftIssued issue(OutgoingRegister register, LocalDate on, PersonId by) {
    requireNonNull(register, "register");
    event(DraftCommand.ISSUE, on, by);
    checkArgument(
        register.issuer().system() == issuer.system() && register.issuer().code().equals(issuer.code()),
        "a draft of %s is numbered in a register of %s; this register is of %s",
        issuer.code(),
        issuer.code(),
        register.issuer().code());
    Issued issued = register.issue(type, on, form.summary(), form.secrecy());
    Draft draft = append(event(DraftCommand.ISSUE, on, by).symbol(issued.symbol()).build());
    return new DraftIssued(draft, issued);
  }

  private DraftEvent.Builder event(DraftCommand command, LocalDate on, PersonId by) {
    requireNonNull(on, "on");
    requireNonNull(by, "by");
    refuseUnlessAllowed(command);
    LocalDate last = history.last().on();
    checkArgument(
        !on.isBefore(last),
        "the events of a draft do not go backwards: the last, %s, was on %s; %s cannot be on %s",
        history.last().command(),
        last,
        command,
        on);
    return DraftEvent.builder().command(command).by(by).on(on);
  }

  private void refuseUnlessAllowed(DraftCommand command) {
    if (!state.allows(command)) {
      throw new DraftWorkflowException(id, state, command, allowedCommands(), Optional.empty(), "");
    }
  }

  private Draft append(DraftEvent event) {
    LocalDate last = history.last().on();
    checkArgument(
        !event.on().isBefore(last),
        "the events of a draft do not go backwards: the last was on %s; %s cannot be on %s",
        last,
        event.command(),
        event.on());
    return new Draft(
        id,
        type,
        issuer,
        rules,
        history.plus(event),
        event.form().orElse(form));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Draft other
        && id.equals(other.id)
        && type.equals(other.type)
        && issuer.equals(other.issuer)
        && rules.equals(other.rules)
        && history().equals(other.history());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, type, issuer, rules, history());
  }

  /**
   * Returns the identifier, type, issuer, state and size of the history: "Draft[VPTU-DT-2016-014, BC of VPTU,
   * APPRAISED, 6 events]", with the symbol once issued.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "Draft["
        + id
        + ", "
        + type.code()
        + " of "
        + issuer.code()
        + ", "
        + state
        + symbol().map(s -> " as " + s).orElse("")
        + ", "
        + history.size()
        + " events]";
  }
}
