package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.calendar.Extension;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of an action item's history: a command, the day it was given and the person who gave it, with the
 * extension granted or the reason recorded. For example "2016-05-16 EXTEND +10 working days by HG-P-CVP".
 *
 * <p>An event records what happened; whether the item accepts it is for {@link ActionItem} to decide. An {@link
 * ActionItemCommand#EXTEND} carries its {@link Extension} and no other command does; a {@link
 * ActionItemCommand#CANCEL} carries its reason as a note. The note is kept in Unicode NFC.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class ActionItemEvent {

  ActionItemEvent() {}

  /**
   * The command recorded.
   *
   * @return the command, not null
   */
  public abstract ActionItemCommand command();

  /**
   * The day the command was given.
   *
   * @return the day, not null
   */
  public abstract LocalDate date();

  /**
   * The person who gave the command: who assigned, who reported, who approved the extension or the cancellation.
   *
   * @return the person, not null
   */
  public abstract PersonId actor();

  /**
   * The days granted, for an {@link ActionItemCommand#EXTEND}.
   *
   * @return the extension, present exactly for an extension
   */
  public abstract Optional<Extension> extension();

  /**
   * A note: the reason of a cancellation (required), or a remark on any other command.
   *
   * @return the note, not blank, in NFC, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns a builder. The command, the day and the actor are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ActionItemEvent}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableActionItemEvent.Builder {
    Builder() {}
  }

  /**
   * Returns an event with no note and no extension, for {@link ActionItemCommand#ASSIGN}, {@link
   * ActionItemCommand#START} or {@link ActionItemCommand#REPORT_DONE}.
   *
   * @param command the command, not {@link ActionItemCommand#EXTEND} nor {@link ActionItemCommand#CANCEL}, not null
   * @param date the day, not null
   * @param actor who gave the command, not null
   * @return the event, not null
   * @throws IllegalArgumentException if the command is an extension or a cancellation
   */
  public static ActionItemEvent of(ActionItemCommand command, LocalDate date, PersonId actor) {
    return builder().command(command).date(date).actor(actor).build();
  }

  /**
   * Returns an extension event.
   *
   * @param extension the days granted and the basis, not null
   * @param date the day the extension was granted, not null
   * @param actor who granted it, not null
   * @return the event, not null
   */
  public static ActionItemEvent extension(Extension extension, LocalDate date, PersonId actor) {
    return builder().command(ActionItemCommand.EXTEND).date(date).actor(actor).extension(extension).build();
  }

  /**
   * Returns a cancellation event.
   *
   * @param reason why, not blank
   * @param date the day of the cancellation, not null
   * @param actor who cancelled, not null
   * @return the event, not null
   * @throws IllegalArgumentException if the reason is blank
   */
  public static ActionItemEvent cancellation(String reason, LocalDate date, PersonId actor) {
    return builder().command(ActionItemCommand.CANCEL).date(date).actor(actor).note(reason).build();
  }

  @Value.Check
  ActionItemEvent normalize() {
    checkArgument(
        extension().isPresent() == (command() == ActionItemCommand.EXTEND),
        "an extension event carries the days granted, and no other event does: %s on %s with %s",
        command(),
        date(),
        extension());
    checkArgument(
        command() != ActionItemCommand.CANCEL || note().isPresent(),
        "a cancellation records its reason: %s on %s by %s has none",
        command(),
        date(),
        actor());
    if (note().isEmpty()) {
      return this;
    }
    String note = note().get();
    checkArgument(!Texts.isBlank(note), "a note is not blank: %s on %s %s", Texts.quote(note), command(), date());
    String normalized = Normalizer.normalize(note, Normalizer.Form.NFC);
    return normalized.equals(note) ? this : builder().from(this).note(normalized).build();
  }

  /**
   * Returns the day, the command, the extension, the actor and the note: "2016-05-16 EXTEND +10 days (…) by
   * HG-P-CVP".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return date()
        + " "
        + command()
        + extension().map(e -> " " + e).orElse("")
        + " by "
        + actor()
        + note().map(n -> ": " + n).orElse("");
  }
}
