package io.github.vanphong.organization;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An immutable sorted map that shares its structure with the map it was made from, so that adding, replacing or
 * removing one key costs about the logarithm of the size: the indexes of an {@link OrgChart} (its events in the order
 * they take effect, its units by identifier, the lives under each parent), which a chart of 50,000 units changes one
 * event at a time without copying them.
 *
 * <p>It is an AVL tree whose nodes are never written once built: {@link #with} and {@link #without} copy the path
 * from the root to the key, rebalancing the copies, and share every other node with this map. A map and those made
 * from it never see each other's changes: they are values, and can be read from any thread without locks. {@link
 * #ofSorted} builds a balanced tree from sorted keys in linear time.
 *
 * <p>It is not a general collection: it holds no nulls, and its keys are compared by the comparator it was given,
 * which must be consistent with equality.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the keys, immutable
 * @param <V> the type of the values, immutable
 */
@Immutable(containerOf = {"K", "V"})
@SuppressWarnings("Immutable") // a comparator is a function; the nodes are never written after they are built
final class PersistentSortedMap<K, V> {

  private final Comparator<? super K> order;
  private final @Nullable Node<K, V> root;

  private PersistentSortedMap(Comparator<? super K> order, @Nullable Node<K, V> root) {
    this.order = order;
    this.root = root;
  }

  /**
   * Returns the empty map of an order.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @param order the order of the keys, not null
   * @return the empty map, not null
   */
  static <K, V> PersistentSortedMap<K, V> empty(Comparator<? super K> order) {
    return new PersistentSortedMap<>(requireNonNull(order, "order"), null);
  }

  /**
   * Returns the map of keys given in strictly increasing order, with their values, in time linear in their number.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @param order the order of the keys, not null
   * @param keys the keys, strictly increasing in {@code order}, none null
   * @param values the values, as many as the keys, none null
   * @return the map, not null
   * @throws IllegalArgumentException if the keys are not strictly increasing, or the lists differ in size
   */
  static <K, V> PersistentSortedMap<K, V> ofSorted(Comparator<? super K> order, List<K> keys, List<V> values) {
    if (keys.size() != values.size()) {
      throw new IllegalArgumentException(keys.size() + " keys and " + values.size() + " values");
    }
    for (int i = 1; i < keys.size(); i++) {
      if (order.compare(keys.get(i - 1), keys.get(i)) >= 0) {
        throw new IllegalArgumentException("keys out of order at " + i + ": " + keys.get(i - 1) + ", " + keys.get(i));
      }
    }
    return new PersistentSortedMap<>(order, build(keys, values, 0, keys.size()));
  }

  /**
   * Returns the map of keys the caller knows to be strictly increasing in the order, without comparing them: the
   * keys of a run taken in order from a list that {@link #ofSorted} has checked. In time linear in their number.
   *
   * @param <K> the type of the keys
   * @param <V> the type of the values
   * @param order the order of the keys, not null
   * @param size the number of keys, zero or more
   * @param keys the key at each index from 0 to size - 1, strictly increasing in {@code order}, none null
   * @param values the value at each index, none null
   * @return the map, not null
   */
  static <K, V> PersistentSortedMap<K, V> ofIncreasing(
      Comparator<? super K> order, int size, IntFunction<K> keys, IntFunction<V> values) {
    return new PersistentSortedMap<>(order, build(keys, values, 0, size));
  }

  private static <K, V> @Nullable Node<K, V> build(IntFunction<K> keys, IntFunction<V> values, int from, int to) {
    if (from >= to) {
      return null;
    }
    int middle = (from + to) >>> 1;
    return Node.of(
        requireNonNull(keys.apply(middle)),
        requireNonNull(values.apply(middle)),
        build(keys, values, from, middle),
        build(keys, values, middle + 1, to));
  }

  private static <K, V> @Nullable Node<K, V> build(List<K> keys, List<V> values, int from, int to) {
    if (from >= to) {
      return null;
    }
    int middle = (from + to) >>> 1;
    return Node.of(
        requireNonNull(keys.get(middle)),
        requireNonNull(values.get(middle)),
        build(keys, values, from, middle),
        build(keys, values, middle + 1, to));
  }

  /**
   * Returns the number of keys.
   *
   * @return the size, zero or more
   */
  int size() {
    return Node.size(root);
  }

  /**
   * Tells whether the map has no key.
   *
   * @return true if the size is zero
   */
  boolean isEmpty() {
    return root == null;
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key, not null
   * @return the value, or null if the map does not hold the key
   */
  @Nullable V get(K key) {
    @Nullable Node<K, V> node = root;
    while (node != null) {
      int c = order.compare(key, node.key);
      if (c == 0) {
        return node.value;
      }
      node = c < 0 ? node.left : node.right;
    }
    return null;
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
  PersistentSortedMap<K, V> with(K key, V value) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    return new PersistentSortedMap<>(order, insert(root, key, value));
  }

  /**
   * Returns this map without a key; this map is left as it was.
   *
   * @param key the key, not null
   * @return the map, this one if it does not hold the key, not null
   */
  PersistentSortedMap<K, V> without(K key) {
    requireNonNull(key, "key");
    if (get(key) == null) {
      return this;
    }
    return new PersistentSortedMap<>(order, delete(root, key));
  }

  /**
   * Gives every key and its value to an action, in the order of the keys.
   *
   * @param action the action, not null
   */
  void forEach(BiConsumer<? super K, ? super V> action) {
    Iterator<Node<K, V>> nodes = nodes();
    while (nodes.hasNext()) {
      Node<K, V> node = nodes.next();
      action.accept(node.key, node.value);
    }
  }

  /**
   * Returns the values in the order of their keys.
   *
   * @return the values, not null
   */
  Iterable<V> values() {
    return () -> {
      Iterator<Node<K, V>> nodes = nodes();
      return new Iterator<V>() {
        @Override
        public boolean hasNext() {
          return nodes.hasNext();
        }

        @Override
        public V next() {
          return nodes.next().value;
        }
      };
    };
  }

  /**
   * Returns the keys in order.
   *
   * @return the keys, not null
   */
  Iterable<K> keys() {
    return () -> {
      Iterator<Node<K, V>> nodes = nodes();
      return new Iterator<K>() {
        @Override
        public boolean hasNext() {
          return nodes.hasNext();
        }

        @Override
        public K next() {
          return nodes.next().key;
        }
      };
    };
  }

  private Iterator<Node<K, V>> nodes() {
    Deque<Node<K, V>> path = new ArrayDeque<>();
    for (@Nullable Node<K, V> n = root; n != null; n = n.left) {
      path.push(n);
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !path.isEmpty();
      }

      @Override
      public Node<K, V> next() {
        if (path.isEmpty()) {
          throw new NoSuchElementException();
        }
        Node<K, V> next = path.pop();
        for (@Nullable Node<K, V> n = next.right; n != null; n = n.left) {
          path.push(n);
        }
        return next;
      }
    };
  }

  private Node<K, V> insert(@Nullable Node<K, V> node, K key, V value) {
    if (node == null) {
      return Node.of(key, value, null, null);
    }
    int c = order.compare(key, node.key);
    if (c == 0) {
      return Node.of(key, value, node.left, node.right);
    }
    return c < 0
        ? balance(node.key, node.value, insert(node.left, key, value), node.right)
        : balance(node.key, node.value, node.left, insert(node.right, key, value));
  }

  /** Removes a key that the subtree holds. */
  private @Nullable Node<K, V> delete(@Nullable Node<K, V> node, K key) {
    Node<K, V> at = requireNonNull(node);
    int c = order.compare(key, at.key);
    if (c < 0) {
      return balance(at.key, at.value, delete(at.left, key), at.right);
    }
    if (c > 0) {
      return balance(at.key, at.value, at.left, delete(at.right, key));
    }
    if (at.left == null) {
      return at.right;
    }
    if (at.right == null) {
      return at.left;
    }
    Node<K, V> first = at.right;
    while (first.left != null) {
      first = first.left;
    }
    return balance(first.key, first.value, at.left, delete(at.right, first.key));
  }

  /** A node of the key and value over two subtrees whose heights differ by at most two, rebalanced to one. */
  private static <K, V> Node<K, V> balance(
      K key, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
    int lh = Node.height(left);
    int rh = Node.height(right);
    if (lh > rh + 1) {
      Node<K, V> l = requireNonNull(left);
      if (Node.height(l.left) >= Node.height(l.right)) {
        return Node.of(l.key, l.value, l.left, Node.of(key, value, l.right, right));
      }
      Node<K, V> lr = requireNonNull(l.right);
      return Node.of(
          lr.key, lr.value, Node.of(l.key, l.value, l.left, lr.left), Node.of(key, value, lr.right, right));
    }
    if (rh > lh + 1) {
      Node<K, V> r = requireNonNull(right);
      if (Node.height(r.right) >= Node.height(r.left)) {
        return Node.of(r.key, r.value, Node.of(key, value, left, r.left), r.right);
      }
      Node<K, V> rl = requireNonNull(r.left);
      return Node.of(
          rl.key, rl.value, Node.of(key, value, left, rl.left), Node.of(r.key, r.value, rl.right, r.right));
    }
    return Node.of(key, value, left, right);
  }

  /** A node of the tree, never written once built. */
  private static final class Node<K, V> {
    final K key;
    final V value;
    final @Nullable Node<K, V> left;
    final @Nullable Node<K, V> right;
    final int height;
    final int size;

    private Node(K key, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
      this.key = key;
      this.value = value;
      this.left = left;
      this.right = right;
      this.height = Math.max(height(left), height(right)) + 1;
      this.size = size(left) + size(right) + 1;
    }

    static <K, V> Node<K, V> of(K key, V value, @Nullable Node<K, V> left, @Nullable Node<K, V> right) {
      return new Node<>(key, value, left, right);
    }

    static int height(@Nullable Node<?, ?> node) {
      return node == null ? 0 : node.height;
    }

    static int size(@Nullable Node<?, ?> node) {
      return node == null ? 0 : node.size;
    }
  }
}
