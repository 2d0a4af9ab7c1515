package io.github.vanphong.organization;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A person in a post for a term: for example Huỳnh Thanh Tạo as Chair of the Hậu Giang People's Council from
 * 2015-12-02 to 2020-11-10. The decision that made the appointment may be cited.
 *
 * <p>An appointment is a fact of the past or an open term; it is not a nomination nor an election result. An
 * {@link OrgChart} checks it against the units and the other appointments.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Appointment {

  Appointment() {}

  /**
   * The person appointed.
   *
   * @return the person's identifier, not null
   */
  public abstract PersonId person();

  /**
   * The post.
   *
   * @return the post, not null
   */
  public abstract Post post();

  /**
   * The days the person holds the post, both ends counted; open-ended while in office.
   *
   * @return the term, not null
   */
  public abstract Validity term();

  /**
   * The decision of the appointment, if cited.
   *
   * @return the legal basis, or empty if none is cited
   */
  public abstract Optional<LegalBasis> basis();

  /**
   * Returns the appointment of a person to a post for a term, with no decision cited.
   *
   * @param person the person, not null
   * @param post the post, not null
   * @param term the term, not null
   * @return the appointment, not null
   */
  public static Appointment of(PersonId person, Post post, Validity term) {
    return builder().person(person).post(post).term(term).build();
  }

  /**
   * Returns a builder, for an appointment that cites its decision. The person, post and term are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Appointment}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAppointment.Builder {
    Builder() {}
  }

  /**
   * Tells whether the person holds the post on the given day.
   *
   * @param day the day, not null
   * @return true if the day lies within {@link #term()}
   */
  public boolean isHeldOn(LocalDate day) {
    return term().contains(day);
  }

  /**
   * Returns the person, post and term: "HG-HTTAO as Chair of HG-HDND [2015-12-02..2020-11-10]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return person() + " as " + post() + " " + term() + basis().map(b -> ", under " + b.citation()).orElse("");
  }
}
