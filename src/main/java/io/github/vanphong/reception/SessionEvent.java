package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.Petitioners;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a reception session's history: a command, the day it was given and the officer who recorded it, with
 * its data. For example "2016-03-10 REFUSE DRAWN_OUT by HG-VP-012, ONE_PERSON(1), earlier P-2015-0031".
 *
 * <p>Each command carries its own data and no other: {@link SessionCommand#OPEN} its {@link SessionOpening}, {@link
 * SessionCommand#RECEIVE} its {@link Matter}, {@link SessionCommand#REFUSE} its ground, the citizens refused and,
 * where there is one, the earlier petition of the same case, {@link SessionCommand#ISSUE_CONCLUSION_NOTICE} the
 * notice's number and symbol, {@link SessionCommand#NOTIFY_REFUSAL} the number of the refusal in the session and the
 * notice's number and symbol; {@link SessionCommand#END} nothing. Whether the session accepts an event is for {@link
 * ReceptionSession} to decide. No event shows a citizen's identity.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class SessionEvent {

  SessionEvent() {}

  /**
   * The command recorded.
   *
   * @return the command, not null
   */
  public abstract SessionCommand command();

  /**
   * The day the command was given.
   *
   * @return the day, not null
   */
  public abstract LocalDate on();

  /**
   * The officer who recorded it.
   *
   * @return the officer, not null
   */
  public abstract PersonId by();

  /**
   * The opening, of an {@link SessionCommand#OPEN}.
   *
   * @return the opening, present exactly for an opening
   */
  public abstract Optional<SessionOpening> opening();

  /**
   * The matter received, of a {@link SessionCommand#RECEIVE}.
   *
   * @return the matter, present exactly for a receipt
   */
  public abstract Optional<Matter> matter();

  /**
   * The ground of a {@link SessionCommand#REFUSE}.
   *
   * @return the ground, present exactly for a refusal
   */
  public abstract Optional<RefusalGround> ground();

  /**
   * The citizens refused, of a {@link SessionCommand#REFUSE}.
   *
   * @return the citizens, present exactly for a refusal
   */
  public abstract Optional<Petitioners> citizens();

  /**
   * The earlier petition of the same case, of a {@link SessionCommand#REFUSE} that names one.
   *
   * @return the petition, or empty
   */
  public abstract Optional<PetitionId> earlier();

  /**
   * The number, in the session, of the refusal notified, of a {@link SessionCommand#NOTIFY_REFUSAL}.
   *
   * @return the number, 1 or more, present exactly for a refusal's notice
   */
  public abstract Optional<Integer> refusal();

  /**
   * The number and symbol of the notice issued, for example "25-TB/TU", of a {@link
   * SessionCommand#ISSUE_CONCLUSION_NOTICE} or a {@link SessionCommand#NOTIFY_REFUSAL}.
   *
   * @return the reference, not blank, present exactly for those commands
   */
  public abstract Optional<String> reference();

  /**
   * Returns a builder. The command, the day and the officer are required, and the command's own data.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SessionEvent}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableSessionEvent.Builder {
    Builder() {}
  }

  /**
   * Returns the copy without identities: the matter and the citizens redacted.
   *
   * @return the redacted copy, not null
   */
  public SessionEvent redacted() {
    if (matter().isEmpty() && citizens().isEmpty()) {
      return this;
    }
    return builder()
        .from(this)
        .matter(matter().map(Matter::redacted))
        .citizens(citizens().map(Petitioners::redacted))
        .build();
  }

  @Value.Check
  void check() {
    SessionCommand command = command();
    has(opening().isPresent(), command == SessionCommand.OPEN, "an opening");
    has(matter().isPresent(), command == SessionCommand.RECEIVE, "a matter");
    has(ground().isPresent(), command == SessionCommand.REFUSE, "a ground of refusal");
    has(citizens().isPresent(), command == SessionCommand.REFUSE, "the citizens refused");
    checkArgument(
        earlier().isEmpty() || command == SessionCommand.REFUSE,
        "only a refusal names an earlier petition; %s does not",
        command);
    has(refusal().isPresent(), command == SessionCommand.NOTIFY_REFUSAL, "the number of a refusal");
    has(
        reference().isPresent(),
        command == SessionCommand.NOTIFY_REFUSAL || command == SessionCommand.ISSUE_CONCLUSION_NOTICE,
        "a notice's number and symbol");
    refusal().ifPresent(n -> checkArgument(n >= 1, "refusals are numbered from 1 in a session, not %s", n));
    reference().ifPresent(r -> checkArgument(!Texts.isBlank(r), "a notice's number and symbol is not blank"));
  }

  private void has(boolean present, boolean required, String what) {
    checkArgument(
        present == required,
        required ? "%s carries %s; none was given" : "%s does not carry %s; it was given",
        command(),
        what);
  }

  /**
   * Returns the day, the command, the officer and the open facts of its data, for example "2016-03-10 REFUSE
   * DRAWN_OUT by HG-VP-012, ONE_PERSON(1), earlier P-2015-0031".
   *
   * @return a readable form with no identity, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder().append(on()).append(' ').append(command());
    ground().ifPresent(g -> text.append(' ').append(g));
    refusal().ifPresent(n -> text.append(' ').append(n));
    text.append(" by ").append(by());
    opening().ifPresent(o -> text.append(", ").append(o));
    matter().ifPresent(m -> text.append(", ").append(m));
    citizens().ifPresent(c -> text.append(", ").append(c));
    earlier().ifPresent(p -> text.append(", earlier ").append(p));
    reference().ifPresent(r -> text.append(", notice ").append(r));
    return text.toString();
  }
}
