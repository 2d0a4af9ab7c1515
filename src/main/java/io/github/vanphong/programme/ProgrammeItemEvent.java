package io.github.vanphong.programme;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a programme item's history: a command, the day it was given and the person who gave it, with the
 * month due or the note recorded. For example "2016-06-20 POSTPONE by HG-P-CVP: the draft needs the districts'
 * figures".
 *
 * <p>A {@link ProgrammeItemCommand#PLAN} and a {@link ProgrammeItemCommand#CARRY_OVER} carry the month the matter
 * is due, and no other command does; a {@link ProgrammeItemCommand#POSTPONE} and a {@link
 * ProgrammeItemCommand#DROP} carry their reason as a note; a {@link ProgrammeItemCommand#CONCLUDE} may carry the
 * conclusion's gist. The note is kept in Unicode NFC. The month due lies between 1930-02 and 2199-12.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class ProgrammeItemEvent {

  ProgrammeItemEvent() {}

  /**
   * The command recorded.
   *
   * @return the command, not null
   */
  public abstract ProgrammeItemCommand command();

  /**
   * The day the command was given.
   *
   * @return the day, not null
   */
  public abstract LocalDate date();

  /**
   * The person who gave the command.
   *
   * @return the person, not null
   */
  public abstract PersonId actor();

  /**
   * The month the matter is due, for a {@link ProgrammeItemCommand#PLAN} or a {@link
   * ProgrammeItemCommand#CARRY_OVER}.
   *
   * @return the month, present exactly for those two commands
   */
  public abstract Optional<YearMonth> due();

  /**
   * A note: the reason of a postponement or a drop (required), or a remark on any other command.
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
   * Builds a {@link ProgrammeItemEvent}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableProgrammeItemEvent.Builder {
    Builder() {}
  }

  /**
   * Returns an event with no note and no month due, for {@link ProgrammeItemCommand#PREPARE}, {@link
   * ProgrammeItemCommand#SUBMIT} or {@link ProgrammeItemCommand#CONCLUDE}.
   *
   * @param command the command, not null
   * @param date the day, not null
   * @param actor who gave the command, not null
   * @return the event, not null
   * @throws IllegalArgumentException if the command needs a month due or a reason
   */
  public static ProgrammeItemEvent of(ProgrammeItemCommand command, LocalDate date, PersonId actor) {
    return builder().command(command).date(date).actor(actor).build();
  }

  /**
   * Returns an event with a month due: a {@link ProgrammeItemCommand#PLAN} or a {@link
   * ProgrammeItemCommand#CARRY_OVER}.
   *
   * @param command the command, one of those two, not null
   * @param due the month due, from 1930-02 to 2199-12, not null
   * @param date the day, not null
   * @param actor who gave the command, not null
   * @return the event, not null
   * @throws IllegalArgumentException if the command carries no month due, or the month is out of range
   */
  public static ProgrammeItemEvent scheduling(
      ProgrammeItemCommand command, YearMonth due, LocalDate date, PersonId actor) {
    return builder().command(command).due(due).date(date).actor(actor).build();
  }

  /**
   * Returns an event with a note: the reason of a {@link ProgrammeItemCommand#POSTPONE} or a {@link
   * ProgrammeItemCommand#DROP}, or the gist of a {@link ProgrammeItemCommand#CONCLUDE}.
   *
   * @param command the command, not null
   * @param note the note, not blank, not null
   * @param date the day, not null
   * @param actor who gave the command, not null
   * @return the event, not null
   * @throws IllegalArgumentException if the note is blank, or the command needs a month due
   */
  public static ProgrammeItemEvent noted(
      ProgrammeItemCommand command, String note, LocalDate date, PersonId actor) {
    return builder().command(command).note(note).date(date).actor(actor).build();
  }

  private boolean schedules() {
    return command() == ProgrammeItemCommand.PLAN || command() == ProgrammeItemCommand.CARRY_OVER;
  }

  @Value.Check
  ProgrammeItemEvent normalize() {
    checkArgument(
        due().isPresent() == schedules(),
        "a plan or a carry-over event carries the month due, and no other event does: %s on %s with %s",
        command(),
        date(),
        due());
    due()
        .ifPresent(
            month ->
                checkArgument(
                    !month.isBefore(YearMonth.from(ProgrammePeriod.EARLIEST))
                        && !month.isAfter(YearMonth.from(ProgrammePeriod.LATEST)),
                    "a month due lies between %s and %s: %s",
                    YearMonth.from(ProgrammePeriod.EARLIEST),
                    YearMonth.from(ProgrammePeriod.LATEST),
                    month));
    checkArgument(
        !command().needsReason() || note().isPresent(),
        "a %s records its reason: the event on %s by %s has none",
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
   * Returns the day, the command, the month due, the actor and the note: "2016-06-20 POSTPONE by HG-P-CVP: …".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return date()
        + " "
        + command()
        + due().map(m -> " due " + m).orElse("")
        + " by "
        + actor()
        + note().map(n -> ": " + Texts.quote(n)).orElse("");
  }
}
