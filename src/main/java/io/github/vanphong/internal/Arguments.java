package io.github.vanphong.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

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
}
