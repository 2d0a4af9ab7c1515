package io.github.vanphong.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Map;

/**
 * Not API: the checks of collections where they enter the library, so that a null collection or a null element is
 * refused at once with the name of the parameter, as every "not null" of the Javadoc promises.
 *
 * <p>This class has no state.
 */
public final class Arguments {

  private Arguments() {}

  /**
   * Copies the elements of a parameter, refusing a null parameter or element.
   *
   * @param <T> the type of the elements
   * @param elements the elements, not null, none null
   * @param parameter the name of the parameter, for the message, not null
   * @return the elements in their order, not null
   * @throws NullPointerException naming the parameter if it or one of its elements is null
   */
  public static <T> ImmutableList<T> list(Iterable<? extends T> elements, String parameter) {
    requireNonNull(elements, parameter);
    ImmutableList.Builder<T> list = ImmutableList.builder();
    for (T element : elements) {
      list.add(requireNonNull(element, () -> "an element of " + parameter));
    }
    return list.build();
  }

  /**
   * Copies the elements of an array parameter, refusing a null array or element.
   *
   * @param <T> the type of the elements
   * @param elements the elements, not null, none null
   * @param parameter the name of the parameter, for the message, not null
   * @return the elements in their order, not null
   * @throws NullPointerException naming the parameter if it or one of its elements is null
   */
  public static <T> ImmutableList<T> list(String parameter, T[] elements) {
    return list(Arrays.asList(requireNonNull(elements, parameter)), parameter);
  }

  /**
   * Checks the elements of a collection parameter that is kept or copied as it is, refusing a null parameter or
   * element.
   *
   * @param <C> the type of the collection
   * @param elements the elements, not null, none null
   * @param parameter the name of the parameter, for the message, not null
   * @return the same collection, not null
   * @throws NullPointerException naming the parameter if it or one of its elements is null
   */
  public static <C extends Iterable<?>> C elements(C elements, String parameter) {
    requireNonNull(elements, parameter);
    for (Object element : elements) {
      requireNonNull(element, () -> "an element of " + parameter);
    }
    return elements;
  }

  /**
   * Checks the entries of a map parameter, refusing a null map, key or value.
   *
   * @param <M> the type of the map
   * @param entries the map, not null, no key or value null
   * @param parameter the name of the parameter, for the message, not null
   * @return the same map, not null
   * @throws NullPointerException naming the parameter if it or one of its keys or values is null
   */
  public static <M extends Map<?, ?>> M entries(M entries, String parameter) {
    requireNonNull(entries, parameter);
    for (Map.Entry<?, ?> entry : entries.entrySet()) {
      requireNonNull(entry.getKey(), () -> "a key of " + parameter);
      requireNonNull(entry.getValue(), () -> "a value of " + parameter);
    }
    return entries;
  }
}
