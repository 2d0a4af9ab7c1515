package io.github.vanphong.staffing;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One post of a staff member in a unit over a span of days: who (a {@link PersonId}, never a name), where, how
 * employed, with what qualification, and whether the post is held concurrently (kiêm nhiệm). For example the
 * official {@code CB-0042}, university graduate, in the office {@code HG-CT-VP} from 2015-01-01, not concurrent.
 *
 * <p>A person may hold several posts at once, but at most one that is not concurrent; {@link Headcount} refuses
 * anything else. Which posts count toward a norm is a {@link CountingRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class StaffAssignment {

  StaffAssignment() {}

  /**
   * The staff member, by key.
   *
   * @return the person's identifier, not null
   */
  public abstract PersonId person();

  /**
   * The unit of the post.
   *
   * @return the unit identifier, not null
   */
  public abstract UnitId unit();

  /**
   * How the person is employed in this post.
   *
   * @return the employment, not null
   */
  public abstract Employment employment();

  /**
   * The person's highest professional qualification while in this post.
   *
   * @return the qualification, not null
   */
  public abstract Qualification qualification();

  /**
   * The days the post is held, both ends counted.
   *
   * @return the tenure, not null
   */
  public abstract Validity tenure();

  /**
   * Whether the post is held concurrently with a main post elsewhere (kiêm nhiệm); false unless set.
   *
   * @return true for a concurrent post
   */
  @Value.Default
  public boolean concurrent() {
    return false;
  }

  /**
   * Returns a builder. The person, unit, employment, qualification and tenure are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link StaffAssignment}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableStaffAssignment.Builder {
    Builder() {}
  }

  /**
   * Tells whether the post is held on the day.
   *
   * @param day the day, not null
   * @return true if the day lies within {@link #tenure()}
   */
  public boolean isHeldOn(LocalDate day) {
    return tenure().contains(day);
  }

  /**
   * Returns a readable form: "CB-0042 at HG-CT-VP [2015-01-01..), Official, University" with ", concurrent" for
   * a concurrent post.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return person()
        + " at "
        + unit()
        + " "
        + tenure()
        + ", "
        + employment().englishName()
        + ", "
        + qualification().englishName()
        + (concurrent() ? ", concurrent" : "");
  }
}
