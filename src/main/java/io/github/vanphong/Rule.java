package io.github.vanphong;

import java.util.Optional;

/**
 * A rule of the domain, named and cited: for example the petition rule {@code FORWARD_DENUNCIATION_ONCE}, "forwarding a
 * denunciation is done once for the same content" (Thông tư 05/2021/TT-TTCP, Điều 14), or the staffing rule that an
 * office stays within its quota. A check reports the rules it found broken ({@link Violation}), and a workflow names
 * the rule that refused a command ({@link CommandRefusedException#rule()}).
 *
 * <p>Every domain package has its rules as enum constants or as named values of a rule book; each carries its legal
 * basis with its own accessor ({@code basis()}), in the package that knows the law. This interface holds what every
 * rule shares, so that findings and refusals of every package have one shape.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Rule {

  /**
   * Returns the name of the rule, as the code and the messages spell it, for example "FORWARD_DENUNCIATION_ONCE".
   *
   * @return the name, not blank
   */
  String name();

  /**
   * Returns the instrument and article an inspector checks the rule against, for example "Thông tư
   * 05/2021/TT-TTCP, Điều 14"; empty for a structural rule that no instrument states because data must follow it to
   * mean anything, such as "a unit is not its own ancestor".
   *
   * @return the citation, not blank, or empty for a structural rule
   */
  Optional<String> citation();
}
