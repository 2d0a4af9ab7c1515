package io.github.vanphong;

/**
 * A summary that merges: a tally of petitions, a staffing summary, a count of documents issued. Every summary of the
 * library has a static {@code empty()}, the identity of {@link #plus}; a {@code plus} that is associative and
 * commutative; and a static {@code collector(...)} that gives the same summary sequentially and on parallel streams,
 * and as the fold of single items with {@code plus}. So a summary can be computed in parts, by unit or by month, on
 * several threads or machines, and the parts merged.
 *
 * <p>A summary that depends on a day (the status of a deadline, the state of an action item) carries it as {@code
 * asOf()}, and its {@code plus} refuses a summary of another day with an {@link IllegalArgumentException}; its
 * {@code empty()} has no day and merges with any.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <S> the type of the summary
 */
public interface Summary<S extends Summary<S>> {

  /**
   * Returns the sum of this summary and another, neither of which changes.
   *
   * @param other the other summary, not null
   * @return the sum, not null
   * @throws IllegalArgumentException if the two cannot be merged, for example summaries of different days
   */
  S plus(S other);
}
