package io.github.vanphong.organization;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * An immutable hash map that shares its structure with the map it was made from, so that a look-up reads a few
 * nodes whatever the size, and adding, replacing or removing one key copies only those: the units of an {@link
 * OrgChart} by identifier, which every look-up of a unit reads. In a chart of 65,000 units a look-up in the sorted
 * index is a path of about 20 tree nodes, each compared by its identifier's text; in this map it is at most four
 * small arrays and one comparison of equal keys.
 *
 * <p>It is a hash array mapped trie (Bagwell), in the compact form of Steindorfer and Vinju (CHAMP): each node
 * covers 5 bits of the keys' hash codes, the lowest first, and keeps a bitmap of the 32 positions that hold an entry
 * and one of those that hold a node below, with the entries and the nodes in one array just as long as they need:
 * the keys and values first, by position, then the nodes, from the end. Keys whose whole hash codes are equal, and so
 * share a path down to the last 2 bits, are kept together in a collision node under it, compared by {@link
 * Object#equals}. Removing a key leaves the trie as if the key had never been added: a node left with one entry is
 * folded into its parent.
 *
 * <p>No node is written once built: {@link #with} and {@link #without} copy the path from the root to the key and
 * share every other node with this map. A map and those made from it never see each other's changes: they are
 * values, and can be read from any thread without locks. {@link #ofDistinct} builds the map of many keys at once,
 * in time linear in their number.
 *
 * <p>It is not a general collection: it holds no nulls, has no order, and its keys must have a {@link
 * Object#hashCode} consistent with {@link Object#equals}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the keys, immutable
 * @param <V> the type of the values, immutable
 */
@Immutable(containerOf = {"K", "V"})
@SuppressWarnings("Immutable") // arrays that are never written after the node holding them is built
final class PersistentHashMap<K, V> {

  /** The bits of a hash code that select a position in one node. */
  private static final int BITS = 5;

  private static final int MASK = (1 << BITS) - 1;

  /** The shift of the deepest node that tells hash codes apart: below it, the 32 bits of the keys are equal. */
  private static final int LAST_SHIFT = 30;

  private static final PersistentHashMap<Object, Object> EMPTY =
      new PersistentHashMap<>(new BitmapNode<>(0, 0, new Object[0]), 0);

  private final Node<K, V> root;
  private final int size;

  private PersistentHashMap(Node<K, V> root, int size) {
    this.root = root;
    this.size = size;
  }

  /**
   * Returns the empty map.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @return the empty map, not null
   */
  @SuppressWarnings("unchecked") // the empty map holds no key or value of any type
  static <K, V> PersistentHashMap<K, V> empty() {
    return (PersistentHashMap<K, V>) EMPTY;
  }

  /**
   * Returns the map of distinct keys with their values, built at once: in time linear in their number and with no
   * node copied, where adding them one at a time would copy a path for each.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @param keys the keys, none equal to another, none null
   * @param values the values, as many as the keys, none null
   * @return the map, not null
   * @throws IllegalArgumentException if two keys are equal, or the lists differ in size
   */
  static <K, V> PersistentHashMap<K, V> ofDistinct(List<K> keys, List<V> values) {
    if (keys.size() != values.size()) {
      throw new IllegalArgumentException(keys.size() + " keys and " + values.size() + " values");
    }
    int n = keys.size();
    Object[] entries = new Object[2 * n];
    int[] hashes = new int[n];
    for (int i = 0; i < n; i++) {
      K key = requireNonNull(keys.get(i), "key");
      entries[2 * i] = key;
      entries[2 * i + 1] = requireNonNull(values.get(i), "value");
      hashes[i] = key.hashCode();
    }
    return new PersistentHashMap<>(build(entries, hashes, 0, n, 0), n);
  }

  /**
   * The node of the entries from..to of a run (keys and values in pairs, with the keys' hash codes) whose hash
   * codes agree below the shift; the run is reordered by position on the way down.
   */
  private static <K, V> Node<K, V> build(Object[] entries, int[] hashes, int from, int to, int shift) {
    if (shift > LAST_SHIFT) {
      Object[] slots = Arrays.copyOfRange(entries, 2 * from, 2 * to);
      for (int i = 2; i < slots.length; i += 2) {
        for (int j = 0; j < i; j += 2) {
          if (slots[i].equals(slots[j])) {
            throw new IllegalArgumentException("key given twice: " + slots[i]);
          }
        }
      }
      return new CollisionNode<>(slots);
    }
    // the entries counted by position, then moved into the order of their positions
    int[] starts = new int[(1 << BITS) + 1];
    for (int i = from; i < to; i++) {
      starts[((hashes[i] >>> shift) & MASK) + 1]++;
    }
    int dataMap = 0;
    int nodeMap = 0;
    for (int position = 0; position < 1 << BITS; position++) {
      int count = starts[position + 1];
      if (count == 1) {
        dataMap |= 1 << position;
      } else if (count != 0) {
        nodeMap |= 1 << position;
      }
      starts[position + 1] += starts[position];
    }
    Object[] sortedEntries = new Object[2 * (to - from)];
    int[] sortedHashes = new int[to - from];
    int[] next = Arrays.copyOf(starts, 1 << BITS);
    for (int i = from; i < to; i++) {
      int at = next[(hashes[i] >>> shift) & MASK]++;
      sortedEntries[2 * at] = entries[2 * i];
      sortedEntries[2 * at + 1] = entries[2 * i + 1];
      sortedHashes[at] = hashes[i];
    }
    System.arraycopy(sortedEntries, 0, entries, 2 * from, sortedEntries.length);
    System.arraycopy(sortedHashes, 0, hashes, from, sortedHashes.length);
    Object[] slots = new Object[2 * Integer.bitCount(dataMap) + Integer.bitCount(nodeMap)];
    int data = 0;
    int node = slots.length;
    for (int position = 0; position < 1 << BITS; position++) {
      int start = from + starts[position];
      int end = from + starts[position + 1];
      if (end - start == 1) {
        slots[data++] = entries[2 * start];
        slots[data++] = entries[2 * start + 1];
      } else if (end != start) {
        slots[--node] = build(entries, hashes, start, end, shift + BITS);
      }
    }
    return new BitmapNode<>(dataMap, nodeMap, slots);
  }

  /**
   * Returns the number of keys.
   *
   * @return the size, zero or more
   */
  int size() {
    return size;
  }

  /**
   * Tells whether the map has no key.
   *
   * @return true if the size is zero
   */
  boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key, not null
   * @return the value, or null if the map does not hold the key
   */
  @Nullable V get(K key) {
    return root.find(key, key.hashCode(), 0);
  }

  /**
   * Returns the value of a key, or a default.
   *
   * @param key the key, not null
   * @param absent the value if the map does not hold the key, not null
   * @return the value, not null
   */
  V getOrDefault(K key, V absent) {
    V value = get(key);
    return value == null ? absent : value;
  }

  /**
   * Returns this map with a key bound to a value, in place of its value if it had one; this map is left as it was.
   *
   * @param key the key, not null
   * @param value the value, not null
   * @return the map, not null
   */
  PersistentHashMap<K, V> with(K key, V value) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    int hash = key.hashCode();
    int added = root.find(key, hash, 0) == null ? 1 : 0;
    return new PersistentHashMap<>(root.with(key, value, hash, 0), size + added);
  }

  /**
   * Returns this map without a key; this map is left as it was.
   *
   * @param key the key, not null
   * @return the map, this one if it does not hold the key, not null
   */
  PersistentHashMap<K, V> without(K key) {
    requireNonNull(key, "key");
    Node<K, V> changed = root.without(key, key.hashCode(), 0);
    return changed == root ? this : new PersistentHashMap<>(changed, size - 1);
  }

  /**
   * Gives every key and its value to an action, in no particular order.
   *
   * @param action the action, not null
   */
  void forEach(BiConsumer<? super K, ? super V> action) {
    requireNonNull(action, "action");
    root.forEach(action);
  }

  /** The position a hash code selects in a node at a shift, as a bit of the node's bitmaps. */
  private static int bit(int hash, int shift) {
    return 1 << ((hash >>> shift) & MASK);
  }

  /** How many positions of a bitmap come before a bit: the index of the bit's entry, or node, in its part. */
  private static int index(int bitmap, int bit) {
    return Integer.bitCount(bitmap & (bit - 1));
  }

  /** The node of two entries with different keys at a shift, each key with its hash code. */
  private static <K, V> Node<K, V> pair(K key1, V value1, int hash1, K key2, V value2, int hash2, int shift) {
    if (shift > LAST_SHIFT) {
      return new CollisionNode<>(new Object[] {key1, value1, key2, value2});
    }
    int bit1 = bit(hash1, shift);
    int bit2 = bit(hash2, shift);
    if (bit1 == bit2) {
      return new BitmapNode<>(0, bit1, new Object[] {pair(key1, value1, hash1, key2, value2, hash2, shift + BITS)});
    }
    Object[] slots =
        Integer.compareUnsigned(bit1, bit2) < 0
            ? new Object[] {key1, value1, key2, value2}
            : new Object[] {key2, value2, key1, value1};
    return new BitmapNode<>(bit1 | bit2, 0, slots);
  }

  /** A node of the trie, never written once built. */
  private abstract static class Node<K, V> {
    /** The keys and values of the node's entries, in pairs, then for a bitmap node its nodes below. */
    final Object[] slots;

    Node(Object[] slots) {
      this.slots = slots;
    }

    /** The value of a key under this node at a shift, or null. */
    abstract @Nullable V find(K key, int hash, int shift);

    /** This node with a key bound to a value. */
    abstract Node<K, V> with(K key, V value, int hash, int shift);

    /** This node without a key: this one if it does not hold the key, else a node of at least one entry. */
    abstract Node<K, V> without(K key, int hash, int shift);

    /** Whether the node holds one entry and no node below: its parent then holds the entry itself. */
    abstract boolean isSingleEntry();

    abstract void forEach(BiConsumer<? super K, ? super V> action);

    @SuppressWarnings("unchecked") // the slot of a key holds a K
    final K keyAt(int at) {
      return (K) slots[at];
    }

    @SuppressWarnings("unchecked") // the slot of a value holds a V
    final V valueAt(int at) {
      return (V) slots[at + 1];
    }

    /** The slots with the value of the key at an index replaced. */
    final Object[] withValueAt(int at, V value) {
      Object[] copy = slots.clone();
      copy[at + 1] = value;
      return copy;
    }

    /** The slots without the key and value at an index. */
    final Object[] withoutPairAt(int at) {
      Object[] copy = new Object[slots.length - 2];
      System.arraycopy(slots, 0, copy, 0, at);
      System.arraycopy(slots, at + 2, copy, at, slots.length - at - 2);
      return copy;
    }
  }

  /** A node of up to 32 positions, each empty, an entry or a node below. */
  private static final class BitmapNode<K, V> extends Node<K, V> {
    /** The positions that hold an entry. */
    final int dataMap;
    /** The positions that hold a node below. */
    final int nodeMap;

    BitmapNode(int dataMap, int nodeMap, Object[] slots) {
      super(slots);
      this.dataMap = dataMap;
      this.nodeMap = nodeMap;
    }

    /** The slot of the node below at a position: the nodes are kept from the end of the slots, by position. */
    private int nodeSlot(int bit) {
      return slots.length - 1 - index(nodeMap, bit);
    }

    @SuppressWarnings("unchecked") // the slot of a node below holds a node
    private Node<K, V> nodeAt(int slot) {
      return (Node<K, V>) slots[slot];
    }

    @Override
    @Nullable V find(K key, int hash, int shift) {
      int bit = bit(hash, shift);
      if ((dataMap & bit) != 0) {
        int at = 2 * index(dataMap, bit);
        return key.equals(slots[at]) ? valueAt(at) : null;
      }
      if ((nodeMap & bit) != 0) {
        return nodeAt(nodeSlot(bit)).find(key, hash, shift + BITS);
      }
      return null;
    }

    @Override
    Node<K, V> with(K key, V value, int hash, int shift) {
      int bit = bit(hash, shift);
      if ((dataMap & bit) != 0) {
        int at = 2 * index(dataMap, bit);
        K there = keyAt(at);
        if (there.equals(key)) {
          return new BitmapNode<>(dataMap, nodeMap, withValueAt(at, value));
        }
        Node<K, V> below = pair(there, valueAt(at), there.hashCode(), key, value, hash, shift + BITS);
        return new BitmapNode<>(dataMap ^ bit, nodeMap | bit, pairToNode(at, bit, below));
      }
      if ((nodeMap & bit) != 0) {
        int slot = nodeSlot(bit);
        Object[] copy = slots.clone();
        copy[slot] = nodeAt(slot).with(key, value, hash, shift + BITS);
        return new BitmapNode<>(dataMap, nodeMap, copy);
      }
      int at = 2 * index(dataMap, bit);
      Object[] copy = new Object[slots.length + 2];
      System.arraycopy(slots, 0, copy, 0, at);
      copy[at] = key;
      copy[at + 1] = value;
      System.arraycopy(slots, at, copy, at + 2, slots.length - at);
      return new BitmapNode<>(dataMap | bit, nodeMap, copy);
    }

    @Override
    Node<K, V> without(K key, int hash, int shift) {
      int bit = bit(hash, shift);
      if ((dataMap & bit) != 0) {
        int at = 2 * index(dataMap, bit);
        return key.equals(slots[at]) ? new BitmapNode<>(dataMap ^ bit, nodeMap, withoutPairAt(at)) : this;
      }
      if ((nodeMap & bit) != 0) {
        int slot = nodeSlot(bit);
        Node<K, V> below = nodeAt(slot);
        Node<K, V> changed = below.without(key, hash, shift + BITS);
        if (changed == below) {
          return this;
        }
        if (changed.isSingleEntry()) {
          return new BitmapNode<>(
              dataMap | bit, nodeMap ^ bit, nodeToPair(slot, bit, changed.keyAt(0), changed.valueAt(0)));
        }
        Object[] copy = slots.clone();
        copy[slot] = changed;
        return new BitmapNode<>(dataMap, nodeMap, copy);
      }
      return this;
    }

    /** The slots with the entry at an index replaced by a node below at the same position. */
    private Object[] pairToNode(int at, int bit, Node<K, V> below) {
      Object[] copy = new Object[slots.length - 1];
      int slot = copy.length - 1 - index(nodeMap, bit);
      // the entries after it and the nodes at later positions move two slots down, the others one
      System.arraycopy(slots, 0, copy, 0, at);
      System.arraycopy(slots, at + 2, copy, at, slot - at);
      copy[slot] = below;
      System.arraycopy(slots, slot + 2, copy, slot + 1, copy.length - slot - 1);
      return copy;
    }

    /** The slots with the node below at a slot replaced by an entry at the same position. */
    private Object[] nodeToPair(int slot, int bit, K key, V value) {
      Object[] copy = new Object[slots.length + 1];
      int at = 2 * index(dataMap, bit);
      // the entries after it and the nodes at later positions move two slots up, the others one
      System.arraycopy(slots, 0, copy, 0, at);
      copy[at] = key;
      copy[at + 1] = value;
      System.arraycopy(slots, at, copy, at + 2, slot - at);
      System.arraycopy(slots, slot + 1, copy, slot + 2, slots.length - slot - 1);
      return copy;
    }

    @Override
    boolean isSingleEntry() {
      return nodeMap == 0 && slots.length == 2;
    }

    @Override
    void forEach(BiConsumer<? super K, ? super V> action) {
      int entries = 2 * Integer.bitCount(dataMap);
      for (int at = 0; at < entries; at += 2) {
        action.accept(keyAt(at), valueAt(at));
      }
      for (int slot = entries; slot < slots.length; slot++) {
        nodeAt(slot).forEach(action);
      }
    }
  }

  /** The entries whose keys have equal hash codes, below the last node that could tell them apart. */
  private static final class CollisionNode<K, V> extends Node<K, V> {

    CollisionNode(Object[] slots) {
      super(slots);
    }

    /** The index of a key's pair, or -1. */
    private int indexOf(K key) {
      for (int at = 0; at < slots.length; at += 2) {
        if (key.equals(slots[at])) {
          return at;
        }
      }
      return -1;
    }

    @Override
    @Nullable V find(K key, int hash, int shift) {
      int at = indexOf(key);
      return at < 0 ? null : valueAt(at);
    }

    @Override
    Node<K, V> with(K key, V value, int hash, int shift) {
      int at = indexOf(key);
      if (at >= 0) {
        return new CollisionNode<>(withValueAt(at, value));
      }
      Object[] copy = new Object[slots.length + 2];
      System.arraycopy(slots, 0, copy, 0, slots.length);
      copy[slots.length] = key;
      copy[slots.length + 1] = value;
      return new CollisionNode<>(copy);
    }

    @Override
    Node<K, V> without(K key, int hash, int shift) {
      int at = indexOf(key);
      return at < 0 ? this : new CollisionNode<>(withoutPairAt(at));
    }

    @Override
    boolean isSingleEntry() {
      return slots.length == 2;
    }

    @Override
    void forEach(BiConsumer<? super K, ? super V> action) {
      for (int at = 0; at < slots.length; at += 2) {
        action.accept(keyAt(at), valueAt(at));
      }
    }
  }
}
