package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;

/** The JSON form of the types of {@code io.github.vanphong.staffing}: staffing norms, establishments, assignments and quota reports. */
final class StaffingCodecs {
  private StaffingCodecs() {}

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of();
  }
}
