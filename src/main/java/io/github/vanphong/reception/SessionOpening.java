package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.UnitId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What is known of a reception session when it opens: its identifier, the unit whose register it goes in, who
 * receives and in which post, its kind and place, the Party bodies taking part, and for an ad-hoc session the case
 * that called for it. For example the periodic day of the chair of Hậu Giang's People's Committee at the provincial
 * reception office, with the provincial party office, the inspection committee and the internal affairs board
 * present.
 *
 * <p>A session held by a deputy in the head's stead names the head's post in {@link #onBehalfOf()}; whether it
 * counts towards the head's duty is for the rule book to say ({@link ProcedureRequirement#DEPUTY_STANDS_IN}). The
 * opening is not the session: {@link ReceptionSession#open} makes one from it on its day.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class SessionOpening {

  SessionOpening() {}

  /**
   * The session's identifier.
   *
   * @return the identifier, not null
   */
  public abstract SessionId id();

  /**
   * The unit that holds the reception and keeps its register, for example the provincial party office or the
   * provincial reception board.
   *
   * @return the unit, not null
   */
  public abstract UnitId unit();

  /**
   * The person who receives.
   *
   * @return the person, not null
   */
  public abstract PersonId receiver();

  /**
   * The post in which the person receives, for example the chair of the provincial People's Committee.
   *
   * @return the post, not null
   */
  public abstract Post post();

  /**
   * The head's post, when a deputy receives in the head's stead.
   *
   * @return the head's post, or empty if the receiver receives in his own post
   */
  public abstract Optional<Post> onBehalfOf();

  /**
   * The kind of reception.
   *
   * @return the kind, not null
   */
  public abstract SessionKind kind();

  /**
   * Where it is held.
   *
   * @return the place, not null
   */
  public abstract ReceptionPlace place();

  /**
   * The Party bodies taking part (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 3; Nghị định 154/2026/NĐ-CP, Điều
   * 29).
   *
   * @return the bodies, possibly empty, not null
   */
  public abstract ImmutableSet<ParticipatingBody> participants();

  /**
   * The case that called for an ad-hoc session.
   *
   * @return the ground, present exactly for a {@link SessionKind#HEAD_AD_HOC} session
   */
  public abstract Optional<AdHocGround> adHocGround();

  /**
   * Returns the post whose duty the session may meet: the head's post for a deputy standing in, else the receiver's.
   *
   * @return the post, not null
   */
  public Post dutyPost() {
    return onBehalfOf().orElse(post());
  }

  /**
   * Returns a builder. The identifier, unit, receiver, post, kind and place are required, and the ground of an ad-hoc
   * session.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SessionOpening}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableSessionOpening.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        adHocGround().isPresent() == (kind() == SessionKind.HEAD_AD_HOC),
        "session %s: an ad-hoc session names the case that called for it, and only an ad-hoc session does; a %s"
            + " session was given %s",
        id(),
        kind(),
        adHocGround().map(AdHocGround::toString).orElse("no case"));
    onBehalfOf()
        .ifPresent(
            head -> {
              checkArgument(
                  kind().isHeads(),
                  "session %s: a deputy stands in for the head's own reception only; a %s session stands in for none",
                  id(),
                  kind());
              checkArgument(
                  !head.equals(post()),
                  "session %s: a deputy stands in for another post than his own; both are %s",
                  id(),
                  head);
            });
  }

  /**
   * Returns the identifier, kind, post and place, for example "HG-TCD-2016-01-15: HEAD_PERIODIC by HG-P-CT as Chair of
   * HG-UBND at PROVINCIAL_RECEPTION_OFFICE".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return id()
        + ": "
        + kind()
        + " by "
        + receiver()
        + " as "
        + post()
        + onBehalfOf().map(head -> " for " + head).orElse("")
        + " at "
        + place()
        + adHocGround().map(g -> " (" + g + ")").orElse("");
  }
}
