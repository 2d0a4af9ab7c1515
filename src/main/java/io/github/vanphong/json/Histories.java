package io.github.vanphong.json;

import java.util.function.IntFunction;

/**
 * Reading a history by replaying it, so that a refusal names the event at fault: when the library refuses the whole
 * history, the shortest refused prefix is found and the refusal is reported at its last event's path.
 */
final class Histories {
  private Histories() {}

  /**
   * Replays a history, reporting a refusal at the event the library refuses.
   *
   * @param in the object that holds the history
   * @param field the field of the events
   * @param size the number of events read
   * @param replay replays the first {@code n} events, for {@code n} from 0 to {@code size}
   * @param what what the history is, for messages ("Draft")
   * @throws ReadError at {@code field[i]} if the first {@code i + 1} events are refused and the first {@code i} are
   *     not; at the object's path if even the history without events is refused
   */
  static <T> T replay(In in, String field, int size, IntFunction<T> replay, String what) {
    try {
      return replay.apply(size);
    } catch (RuntimeException whole) {
      for (int n = 0; n < size; n++) {
        try {
          var unused = replay.apply(n + 1);
        } catch (RuntimeException e) {
          throw new ReadError(
              in.pathOf(field) + "[" + n + "]",
              "the library refuses this event of the " + what + ": " + e.getMessage(),
              e);
        }
      }
      throw new ReadError(in.path(), "the library refuses this " + what + ": " + whole.getMessage(), whole);
    }
  }
}
