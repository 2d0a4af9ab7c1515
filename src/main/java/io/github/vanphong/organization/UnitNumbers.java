package io.github.vanphong.organization;

import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Map;

/**
 * The units met by one full replay of a chart, each numbered once, densely from 0 in the order they are first met:
 * the one table from {@link UnitId} to a number that the replay, its checks and the indexing of the new chart share,
 * so that each of them keeps what it knows of a unit in arrays indexed by the number instead of hashing the
 * identifier again.
 *
 * <p>Instances are used by one thread, for one replay.
 */
final class UnitNumbers {

  /** The number of no unit. */
  static final int NONE = -1;

  private final Map<UnitId, Integer> numbers;
  private UnitId[] ids;
  private int size;

  /**
   * Makes an empty table.
   *
   * @param expected about how many units it will number, zero or more
   */
  UnitNumbers(int expected) {
    numbers = Maps.newHashMapWithExpectedSize(expected);
    ids = new UnitId[Math.max(expected, 1)];
  }

  /**
   * Returns the number of a unit, numbering it if it has none yet.
   *
   * @param id the unit, not null
   * @return its number, from 0 to {@link #size()} - 1
   */
  int number(UnitId id) {
    Integer number = numbers.get(id);
    if (number != null) {
      return number;
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, 2 * size);
    }
    ids[size] = id;
    numbers.put(id, size);
    return size++;
  }

  /**
   * Returns the number of a unit, if it has one.
   *
   * @param id the unit, not null
   * @return its number, or {@link #NONE}
   */
  int find(UnitId id) {
    Integer number = numbers.get(id);
    return number == null ? NONE : number;
  }

  /**
   * Returns the unit of a number.
   *
   * @param number a number given, from 0 to {@link #size()} - 1
   * @return the unit, not null
   * @throws ArrayIndexOutOfBoundsException if no unit has the number
   */
  UnitId id(int number) {
    if (number >= size) {
      throw new ArrayIndexOutOfBoundsException(number);
    }
    return ids[number];
  }

  /**
   * Returns how many units are numbered.
   *
   * @return the count, zero or more
   */
  int size() {
    return size;
  }

  /**
   * Returns the numbers in the order of their units' identifiers.
   *
   * @return a new array of every number, each once, sorted by {@link UnitId}
   */
  int[] inIdOrder() {
    // each identifier sorted with its number, so that no number is looked up again
    Numbered[] sorted = new Numbered[size];
    for (int n = 0; n < size; n++) {
      sorted[n] = new Numbered(ids[n], n);
    }
    Arrays.sort(sorted);
    int[] order = new int[size];
    for (int r = 0; r < size; r++) {
      order[r] = sorted[r].number;
    }
    return order;
  }

  /** A unit with its number, ordered by the unit. */
  private static final class Numbered implements Comparable<Numbered> {
    final UnitId id;
    final int number;

    Numbered(UnitId id, int number) {
      this.id = id;
      this.number = number;
    }

    @Override
    public int compareTo(Numbered other) {
      return id.compareTo(other.id);
    }
  }
}
