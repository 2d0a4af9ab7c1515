package io.github.vanphong.reception;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.Post;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person who acts in a post for a time without being appointed to it (quyền, phụ trách): for example a deputy
 * secretary put in charge of the provincial party committee between the departure of one secretary and the election
 * of the next. A duty to receive binds the post, so the acting holder receives in its name and the sessions count
 * ({@link ComplianceCheck#withActing}).
 *
 * <p>It is not an {@link io.github.vanphong.organization.Appointment}: the org chart keeps one holder at a time of a
 * single-holder post, and an acting designation may overlap the absent holder's term.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Acting {

  Acting() {}

  /**
   * The person acting.
   *
   * @return the person, not null
   */
  public abstract PersonId person();

  /**
   * The post acted in.
   *
   * @return the post, not null
   */
  public abstract Post post();

  /**
   * The days of the acting, both ends counted.
   *
   * @return the term, not null
   */
  public abstract Validity term();

  /**
   * The decision that put the person in charge, if cited.
   *
   * @return the basis, or empty
   */
  public abstract Optional<LegalBasis> basis();

  /**
   * Returns a person acting in a post for a term, with no decision cited.
   *
   * @param person the person, not null
   * @param post the post, not null
   * @param term the days, not null
   * @return the acting designation, not null
   */
  public static Acting of(PersonId person, Post post, Validity term) {
    return ImmutableActing.builder().person(person).post(post).term(term).build();
  }

  /**
   * Returns this designation citing its decision.
   *
   * @param decision the decision, not null
   * @return the designation with its basis, not null
   */
  public Acting withBasis(LegalBasis decision) {
    return ImmutableActing.builder().from(this).basis(requireNonNull(decision, "decision")).build();
  }

  /**
   * Tells whether the person acts in the post on a day.
   *
   * @param day the day, not null
   * @return true if the day lies within {@link #term()}
   */
  public boolean isActingOn(LocalDate day) {
    return term().contains(day);
  }

  /**
   * Returns the person, the post and the term: "HG-P-PBT acting as Secretary of HG-TU [2016-02-01..2016-02-29]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return person() + " acting as " + post() + " " + term() + basis().map(b -> ", under " + b.citation()).orElse("");
  }
}
