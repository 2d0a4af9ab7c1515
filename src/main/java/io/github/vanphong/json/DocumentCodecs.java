package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;

/** The JSON form of the types of {@code io.github.vanphong.document}: document symbols, registers, drafts and format findings. */
final class DocumentCodecs {
  private DocumentCodecs() {}

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of();
  }
}
