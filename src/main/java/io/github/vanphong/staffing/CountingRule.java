package io.github.vanphong.staffing;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Which staff count toward a staffing norm or an allocation: whether contract staff count, and whether a
 * concurrent post (kiêm nhiệm) counts in its unit. For example the default, {@link #officialsOnly()}, counts
 * officials only, each person once, at the post that is not concurrent.
 *
 * <p>Whatever the rule, a person counts at most once within one count: a person holding two counted posts in the
 * units under one commune committee counts once toward its norm. A person holding counted posts in two units
 * counts in each unit where the rule says so, so totals that add the units' counts count that person twice.
 *
 * <p><b>Unconfirmed.</b> The convention by which "biên chế" is counted (officials only, main post only) has not
 * been confirmed against an instrument: the default basis is {@link Confirmation#UNCONFIRMED}. The rule is
 * configurable; an application that counts otherwise builds its own, citing its own basis.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class CountingRule {

  /**
   * The basis of the default convention: {@link Confirmation#UNCONFIRMED}, a convention of this library that no
   * instrument read so far states.
   */
  public static final LegalBasis CONVENTION =
      LegalBasis.of(
          Instrument.builder()
              .name("Quy ước tính biên chế của thư viện vanphong (chưa xác minh)")
              .inForceFrom(LocalDate.of(1930, 2, 3))
              .confirmation(Confirmation.UNCONFIRMED)
              .build(),
          "chỉ tính công chức trong biên chế, mỗi người một lần tại vị trí không kiêm nhiệm");

  private static final CountingRule OFFICIALS_ONLY = builder().build();

  CountingRule() {}

  /**
   * Whether staff under a labour contract count; false unless set.
   *
   * @return true if contract staff count
   */
  @Value.Default
  public boolean countsContractStaff() {
    return false;
  }

  /**
   * Whether a concurrent post counts in its unit; false unless set.
   *
   * @return true if concurrent posts count
   */
  @Value.Default
  public boolean countsConcurrentPosts() {
    return false;
  }

  /**
   * The basis of the counting convention; {@link #CONVENTION} unless set.
   *
   * @return the legal basis, not null
   */
  @Value.Default
  public LegalBasis basis() {
    return CONVENTION;
  }

  /**
   * Returns the default rule: officials only, each person once, at the post that is not concurrent.
   *
   * @return the default rule, not null
   */
  public static CountingRule officialsOnly() {
    return OFFICIALS_ONLY;
  }

  /**
   * Returns a builder, for a rule of an application's own.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link CountingRule}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableCountingRule.Builder {
    Builder() {}
  }

  /**
   * Tells whether an assignment counts under this rule, whatever the day.
   *
   * @param assignment the assignment, not null
   * @return true if its employment and its concurrency count
   */
  public boolean counts(StaffAssignment assignment) {
    return (assignment.employment() == Employment.OFFICIAL || countsContractStaff())
        && (!assignment.concurrent() || countsConcurrentPosts());
  }

  /**
   * Returns a readable form: "CountingRule[officials, main posts only; basis ...]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "CountingRule["
        + (countsContractStaff() ? "officials and contract staff" : "officials")
        + ", "
        + (countsConcurrentPosts() ? "concurrent posts too" : "main posts only")
        + "; basis "
        + basis()
        + "]";
  }
}
