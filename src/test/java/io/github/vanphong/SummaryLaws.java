package io.github.vanphong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * The laws every {@link Summary} of the library obeys, written once and checked by each summary's properties: {@code
 * empty()} is the identity of {@code plus} on both sides; {@code plus} is associative and commutative; the {@code
 * collector(...)} gives the same summary sequentially, on a parallel stream, through its own combiner at any split,
 * and as the fold of the summaries of single items with {@code plus}; and a summary of a day refuses one of another
 * day, naming both, and leaves both as they were.
 *
 * <p>Each method takes the values a property generated and fails with an assertion naming the law broken.
 */
public final class SummaryLaws {

  private SummaryLaws() {}

  /**
   * Checks the merge laws on three summaries that may be merged: the empty summary is the identity on both sides,
   * {@code a + b = b + a} (with equal hash codes), and {@code (a + b) + c = a + (b + c)}.
   *
   * @param empty the empty summary, {@code S.empty()}
   * @param a a summary
   * @param b a summary that merges with {@code a}
   * @param c a summary that merges with {@code a} and {@code b}
   * @param <S> the type of the summary
   */
  public static <S extends Summary<S>> void mergeLaws(S empty, S a, S b, S c) {
    assertThat(a.plus(empty)).as("a + empty = a").isEqualTo(a);
    assertThat(empty.plus(a)).as("empty + a = a").isEqualTo(a);
    assertThat(empty.plus(empty)).as("empty + empty = empty").isEqualTo(empty);
    assertThat(a.plus(b)).as("a + b = b + a").isEqualTo(b.plus(a));
    assertThat(a.plus(b).hashCode()).as("hash(a + b) = hash(b + a)").isEqualTo(b.plus(a).hashCode());
    assertThat(a.plus(b).plus(c)).as("(a + b) + c = a + (b + c)").isEqualTo(a.plus(b.plus(c)));
  }

  /**
   * Checks the collector against {@code plus}: collecting the items sequentially gives the fold of the summaries of
   * each item with {@code plus} from the empty summary; collecting them on a parallel stream gives the same;
   * collecting the two parts of the items split at {@code at} and joining them with the collector's own combiner
   * gives the same, and so does the {@code plus} of the two parts' summaries; collecting nothing gives the empty
   * summary.
   *
   * @param items the items, in any order
   * @param at where to split the items, any number from 0 (taken modulo the number of items plus one)
   * @param collector the summary's {@code collector(...)}
   * @param single the summary of one item, for example {@code DocumentTally::of}
   * @param empty the empty summary, {@code S.empty()}
   * @param <T> the type of the items
   * @param <S> the type of the summary
   */
  public static <T, S extends Summary<S>> void collectorLaws(
      List<T> items, int at, Collector<T, ?, S> collector, Function<? super T, S> single, S empty) {
    S sequential = items.stream().collect(collector);
    S folded = empty;
    for (T item : items) {
      folded = folded.plus(single.apply(item));
    }
    assertThat(sequential).as("the collector is the fold of the single summaries").isEqualTo(folded);
    assertThat(items.parallelStream().collect(collector))
        .as("a parallel stream gives the sequential summary")
        .isEqualTo(sequential);
    int split = Math.floorMod(at, items.size() + 1);
    List<T> left = items.subList(0, split);
    List<T> right = items.subList(split, items.size());
    assertThat(combined(collector, left, right))
        .as("the collector's combiner joins the parts split at %s", split)
        .isEqualTo(sequential);
    assertThat(left.stream().collect(collector).plus(right.stream().collect(collector)))
        .as("the plus of the parts split at %s", split)
        .isEqualTo(sequential);
    assertThat(List.<T>of().stream().collect(collector)).as("collecting nothing gives empty").isEqualTo(empty);
  }

  private static <T, A, S> S combined(Collector<T, A, S> collector, List<T> left, List<T> right) {
    A leftContainer = collector.supplier().get();
    left.forEach(item -> collector.accumulator().accept(leftContainer, item));
    A rightContainer = collector.supplier().get();
    right.forEach(item -> collector.accumulator().accept(rightContainer, item));
    return collector.finisher().apply(collector.combiner().apply(leftContainer, rightContainer));
  }

  /**
   * Checks that a summary of a day refuses, both ways round, to merge with a summary of another day: an {@link
   * IllegalArgumentException} that names both days, with both summaries left as they were; and that the empty summary
   * has no day.
   *
   * @param a a summary of one day
   * @param b a summary of another day
   * @param empty the empty summary, {@code S.empty()}
   * @param asOf the day of a summary, for example {@code PetitionTally::asOf}
   * @param <S> the type of the summary
   */
  public static <S extends Summary<S>> void anotherDayIsRefused(
      S a, S b, S empty, Function<S, Optional<LocalDate>> asOf) {
    LocalDate dayOfA = asOf.apply(a).orElseThrow(() -> new AssertionError("a has a day: " + a));
    LocalDate dayOfB = asOf.apply(b).orElseThrow(() -> new AssertionError("b has a day: " + b));
    assertThat(dayOfA).as("the days differ").isNotEqualTo(dayOfB);
    assertThat(asOf.apply(empty)).as("the empty summary has no day").isEmpty();
    String textOfA = a.toString();
    String textOfB = b.toString();
    int hashOfA = a.hashCode();
    int hashOfB = b.hashCode();
    for (Runnable merge : List.<Runnable>of(() -> a.plus(b), () -> b.plus(a))) {
      assertThatThrownBy(merge::run)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(dayOfA.toString())
          .hasMessageContaining(dayOfB.toString());
    }
    assertThat(a).as("a is left as it was").hasToString(textOfA);
    assertThat(a.hashCode()).as("a is left as it was").isEqualTo(hashOfA);
    assertThat(b).as("b is left as it was").hasToString(textOfB);
    assertThat(b.hashCode()).as("b is left as it was").isEqualTo(hashOfB);
    assertThat(asOf.apply(a)).contains(dayOfA);
    assertThat(asOf.apply(b)).contains(dayOfB);
  }
}
