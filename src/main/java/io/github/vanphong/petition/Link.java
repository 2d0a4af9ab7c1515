package io.github.vanphong.petition;

import io.github.vanphong.internal.ValueType;

/**
 * A relation from a petition to an earlier one: for example the second complaint {@code P-2016-0107} links to the
 * first, {@code P-2016-0042}, as {@link LinkKind#SECOND_COMPLAINT}.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Link {

  Link() {}

  /**
   * The kind of relation.
   *
   * @return the kind, not null
   */
  public abstract LinkKind kind();

  /**
   * The earlier petition.
   *
   * @return its identifier, not null
   */
  public abstract PetitionId earlier();

  /**
   * Returns a link of a kind to an earlier petition.
   *
   * @param kind the kind, not null
   * @param earlier the earlier petition, not null
   * @return the link, not null
   */
  public static Link of(LinkKind kind, PetitionId earlier) {
    return ImmutableLink.builder().kind(kind).earlier(earlier).build();
  }

  /**
   * Returns the readable form, for example {@code "SECOND_COMPLAINT P-2016-0042"}.
   *
   * @return the kind and the earlier petition, not null
   */
  @Override
  public String toString() {
    return kind() + " " + earlier();
  }
}
