package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;

/** The JSON form of the types of {@code io.github.vanphong.reception}: reception sessions, registers, schedules and compliance. */
final class ReceptionCodecs {
  private ReceptionCodecs() {}

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of();
  }
}
