package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;

/** The JSON form of the types of {@code io.github.vanphong.meeting}: briefings, conclusions, action items and their progress. */
final class MeetingCodecs {
  private MeetingCodecs() {}

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of();
  }
}
