package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.organization.PersonId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A file (hồ sơ): the documents of one piece of work, gathered while the work is done, closed when it ends, handed to
 * the office's archive, and at last either transferred to the historical archive (a permanent file) or, once its
 * retention has run, proposed for disposal, approved by the appraisal council (hội đồng xác định giá trị tài liệu)
 * and destroyed. For example the file {@code VPTU-HS-2016-07} "Hồ sơ tổ chức bầu cử đại biểu Quốc hội khóa XIV",
 * of a group kept 10 years, closed on 2016-12-30, may be proposed for disposal from 2027.
 *
 * <p>A file is its title, its retention group with the period its {@link RetentionSchedule} gave when it was opened,
 * and the append-only history of its {@link ArchiveFileEvent}s, from which its state, its documents and the day it
 * was closed are derived. The day it is closed is the day the work ended: Nghị định 30/2020/NĐ-CP, Điều 29.4.a, closes
 * a file when the work is done, and Điều 30.2 counts the time to hand it over from that day ({@link HandOverRuleBook}).
 * The retention period counts from the year the file is closed ({@link RetentionPeriod#disposableFrom}).
 *
 * <p>Every command takes its data first, then the day, then who gives it: {@code file.add(symbol, on, by)}. It
 * returns a new file with one more event, or throws: an {@link ArchiveWorkflowException} when the state does not
 * allow the command or an {@link ArchiveRule} forbids it (a file handed over while open, proposed for disposal before
 * its retention has run or while kept permanently, destroyed without the council's approval, transferred though
 * not permanent), naming the file, its state, the command, the commands allowed and the rule; an {@link
 * IllegalArgumentException} for a bad argument, such as a day before the last event or a document added twice.
 * Either way the file it was called on is left as it was. {@link #replay} rebuilds a file from the history an
 * application kept. A file holds the documents' numbers and symbols, not their content.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ArchiveFile {

  /** The longest title, in characters: 1,000. */
  public static final int MAX_TITLE_LENGTH = 1000;

  private final ArchiveFileId id;
  private final String title;
  private final String group;
  private final RetentionPeriod period;

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<ArchiveFileEvent> history;

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<DocumentSymbol> documents;

  private final ArchiveFileState state;

  private ArchiveFile(
      ArchiveFileId id,
      String title,
      String group,
      RetentionPeriod period,
      ImmutableList<ArchiveFileEvent> history,
      ImmutableList<DocumentSymbol> documents) {
    this.id = id;
    this.title = title;
    this.group = group;
    this.period = period;
    this.history = history;
    this.documents = documents;
    this.state = history.get(history.size() - 1).command().resultingState();
  }

  /**
   * Opens a file whose retention group has a rule in the schedule: the person in charge of the work opens it, and
   * the schedule gives its period.
   *
   * @param id the file's identifier, from the office's list of files, not null
   * @param title the title, not blank, at most {@link #MAX_TITLE_LENGTH} characters
   * @param group the retention group, one the schedule has a rule for, not null
   * @param schedule the retention schedule, not null
   * @param on the day it is opened, not null
   * @param by who opens it, not null
   * @return the file, {@link ArchiveFileState#OPEN}, with no document, not null
   * @throws IllegalArgumentException if the title is blank or too long, or the schedule has no rule for the group
   */
  public static ArchiveFile open(
      ArchiveFileId id, String title, String group, RetentionSchedule schedule, LocalDate on, PersonId by) {
    requireNonNull(schedule, "schedule");
    RetentionRule rule =
        schedule
            .rule(requireNonNull(group, "group"))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a file is kept as its group's rule says; the schedule has no rule for the group "
                            + Texts.quote(group)));
    return opened(id, title, rule.group(), rule.period(), ArchiveFileEvent.of(ArchiveFileCommand.OPEN, on, by));
  }

  private static ArchiveFile opened(
      ArchiveFileId id, String title, String group, RetentionPeriod period, ArchiveFileEvent first) {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    requireNonNull(group, "group");
    requireNonNull(period, "period");
    requireNonNull(first, "first event");
    checkArgument(
        !Texts.isBlank(title) && title.length() <= MAX_TITLE_LENGTH,
        "a file has a title of 1 to %s characters, not blank: %s",
        MAX_TITLE_LENGTH,
        Texts.quote(title));
    checkArgument(!Texts.isBlank(group), "a file names its retention group: %s", Texts.quote(group));
    checkArgument(
        first.command() == ArchiveFileCommand.OPEN,
        "a file's history starts with %s, not %s",
        ArchiveFileCommand.OPEN,
        first);
    return new ArchiveFile(
        id,
        Normalizer.normalize(title, Normalizer.Form.NFC),
        Normalizer.normalize(group, Normalizer.Form.NFC),
        period,
        ImmutableList.of(first),
        ImmutableList.of());
  }

  /**
   * Rebuilds a file an application has kept, from its history, checking every step as the commands do: the first
   * event is the opening, each later one is allowed in the state before it, not dated before it, and not refused by
   * an {@link ArchiveRule}. A file replayed from the history of another is equal to it.
   *
   * @param id the file's identifier, not null
   * @param title the title, not blank, at most {@link #MAX_TITLE_LENGTH} characters
   * @param group the retention group, not blank
   * @param period the retention period given when the file was opened, not null
   * @param history the events in order, at least the opening, not null, none null
   * @return the file, not null
   * @throws IllegalArgumentException if the history could not have been made by the file's commands; the message
   *     names the first event at fault
   */
  public static ArchiveFile replay(
      ArchiveFileId id, String title, String group, RetentionPeriod period, Iterable<ArchiveFileEvent> history) {
    Iterator<ArchiveFileEvent> events = Arguments.list(history, "history").iterator();
    checkArgument(events.hasNext(), "a file's history starts with %s; it is empty", ArchiveFileCommand.OPEN);
    ArchiveFile file = opened(id, title, group, period, events.next());
    while (events.hasNext()) {
      ArchiveFileEvent event = events.next();
      try {
        file = file.apply(event);
      } catch (ArchiveWorkflowException e) {
        throw new IllegalArgumentException("the kept history cannot be replayed at " + event + ": " + e.getMessage(), e);
      }
    }
    return file;
  }

  /**
   * Returns the identifier.
   *
   * @return the identifier, not null
   */
  public ArchiveFileId id() {
    return id;
  }

  /**
   * Returns the title, in NFC.
   *
   * @return the title, not blank
   */
  public String title() {
    return title;
  }

  /**
   * Returns the retention group the file belongs to, as the schedule names it, in NFC.
   *
   * @return the group, not blank
   */
  public String group() {
    return group;
  }

  /**
   * Returns how long the file is kept, as the schedule said when it was opened.
   *
   * @return the period, not null
   */
  public RetentionPeriod period() {
    return period;
  }

  /**
   * Returns every event, oldest first; the first is the opening.
   *
   * @return the history, not empty, not null
   */
  public ImmutableList<ArchiveFileEvent> history() {
    return history;
  }

  /**
   * Returns the state, that which the last event's command leads to.
   *
   * @return the state, not null
   */
  public ArchiveFileState state() {
    return state;
  }

  /**
   * Returns the numbers and symbols of the documents the file groups, in the order added.
   *
   * @return the documents, each once, possibly empty, not null
   */
  public ImmutableList<DocumentSymbol> documents() {
    return documents;
  }

  /**
   * Returns the day the file was opened.
   *
   * @return the day, not null
   */
  public LocalDate openedOn() {
    return history.get(0).on();
  }

  /**
   * Returns the day the file was closed, which is the day the work ended.
   *
   * @return the day, or empty while the file is open
   */
  public Optional<LocalDate> closedOn() {
    return history.stream()
        .filter(e -> e.command() == ArchiveFileCommand.CLOSE)
        .map(ArchiveFileEvent::on)
        .findFirst();
  }

  /**
   * Returns the first year in which the file may be proposed for disposal: the year after its period has run,
   * counted from the year it was closed ({@link RetentionPeriod#disposableFrom}).
   *
   * @return the year, or empty while the file is open or if it is kept permanently
   */
  public Optional<Year> disposableFrom() {
    return closedOn().flatMap(day -> period.disposableFrom(Year.from(day)));
  }

  /**
   * Returns the state at the end of a day: that of the last event on or before it.
   *
   * @param day the day, not null
   * @return the state, or empty if the file was not yet opened on that day
   */
  public Optional<ArchiveFileState> stateOn(LocalDate day) {
    requireNonNull(day, "day");
    ArchiveFileState on = null;
    for (ArchiveFileEvent event : history) {
      if (event.on().isAfter(day)) {
        break;
      }
      on = event.command().resultingState();
    }
    return Optional.ofNullable(on);
  }

  /**
   * Returns the commands the file allows now, on the day of its latest event: those its state allows, less those an
   * {@link ArchiveRule} forbids. For example a file of 10 years handed over allows neither the transfer (it is not
   * permanent) nor, before its retention has run, the proposal for disposal.
   *
   * @return the commands, possibly empty, not null
   */
  public ImmutableSet<ArchiveFileCommand> allowedCommands() {
    return allowedCommandsOn(lastDay());
  }

  /**
   * Returns the commands the file would allow on a day: those its state allows, less those an {@link ArchiveRule}
   * forbids on that day. For example a file of 10 years closed in 2016 and handed over allows the proposal for
   * disposal on a day of 2027, not of 2026.
   *
   * @param day the day, not null
   * @return the commands, possibly empty, not null
   */
  public ImmutableSet<ArchiveFileCommand> allowedCommandsOn(LocalDate day) {
    requireNonNull(day, "day");
    return state.allowedCommands().stream()
        .filter(command -> ruleForbidding(command, day).isEmpty())
        .collect(Sets.toImmutableEnumSet());
  }

  private LocalDate lastDay() {
    return history.get(history.size() - 1).on();
  }

  /**
   * Adds a document to the open file.
   *
   * @param document the document's number and symbol, not already in the file, not null
   * @param on the day, not before the last event, not null
   * @param by who adds it, not null
   * @return the file, still {@link ArchiveFileState#OPEN}, not null
   * @throws ArchiveWorkflowException if the file is not open
   * @throws IllegalArgumentException if the document is already in the file or the day is before the last event
   */
  public ArchiveFile add(DocumentSymbol document, LocalDate on, PersonId by) {
    return apply(ArchiveFileEvent.adding(requireNonNull(document, "document"), on, by));
  }

  /**
   * Closes the file: the work is done (Nghị định 30/2020/NĐ-CP, Điều 29.4.a). The day is the work's end, from which
   * the time to hand it over counts.
   *
   * @param on the day the work ended, not before the last event, not null
   * @param by who closes it, not null
   * @return the file, {@link ArchiveFileState#CLOSED}, not null
   * @throws ArchiveWorkflowException if the file is not open
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ArchiveFile close(LocalDate on, PersonId by) {
    return apply(ArchiveFileEvent.of(ArchiveFileCommand.CLOSE, on, by));
  }

  /**
   * Hands the closed file to the office's archive (nộp lưu vào lưu trữ cơ quan).
   *
   * @param on the day, not before the last event, not null
   * @param by who hands it over, not null
   * @return the file, {@link ArchiveFileState#HANDED_OVER}, not null
   * @throws ArchiveWorkflowException naming {@link ArchiveRule#HAND_OVER_ONLY_CLOSED} if the file is open, or with
   *     no rule if it is past the hand-over
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ArchiveFile handOver(LocalDate on, PersonId by) {
    return apply(ArchiveFileEvent.of(ArchiveFileCommand.HAND_OVER, on, by));
  }

  /**
   * Transfers a permanent file from the office's archive to the historical archive (lưu trữ lịch sử).
   *
   * @param on the day, not before the last event, not null
   * @param by who transfers it, not null
   * @return the file, {@link ArchiveFileState#TRANSFERRED}, not null
   * @throws ArchiveWorkflowException naming {@link ArchiveRule#TRANSFER_ONLY_PERMANENT_FILES} if the file is kept
   *     for a limited period, or with no rule if it is not handed over
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ArchiveFile transfer(LocalDate on, PersonId by) {
    return apply(ArchiveFileEvent.of(ArchiveFileCommand.TRANSFER, on, by));
  }

  /**
   * Lists the file for disposal (đề nghị hủy), its retention having run.
   *
   * @param on the day, in or after the year {@link #disposableFrom()}, not before the last event, not null
   * @param by who proposes it, not null
   * @return the file, {@link ArchiveFileState#PROPOSED_FOR_DISPOSAL}, not null
   * @throws ArchiveWorkflowException naming {@link ArchiveRule#NO_DISPOSAL_OF_PERMANENT_FILES} for a permanent file,
   *     {@link ArchiveRule#DISPOSAL_ONLY_AFTER_RETENTION} before the year its retention has run, or with no rule if
   *     the file is not handed over
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ArchiveFile proposeDisposal(LocalDate on, PersonId by) {
    return apply(ArchiveFileEvent.of(ArchiveFileCommand.PROPOSE_DISPOSAL, on, by));
  }

  /**
   * Records the appraisal council's approval of the proposed disposal.
   *
   * @param on the day of the council's decision, not before the last event, not null
   * @param by the council's chair, or who records the decision, not null
   * @return the file, {@link ArchiveFileState#DISPOSAL_APPROVED}, not null
   * @throws ArchiveWorkflowException if the file is not proposed for disposal
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ArchiveFile approveDisposal(LocalDate on, PersonId by) {
    return apply(ArchiveFileEvent.of(ArchiveFileCommand.APPROVE_DISPOSAL, on, by));
  }

  /**
   * Destroys the file (tiêu hủy) whose disposal the appraisal council approved.
   *
   * @param on the day, not before the last event, not null
   * @param by who destroys it, not null
   * @return the file, {@link ArchiveFileState#DESTROYED}, not null
   * @throws ArchiveWorkflowException naming {@link ArchiveRule#DESTRUCTION_ONLY_AFTER_APPROVAL} if the disposal was
   *     not approved, or with no rule if the file is already destroyed or transferred
   * @throws IllegalArgumentException if the day is before the last event
   */
  public ArchiveFile destroy(LocalDate on, PersonId by) {
    return apply(ArchiveFileEvent.of(ArchiveFileCommand.DESTROY, on, by));
  }

  /**
   * Applies an event as its command: the way {@link #replay} rebuilds a file, one step at a time.
   *
   * @param event the event, not an opening, not null
   * @return the file with the event appended, not null
   * @throws ArchiveWorkflowException if the state does not allow the command or a rule forbids it
   * @throws IllegalArgumentException if the event is an opening, is dated before the last event, or adds a document
   *     already in the file
   */
  public ArchiveFile apply(ArchiveFileEvent event) {
    requireNonNull(event, "event");
    ArchiveFileCommand command = event.command();
    checkArgument(command != ArchiveFileCommand.OPEN, "file %s is already open; an event %s opens it again", id, event);
    Optional<ArchiveRule> rule = ruleRefusing(command, event.on());
    if (rule.isPresent() || !state.allows(command)) {
      throw new ArchiveWorkflowException(
          id, state, command, allowedCommandsOn(event.on()), rule, rule.map(r -> facts(r, event.on())).orElse(""));
    }
    LocalDate last = lastDay();
    checkArgument(
        !event.on().isBefore(last),
        "the events of a file do not go backwards: the last, %s, was on %s; %s cannot be on %s",
        history.get(history.size() - 1).command(),
        last,
        command,
        event.on());
    ImmutableList<DocumentSymbol> added = documents;
    if (event.document().isPresent()) {
      DocumentSymbol document = event.document().get();
      checkArgument(!documents.contains(document), "file %s already holds the document %s", id, document);
      added = ImmutableList.<DocumentSymbol>builder().addAll(documents).add(document).build();
    }
    return new ArchiveFile(
        id, title, group, period, ImmutableList.<ArchiveFileEvent>builder().addAll(history).add(event).build(), added);
  }

  /** The rule that refuses a command in this state on a day, whether or not the state allows it. */
  private Optional<ArchiveRule> ruleRefusing(ArchiveFileCommand command, LocalDate day) {
    if (command == ArchiveFileCommand.HAND_OVER && state == ArchiveFileState.OPEN) {
      return Optional.of(ArchiveRule.HAND_OVER_ONLY_CLOSED);
    }
    if (command == ArchiveFileCommand.DESTROY
        && state != ArchiveFileState.DISPOSAL_APPROVED
        && !state.allowedCommands().isEmpty()) {
      return Optional.of(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL);
    }
    return state.allows(command) ? ruleForbidding(command, day) : Optional.empty();
  }

  /** The rule that forbids a command the state allows, if one does on the day. */
  private Optional<ArchiveRule> ruleForbidding(ArchiveFileCommand command, LocalDate day) {
    if (command == ArchiveFileCommand.TRANSFER && !period.isPermanent()) {
      return Optional.of(ArchiveRule.TRANSFER_ONLY_PERMANENT_FILES);
    }
    if (command == ArchiveFileCommand.PROPOSE_DISPOSAL) {
      if (period.isPermanent()) {
        return Optional.of(ArchiveRule.NO_DISPOSAL_OF_PERMANENT_FILES);
      }
      if (Year.from(day).isBefore(disposableFrom().orElseThrow())) {
        return Optional.of(ArchiveRule.DISPOSAL_ONLY_AFTER_RETENTION);
      }
    }
    return Optional.empty();
  }

  private String facts(ArchiveRule rule, LocalDate day) {
    return switch (rule) {
      case HAND_OVER_ONLY_CLOSED -> "the file is still open; it is closed when the work is done";
      case DESTRUCTION_ONLY_AFTER_APPROVAL -> "the appraisal council has not approved the disposal";
      case TRANSFER_ONLY_PERMANENT_FILES -> "the file is kept " + period + ", not permanently";
      case NO_DISPOSAL_OF_PERMANENT_FILES -> "the file is kept permanently";
      case DISPOSAL_ONLY_AFTER_RETENTION ->
          "the file closed in "
              + closedOn().map(Year::from).orElseThrow()
              + " is kept "
              + period
              + " and may be proposed for disposal from "
              + disposableFrom().orElseThrow()
              + ", not on "
              + day;
    };
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ArchiveFile other
        && id.equals(other.id)
        && title.equals(other.title)
        && group.equals(other.group)
        && period.equals(other.period)
        && history.equals(other.history);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, group, period, history);
  }

  /**
   * Returns the identifier, state, period and count of documents: "ArchiveFile[VPTU-HS-2016-07, HANDED_OVER, 10
   * years, 3 documents]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ArchiveFile[" + id + ", " + state + ", " + period + ", " + documents.size() + " documents]";
  }
}
