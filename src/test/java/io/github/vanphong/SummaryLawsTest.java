package io.github.vanphong;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The laws catch a summary that breaks them: each can fail. */
class SummaryLawsTest {

  /** How a test count breaks the laws. */
  private enum Flaw {
    NONE,
    KEEPS_THE_LEFT,
    MERGES_ANY_DAY
  }

  /** A count of a day, for the test only; {@code plus} is right unless given a flaw. */
  private static final class Count implements Summary<Count> {
    private final @Nullable LocalDate day;
    private final int n;
    private final Flaw flaw;

    Count(@Nullable LocalDate day, int n, Flaw flaw) {
      this.day = day;
      this.n = n;
      this.flaw = flaw;
    }

    static Count of(int n) {
      return new Count(LocalDate.of(2016, 3, 1), n, Flaw.NONE);
    }

    @Override
    public Count plus(Count other) {
      if (other.day == null) {
        return this;
      }
      if (day == null) {
        return other;
      }
      if (!day.equals(other.day) && flaw != Flaw.MERGES_ANY_DAY) {
        throw new IllegalArgumentException("counts of " + day + " and " + other.day + " do not merge");
      }
      return flaw == Flaw.KEEPS_THE_LEFT ? this : new Count(day, n + other.n, flaw);
    }

    Optional<LocalDate> asOf() {
      return Optional.ofNullable(day);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Count c && Objects.equals(day, c.day) && n == c.n;
    }

    @Override
    public int hashCode() {
      return Objects.hash(day, n);
    }

    @Override
    public String toString() {
      return day + ":" + n;
    }
  }

  private static final Count EMPTY = new Count(null, 0, Flaw.NONE);

  private static Collector<Integer, ?, Count> collector() {
    return Collectors.reducing(EMPTY, Count::of, Count::plus);
  }

  @Test
  void aLawfulSummaryPasses() {
    assertThatCode(() -> SummaryLaws.mergeLaws(EMPTY, Count.of(1), Count.of(2), Count.of(3)))
        .doesNotThrowAnyException();
    assertThatCode(() -> SummaryLaws.collectorLaws(List.of(1, 2, 3, 4), 2, collector(), Count::of, EMPTY))
        .doesNotThrowAnyException();
    assertThatCode(
            () ->
                SummaryLaws.anotherDayIsRefused(
                    Count.of(1), new Count(LocalDate.of(2016, 3, 2), 1, Flaw.NONE), EMPTY, Count::asOf))
        .doesNotThrowAnyException();
  }

  @Test
  void aPlusThatIsNotCommutativeFails() {
    Count left = new Count(LocalDate.of(2016, 3, 1), 1, Flaw.KEEPS_THE_LEFT);
    assertThatThrownBy(() -> SummaryLaws.mergeLaws(EMPTY, left, Count.of(2), Count.of(3)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("a + b = b + a");
  }

  @Test
  void aCollectorThatIsNotTheFoldOfPlusFails() {
    Collector<Integer, ?, Count> firstOnly =
        Collectors.collectingAndThen(Collectors.toList(), l -> l.isEmpty() ? EMPTY : Count.of(l.get(0)));
    assertThatThrownBy(() -> SummaryLaws.collectorLaws(List.of(1, 2), 1, firstOnly, Count::of, EMPTY))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the fold of the single summaries");
  }

  @Test
  void aSummaryThatMergesAnotherDayFails() {
    Count lenient = new Count(LocalDate.of(2016, 3, 1), 1, Flaw.MERGES_ANY_DAY);
    Count other = new Count(LocalDate.of(2016, 3, 2), 1, Flaw.MERGES_ANY_DAY);
    assertThatThrownBy(() -> SummaryLaws.anotherDayIsRefused(lenient, other, EMPTY, Count::asOf))
        .isInstanceOf(AssertionError.class);
  }
}
