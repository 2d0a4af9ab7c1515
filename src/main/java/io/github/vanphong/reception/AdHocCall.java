package io.github.vanphong.reception;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.Post;
import io.github.vanphong.petition.PetitionId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A case that called for the head of a post to receive citizens outside the periodic days, and the head's session
 * that answered it, if the head came. For example a tense land case of 40 people at the provincial reception office
 * on 2016-02-24 that called for the chair of the provincial People's Committee ({@link AdHocGround#COMPLEX_OR_MASS}),
 * answered by the chair's ad-hoc session of 2016-02-25.
 *
 * <p>A {@link ComplianceCheck} counts the calls of a post in a period and those answered: by an ad-hoc session of the
 * post's head (or of a deputy standing in where a rule allows), held on or after the call and by the day asked
 * about.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class AdHocCall {

  AdHocCall() {}

  /**
   * The day the case called for the head.
   *
   * @return the day, not null
   */
  public abstract LocalDate day();

  /**
   * The post whose head was called for.
   *
   * @return the post, not null
   */
  public abstract Post post();

  /**
   * The case that called.
   *
   * @return the ground, not null
   */
  public abstract AdHocGround ground();

  /**
   * The petition of the case, if it was registered as one.
   *
   * @return the petition, or empty
   */
  public abstract Optional<PetitionId> petition();

  /**
   * The head's ad-hoc session that answered the call.
   *
   * @return the session, or empty if the head did not come
   */
  public abstract Optional<SessionId> answeredBy();

  /**
   * Returns a builder. The day, the post and the ground are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AdHocCall}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAdHocCall.Builder {
    Builder() {}
  }

  /**
   * Returns the day, the post, the ground and the answer, for example "2016-02-24 Chair of HG-UBND: COMPLEX_OR_MASS,
   * answered by HG-TCD-DX-2016-02-25".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return day()
        + " "
        + post()
        + ": "
        + ground()
        + petition().map(p -> " (" + p + ")").orElse("")
        + answeredBy().map(s -> ", answered by " + s).orElse(", not answered");
  }
}
