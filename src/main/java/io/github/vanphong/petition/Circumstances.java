package io.github.vanphong.petition;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.organization.Level;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a case that decide which time limit applies to it, besides its stage and kind: the round of a
 * complaint, the complexity, the area, and the level of the body that resolves it. For example {@code
 * Circumstances.ordinary().withArea(AreaType.REMOTE)} is a first, normal complaint in a remote area, which gets 45
 * days rather than 30 (Luật Khiếu nại 02/2011/QH13, Điều 28).
 *
 * <p>The level is optional: a rule that holds only at some levels (the Party's 90 working days below the central
 * level) applies only when the level is known. Facts that do not matter to a rule (the round of a denunciation) are
 * ignored by it.
 *
 * <p>The canonical form of {@link #toString()} is, for example, {@code FIRST/NORMAL/ORDINARY/PROVINCIAL}, or
 * {@code FIRST/NORMAL/ORDINARY/any level}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Circumstances {

  private static final Circumstances ORDINARY =
      new Circumstances(ComplaintRound.FIRST, Complexity.NORMAL, AreaType.ORDINARY, null);

  /** Every value, one for each round, complexity, area and level or none, shared by the package-private {@code of}. */
  private static final ImmutableList<Circumstances> EVERY = every();

  private final ComplaintRound round;
  private final Complexity complexity;
  private final AreaType area;
  private final @Nullable Level level;

  private Circumstances(ComplaintRound round, Complexity complexity, AreaType area, @Nullable Level level) {
    this.round = round;
    this.complexity = complexity;
    this.area = area;
    this.level = level;
  }

  /**
   * Returns the most common circumstances: a first round, a normal case, an ordinary area, the level not given.
   *
   * @return the ordinary circumstances, not null
   */
  public static Circumstances ordinary() {
    return ORDINARY;
  }

  /**
   * Returns the given circumstances, the level not given.
   *
   * @param round the round of a complaint, not null
   * @param complexity the complexity, not null
   * @param area the area, not null
   * @return the circumstances, not null
   */
  public static Circumstances of(ComplaintRound round, Complexity complexity, AreaType area) {
    return new Circumstances(
        requireNonNull(round, "round"), requireNonNull(complexity, "complexity"), requireNonNull(area, "area"), null);
  }

  /**
   * Returns the circumstances with the given facts, the same instance for the same facts: the deadlines of a whole
   * register ask for them stage after stage.
   */
  static Circumstances of(ComplaintRound round, Complexity complexity, AreaType area, @Nullable Level level) {
    return EVERY.get(index(round, complexity, area, level));
  }

  @SuppressWarnings("EnumOrdinal") // a position in the table built from the constants in this run, never kept
  private static int index(ComplaintRound round, Complexity complexity, AreaType area, @Nullable Level level) {
    int i = round.ordinal();
    i = i * Complexity.values().length + complexity.ordinal();
    i = i * AreaType.values().length + area.ordinal();
    return i * (Level.values().length + 1) + (level == null ? 0 : level.ordinal() + 1);
  }

  private static ImmutableList<Circumstances> every() {
    Circumstances[] every =
        new Circumstances
            [ComplaintRound.values().length
                * Complexity.values().length
                * AreaType.values().length
                * (Level.values().length + 1)];
    for (ComplaintRound round : ComplaintRound.values()) {
      for (Complexity complexity : Complexity.values()) {
        for (AreaType area : AreaType.values()) {
          every[index(round, complexity, area, null)] = new Circumstances(round, complexity, area, null);
          for (Level level : Level.values()) {
            every[index(round, complexity, area, level)] = new Circumstances(round, complexity, area, level);
          }
        }
      }
    }
    return ImmutableList.copyOf(every);
  }

  /**
   * Returns these circumstances in another round.
   *
   * @param round the round, not null
   * @return the new circumstances, not null
   */
  public Circumstances withRound(ComplaintRound round) {
    return new Circumstances(requireNonNull(round, "round"), complexity, area, level);
  }

  /**
   * Returns these circumstances with another complexity.
   *
   * @param complexity the complexity, not null
   * @return the new circumstances, not null
   */
  public Circumstances withComplexity(Complexity complexity) {
    return new Circumstances(round, requireNonNull(complexity, "complexity"), area, level);
  }

  /**
   * Returns these circumstances in another area.
   *
   * @param area the area, not null
   * @return the new circumstances, not null
   */
  public Circumstances withArea(AreaType area) {
    return new Circumstances(round, complexity, requireNonNull(area, "area"), level);
  }

  /**
   * Returns these circumstances with the level of the body that resolves the case.
   *
   * @param level the level, not null
   * @return the new circumstances, not null
   */
  public Circumstances atLevel(Level level) {
    return new Circumstances(round, complexity, area, requireNonNull(level, "level"));
  }

  /**
   * Returns the round of a complaint.
   *
   * @return the round, not null
   */
  public ComplaintRound round() {
    return round;
  }

  /**
   * Returns the complexity.
   *
   * @return the complexity, not null
   */
  public Complexity complexity() {
    return complexity;
  }

  /**
   * Returns the area.
   *
   * @return the area, not null
   */
  public AreaType area() {
    return area;
  }

  /**
   * Returns the level of the body that resolves the case, if given.
   *
   * @return the level, or empty if not given
   */
  public Optional<Level> level() {
    return Optional.ofNullable(level);
  }

  /** Returns the level, or null if not given: for choosing a rule without making an optional. */
  @Nullable Level levelOrNull() {
    return level;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Circumstances other
        && round == other.round
        && complexity == other.complexity
        && area == other.area
        && level == other.level;
  }

  @Override
  public int hashCode() {
    return Objects.hash(round, complexity, area, level);
  }

  /**
   * Returns the canonical form, for example {@code SECOND/COMPLEX/REMOTE/any level}.
   *
   * @return the round, complexity, area and level, not null
   */
  @Override
  public String toString() {
    return round + "/" + complexity + "/" + area + "/" + (level == null ? "any level" : level.name());
  }
}
