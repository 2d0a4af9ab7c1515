package io.github.vanphong.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;

/**
 * Not API: the lists of named rules every rule book keeps, changed the one way they all are: a rule of an
 * application's own takes the place of the rule of the same name, or goes last; a rule is removed by its name.
 *
 * <p>This class has no state.
 */
public final class NamedLists {

  private NamedLists() {}

  /**
   * Returns the list with an element in place of the one of the same name, or added last if none has that name.
   *
   * @param <T> the type of the elements
   * @param list the elements, none null
   * @param element the element, not null
   * @param nameOf the name of an element, not null
   * @return a new list, not null
   */
  public static <T> ImmutableList<T> with(List<T> list, T element, Function<? super T, String> nameOf) {
    String name = nameOf.apply(element);
    ImmutableList.Builder<T> next = ImmutableList.builderWithExpectedSize(list.size() + 1);
    boolean replaced = false;
    for (T existing : list) {
      boolean same = nameOf.apply(existing).equals(name);
      next.add(same ? element : existing);
      replaced |= same;
    }
    if (!replaced) {
      next.add(element);
    }
    return next.build();
  }

  /**
   * Returns the list without the elements of a name.
   *
   * @param <T> the type of the elements
   * @param list the elements, none null
   * @param name the name, not null
   * @param nameOf the name of an element, not null
   * @return a new list, not null
   */
  public static <T> ImmutableList<T> without(List<T> list, String name, Function<? super T, String> nameOf) {
    return list.stream().filter(e -> !nameOf.apply(e).equals(name)).collect(ImmutableList.toImmutableList());
  }
}
