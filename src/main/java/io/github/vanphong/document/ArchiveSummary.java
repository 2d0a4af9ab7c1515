package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.Summary;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;
import org.jspecify.annotations.Nullable;

/**
 * Files counted by state at the end of a day: for example, on 2027-03-31, an office's files of 2016 with 40 handed
 * over, 12 proposed for disposal and 3 destroyed. A file not yet opened on the day counts nowhere.
 *
 * <p>Summaries merge: {@link #plus(ArchiveSummary) plus} is associative and commutative, with {@link #empty()} as its
 * identity, and {@link #collector(LocalDate) collector} collects sequentially or in parallel alike, so the offices'
 * summaries add up. A summary holds on a day, {@link #asOf()}, and {@link #plus} refuses one of another day; the empty
 * summary has no day and merges with any.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class ArchiveSummary implements Summary<ArchiveSummary> {

  private static final ArchiveSummary EMPTY = new ArchiveSummary(null, ImmutableSortedMap.of());

  @SuppressWarnings("Immutable") // LocalDate is immutable
  private final @Nullable LocalDate asOf;

  @SuppressWarnings("Immutable") // ImmutableSortedMap of immutable values
  private final ImmutableSortedMap<ArchiveFileState, Integer> byState;

  private ArchiveSummary(@Nullable LocalDate asOf, ImmutableSortedMap<ArchiveFileState, Integer> byState) {
    this.asOf = asOf;
    this.byState = byState;
  }

  /**
   * Returns the summary of no file, on no day.
   *
   * @return the empty summary, the identity of {@link #plus(ArchiveSummary) plus}, not null
   */
  public static ArchiveSummary empty() {
    return EMPTY;
  }

  /**
   * Returns the summary of one file at the end of a day.
   *
   * @param file the file, not null
   * @param day the day, not null
   * @return the summary as of the day, {@link #empty()} if the file was not yet opened on that day
   */
  public static ArchiveSummary of(ArchiveFile file, LocalDate day) {
    requireNonNull(file, "file");
    requireNonNull(day, "day");
    return file.stateOn(day).map(s -> new ArchiveSummary(day, ImmutableSortedMap.of(s, 1))).orElse(EMPTY);
  }

  /**
   * Returns the summary of given counts, for a summary exchanged between offices and read back: {@code
   * ArchiveSummary.of(day, Map.of(ArchiveFileState.HANDED_OVER, 40))}. States counted zero are left out.
   *
   * @param day the day, not null
   * @param byState the files in each state, none negative, not null
   * @return the summary, {@link #empty()} if no file is counted, not null
   * @throws IllegalArgumentException if a count is negative
   */
  public static ArchiveSummary of(LocalDate day, Map<ArchiveFileState, Integer> byState) {
    requireNonNull(day, "day");
    requireNonNull(byState, "byState");
    Map<ArchiveFileState, Integer> counted = new EnumMap<>(ArchiveFileState.class);
    byState.forEach(
        (state, count) -> {
          requireNonNull(state, "a key of byState");
          requireNonNull(count, "a count of byState");
          checkArgument(count >= 0, "a summary counts no file in a state fewer than 0 times: %s %s", state, count);
          if (count > 0) {
            counted.put(state, count);
          }
        });
    return counted.isEmpty() ? EMPTY : new ArchiveSummary(day, ImmutableSortedMap.copyOf(counted));
  }

  /**
   * Returns a collector of files into their summary at the end of a day, for sequential and parallel streams alike.
   *
   * @param day the day, not null
   * @return the collector, not null
   */
  public static Collector<ArchiveFile, ?, ArchiveSummary> collector(LocalDate day) {
    requireNonNull(day, "day");
    return Collector.<ArchiveFile, Map<ArchiveFileState, Integer>, ArchiveSummary>of(
        () -> new EnumMap<>(ArchiveFileState.class),
        (counts, file) -> file.stateOn(day).ifPresent(s -> counts.merge(s, 1, Math::addExact)),
        (a, b) -> {
          b.forEach((s, n) -> a.merge(s, n, Math::addExact));
          return a;
        },
        counts -> counts.isEmpty() ? EMPTY : new ArchiveSummary(day, ImmutableSortedMap.copyOf(counts)),
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the sum of this summary and another of the same day: each state's count added.
   *
   * @param other the other summary, as of the same day or empty, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if both count files and are as of different days; neither changes
   * @throws ArithmeticException if a count passes {@link Integer#MAX_VALUE}
   */
  @Override
  public ArchiveSummary plus(ArchiveSummary other) {
    requireNonNull(other, "other");
    if (other.byState.isEmpty()) {
      return this;
    }
    if (byState.isEmpty()) {
      return other;
    }
    checkArgument(
        other.asOf().equals(asOf()),
        "summaries of files merge only as of the same day, since a file's state depends on the day; this one is as of"
            + " %s, the other as of %s",
        asOf,
        other.asOf);
    Map<ArchiveFileState, Integer> sum = new EnumMap<>(byState);
    other.byState.forEach((s, n) -> sum.merge(s, n, Math::addExact));
    return new ArchiveSummary(asOf, ImmutableSortedMap.copyOf(sum));
  }

  /**
   * Returns the day the summary holds on.
   *
   * @return the day, or empty for {@link #empty()}
   */
  public Optional<LocalDate> asOf() {
    return Optional.ofNullable(asOf);
  }

  /**
   * Returns the files counted in each state, states with none left out.
   *
   * @return the counts by state, not null
   */
  public ImmutableSortedMap<ArchiveFileState, Integer> byState() {
    return byState;
  }

  /**
   * Returns the number of files in a state.
   *
   * @param state the state, not null
   * @return the number, zero or more
   */
  public int count(ArchiveFileState state) {
    return byState.getOrDefault(requireNonNull(state, "state"), 0);
  }

  /**
   * Returns the number of files counted.
   *
   * @return the number, zero or more
   * @throws ArithmeticException if it passes {@link Integer#MAX_VALUE}
   */
  public int total() {
    return byState.values().stream().reduce(0, Math::addExact);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ArchiveSummary other && asOf().equals(other.asOf()) && byState.equals(other.byState);
  }

  @Override
  public int hashCode() {
    return 31 * asOf().hashCode() + byState.hashCode();
  }

  /**
   * Returns a readable form: "ArchiveSummary[as of 2027-03-31, {HANDED_OVER=40, DESTROYED=3}]", or
   * "ArchiveSummary[no file]" for {@link #empty()}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return asOf == null ? "ArchiveSummary[no file]" : "ArchiveSummary[as of " + asOf + ", " + byState + "]";
  }
}
