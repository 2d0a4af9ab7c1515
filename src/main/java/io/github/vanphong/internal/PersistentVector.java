package io.github.vanphong.internal;

import static com.google.common.base.Preconditions.checkElementIndex;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable list that shares its structure with the list it was made from, so that appending an element or
 * replacing one costs about the same whatever the length: the store behind the library's append-only histories and
 * registers (a petition's, a draft's and an action item's events, a deadline's extensions, the entries of the
 * document registers). A register of 40,000 entries issues its next number by copying at most 32 references of its last
 * block and, once every 32 issues, a path of at most four blocks of 32, instead of the whole list.
 *
 * <p>The elements are kept in blocks of 32: the last, partly filled block (the tail) apart, and the full blocks as
 * the leaves of a tree whose inner nodes hold 32 children each (a bit-partitioned trie, as in Bagwell's and
 * Hickey's persistent vectors). {@link #plus} copies the tail, and when it is full moves it into the tree by copying
 * the path from the root; {@link #with} copies the path to the element's block. No block is ever written once the
 * vector that holds it has been built, so a vector and those made from it never see each other's changes: they are
 * values, and can be read from any thread without locks.
 *
 * <p>Costs, for a vector of {@code n} elements: {@link #get}, {@link #plus} and {@link #with} read or copy
 * {@code log32(n)} blocks (at most four up to a million elements); {@link #asList} copies the {@code n} references
 * once. It is not a general collection: it holds no nulls and has no removal.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <E> the type of the elements, immutable
 */
@Immutable(containerOf = "E")
@SuppressWarnings("Immutable") // arrays that are never written after the vector holding them is built
public final class PersistentVector<E> implements Iterable<E> {

  private static final int BITS = 5;
  private static final int WIDTH = 1 << BITS;
  private static final int MASK = WIDTH - 1;
  private static final Object[] NO_ELEMENTS = new Object[0];

  private static final PersistentVector<Object> EMPTY =
      new PersistentVector<>(0, BITS, new Object[WIDTH], NO_ELEMENTS);

  private final int size;
  /** The number of bits of an index that select a child of the root: 5 for one level of leaves under it. */
  private final int shift;
  /** The tree of full blocks: inner nodes of {@code Object[32]} children, leaves of 32 elements. */
  private final Object[] root;
  /** The last elements, 1 to 32 of them, or none for the empty vector; exactly as long as it is full. */
  private final Object[] tail;

  private PersistentVector(int size, int shift, Object[] root, Object[] tail) {
    this.size = size;
    this.shift = shift;
    this.root = root;
    this.tail = tail;
  }

  /**
   * Returns the empty vector.
   *
   * @param <E> the type of the elements
   * @return the empty vector, not null
   */
  @SuppressWarnings("unchecked") // the empty vector holds no element of any type
  public static <E> PersistentVector<E> empty() {
    return (PersistentVector<E>) EMPTY;
  }

  /**
   * Returns the vector of the given elements, in order.
   *
   * @param <E> the type of the elements
   * @param elements the elements, none null
   * @return the vector, not null
   */
  public static <E> PersistentVector<E> copyOf(Iterable<? extends E> elements) {
    PersistentVector<E> vector = empty();
    for (E element : elements) {
      vector = vector.plus(element);
    }
    return vector;
  }

  /**
   * Returns the number of elements.
   *
   * @return the size, zero or more
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether the vector has no element.
   *
   * @return true if the size is zero
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the element at an index.
   *
   * @param index the index, from 0 to {@code size() - 1}
   * @return the element, not null
   * @throws IndexOutOfBoundsException if the index is outside the vector
   */
  @SuppressWarnings("unchecked") // only elements of type E are stored in the leaves and the tail
  public E get(int index) {
    checkElementIndex(index, size);
    return (E) blockOf(index)[index & MASK];
  }

  /**
   * Returns the last element.
   *
   * @return the element at {@code size() - 1}, not null
   * @throws IndexOutOfBoundsException if the vector is empty
   */
  public E last() {
    return get(size - 1);
  }

  /**
   * Returns this vector with one more element at the end; this vector is left as it was.
   *
   * @param element the element, not null
   * @return the longer vector, not null
   */
  public PersistentVector<E> plus(E element) {
    requireNonNull(element, "element");
    if (size - tailOffset() < WIDTH) {
      Object[] longer = Arrays.copyOf(tail, tail.length + 1);
      longer[tail.length] = element;
      return new PersistentVector<>(size + 1, shift, root, longer);
    }
    Object[] newRoot;
    int newShift = shift;
    if ((size >>> BITS) > (1 << shift)) {
      newRoot = new Object[WIDTH];
      newRoot[0] = root;
      newRoot[1] = pathTo(shift, tail);
      newShift += BITS;
    } else {
      newRoot = pushTail(shift, root, tail);
    }
    return new PersistentVector<>(size + 1, newShift, newRoot, new Object[] {element});
  }

  /**
   * Returns this vector with the element at an index replaced; this vector is left as it was.
   *
   * @param index the index, from 0 to {@code size() - 1}
   * @param element the new element, not null
   * @return the changed vector, not null
   * @throws IndexOutOfBoundsException if the index is outside the vector
   */
  public PersistentVector<E> with(int index, E element) {
    checkElementIndex(index, size);
    requireNonNull(element, "element");
    if (index >= tailOffset()) {
      Object[] changed = tail.clone();
      changed[index & MASK] = element;
      return new PersistentVector<>(size, shift, root, changed);
    }
    return new PersistentVector<>(size, shift, replace(shift, root, index, element), tail);
  }

  /**
   * Returns the elements as an immutable list, copying their references once.
   *
   * @return the list, in order, not null
   */
  public ImmutableList<E> asList() {
    ImmutableList.Builder<E> list = ImmutableList.builderWithExpectedSize(size);
    forEach(list::add);
    return list.build();
  }

  /**
   * Returns the elements in order, block by block.
   *
   * @return an iterator that does not support removal, not null
   */
  @Override
  public Iterator<E> iterator() {
    return new Iterator<>() {
      private int next;
      private Object[] block = NO_ELEMENTS;

      @Override
      public boolean hasNext() {
        return next < size;
      }

      @Override
      @SuppressWarnings("unchecked") // only elements of type E are stored in the leaves and the tail
      public E next() {
        if (next >= size) {
          throw new NoSuchElementException();
        }
        if ((next & MASK) == 0) {
          block = blockOf(next);
        }
        return (E) block[next++ & MASK];
      }
    };
  }

  /** The index of the first element of the tail: the number of elements in the tree. */
  private int tailOffset() {
    return size - tail.length;
  }

  private Object[] blockOf(int index) {
    if (index >= tailOffset()) {
      return tail;
    }
    Object[] node = root;
    for (int level = shift; level > 0; level -= BITS) {
      node = (Object[]) node[(index >>> level) & MASK];
    }
    return node;
  }

  /** Copies the path from a node to the place of the next full block, and puts the block there. */
  private Object[] pushTail(int level, Object[] parent, Object[] block) {
    int child = ((size - 1) >>> level) & MASK;
    Object[] copy = parent.clone();
    if (level == BITS) {
      copy[child] = block;
    } else {
      Object[] below = (Object[]) parent[child];
      copy[child] = below == null ? pathTo(level - BITS, block) : pushTail(level - BITS, below, block);
    }
    return copy;
  }

  /** A new path of single-child inner nodes down to a block. */
  private static Object[] pathTo(int level, Object[] block) {
    if (level == 0) {
      return block;
    }
    Object[] node = new Object[WIDTH];
    node[0] = pathTo(level - BITS, block);
    return node;
  }

  private static Object[] replace(int level, Object[] node, int index, Object element) {
    Object[] copy = node.clone();
    if (level == 0) {
      copy[index & MASK] = element;
    } else {
      int child = (index >>> level) & MASK;
      copy[child] = replace(level - BITS, (Object[]) node[child], index, element);
    }
    return copy;
  }
}
