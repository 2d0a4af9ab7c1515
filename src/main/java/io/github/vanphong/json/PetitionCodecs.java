package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;

/** The JSON form of the types of {@code io.github.vanphong.petition}: petitions, their intake, history, rules and tallies. */
final class PetitionCodecs {
  private PetitionCodecs() {}

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of();
  }
}
