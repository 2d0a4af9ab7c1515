package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step in the history of a {@link Draft}: the command, who did it and on what day, and what it carried. For
 * example the return of a draft by the chief of the office on 2016-03-02 with two format findings and the note "bổ
 * sung số liệu quý IV".
 *
 * <p>A start or a revision carries the form written; a return carries the format findings of that moment and a
 * note, at least one of them; an issue carries the number and symbol the register gave. Events are made by the
 * draft's commands; an application that keeps a draft's history rebuilds it with {@link Draft#replay}. An event
 * names its actor by identifier only.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class DraftEvent {

  DraftEvent() {}

  /**
   * The command performed.
   *
   * @return the command, not null
   */
  public abstract DraftCommand command();

  /**
   * Who performed it.
   *
   * @return the actor, not null
   */
  public abstract PersonId by();

  /**
   * The day it was performed.
   *
   * @return the day, not null
   */
  public abstract LocalDate on();

  /**
   * The form written, for {@link DraftCommand#START} and {@link DraftCommand#REVISE}.
   *
   * @return the form, present exactly for a start or a revision
   */
  public abstract Optional<DocumentForm> form();

  /**
   * The format findings a return carries.
   *
   * @return the findings, empty except for a return, not null
   */
  public abstract ImmutableList<FormatFinding> findings();

  /**
   * A note, for example the appraiser's findings on the content.
   *
   * @return the note, not blank, in NFC, or empty
   */
  public abstract Optional<String> note();

  /**
   * The number and symbol given at issue, for {@link DraftCommand#ISSUE}.
   *
   * @return the symbol, present exactly for an issue
   */
  public abstract Optional<DocumentSymbol> symbol();

  /**
   * Returns a builder, to rebuild an event an application has kept. The command, actor and day are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DraftEvent}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDraftEvent.Builder {
    Builder() {}
  }

  @Value.Check
  DraftEvent normalize() {
    boolean writes = command() == DraftCommand.START || command() == DraftCommand.REVISE;
    checkArgument(
        form().isPresent() == writes,
        "%s %s",
        command(),
        writes ? "carries the form written" : "carries no form");
    checkArgument(
        symbol().isPresent() == (command() == DraftCommand.ISSUE),
        "%s %s",
        command(),
        command() == DraftCommand.ISSUE ? "carries the number and symbol given" : "carries no number and symbol");
    checkArgument(
        findings().isEmpty() || command() == DraftCommand.RETURN,
        "only a return carries format findings, not a %s event",
        command());
    note().ifPresent(n -> checkArgument(!Texts.isBlank(n), "a note of a %s event is not blank", command()));
    checkArgument(
        command() != DraftCommand.RETURN || !findings().isEmpty() || note().isPresent(),
        "a draft is returned with format findings or a note; this return on %s has neither",
        on());
    Optional<String> note = note().map(n -> Normalizer.normalize(n, Normalizer.Form.NFC));
    return note.equals(note()) ? this : ImmutableDraftEvent.builder().from(this).note(note).build();
  }

  /**
   * Returns the command, day, actor and what the event carries: "RETURN 2016-03-02 by HG-CVP: 2 findings, bổ sung
   * số liệu".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(command()).append(' ').append(on()).append(" by ").append(by());
    symbol().ifPresent(s -> text.append(": ").append(s));
    if (!findings().isEmpty()) {
      text.append(": ").append(findings().size()).append(" findings");
    }
    note().ifPresent(n -> text.append(findings().isEmpty() ? ": " : ", ").append(n));
    return text.toString();
  }
}
