package io.github.vanphong.organization;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import java.util.stream.Collectors;

/**
 * Thrown when a unit tree, an org chart or a change to one would break an {@link OrganizationRule}. It lists every
 * violation found, not only the first; the value the change was applied to is left as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class InvalidOrganizationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an ImmutableList of immutable values is serializable
  private final ImmutableList<OrganizationViolation> violations;

  /**
   * Creates the exception for the given violations.
   *
   * @param violations the violations, not empty
   * @throws IllegalArgumentException if there is no violation
   */
  public InvalidOrganizationException(Iterable<OrganizationViolation> violations) {
    super(message(Arguments.list(violations, "violations")));
    this.violations = ImmutableList.copyOf(violations);
  }

  private static String message(ImmutableList<OrganizationViolation> violations) {
    checkArgument(!violations.isEmpty(), "an invalid organisation needs at least one violation");
    return violations.stream().map(OrganizationViolation::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns every violation found.
   *
   * @return the violations, not empty
   */
  public ImmutableList<OrganizationViolation> violations() {
    return violations;
  }
}
