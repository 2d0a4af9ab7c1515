package io.github.vanphong.organization;

import io.github.vanphong.internal.ValueType;

/**
 * A post in a unit: a kind of post and the unit it belongs to, for example the Standing Deputy Secretary of the
 * Hậu Giang Provincial Party Committee, {@code Post.of(UnitId.of("HG-TU"), PostKind.STANDING_DEPUTY_SECRETARY)}.
 * A post is not its holder: {@link Appointment}s put people in posts for a term.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Post {

  Post() {}

  /**
   * The unit the post belongs to.
   *
   * @return the unit's identifier, not null
   */
  public abstract UnitId unit();

  /**
   * The kind of post.
   *
   * @return the kind, not null
   */
  public abstract PostKind kind();

  /**
   * Returns the post of the given kind in the unit.
   *
   * @param unit the unit, not null
   * @param kind the kind of post, not null
   * @return the post, not null
   */
  public static Post of(UnitId unit, PostKind kind) {
    return ImmutablePost.builder().unit(unit).kind(kind).build();
  }

  /**
   * Returns the kind and the unit: "Standing Deputy Secretary of HG-TU".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return kind().englishName() + " of " + unit();
  }
}
