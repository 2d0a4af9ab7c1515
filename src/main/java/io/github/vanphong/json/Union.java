package io.github.vanphong.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Variants of one type, each written as an object whose field {@code tag} holds the variant's code, followed by
 * the variant's own fields: a restructuring is a merge, a split, a renaming; an event of a history is one of its
 * commands.
 */
final class Union<T> extends Codec<T> {
  private final String tag;
  private final ImmutableMap<String, Variant<? extends T>> byCode;

  private Union(Class<T> type, String tag, Map<String, Variant<? extends T>> byCode) {
    super(type);
    this.tag = tag;
    this.byCode = ImmutableMap.copyOf(byCode);
  }

  @Override
  ImmutableSet<Class<?>> coveredTypes() {
    ImmutableSet.Builder<Class<?>> types = ImmutableSet.<Class<?>>builder().add(type());
    byCode.values().forEach(variant -> types.add(variant.type()));
    return types.build();
  }

  @Override
  JsonNode write(T value) {
    for (Map.Entry<String, Variant<? extends T>> variant : byCode.entrySet()) {
      if (variant.getValue().type().isInstance(value)) {
        Out out = new Out().text(tag, variant.getKey());
        variant.getValue().write(out, value);
        return out.node();
      }
    }
    throw new IllegalStateException("no variant of " + type().getSimpleName() + " for " + value.getClass());
  }

  @Override
  T read(JsonNode node, String path) {
    In in = In.of(node, path, expected());
    String code = in.text(tag);
    Variant<? extends T> variant = byCode.get(code);
    if (variant == null) {
      throw new ReadError(
          in.pathOf(tag),
          "unknown " + tag + " " + Codecs.show(code) + " of " + type().getSimpleName() + "; the " + tag
              + "s are " + byCode.keySet());
    }
    return variant.codec().readFields(in);
  }

  @Override
  String expected() {
    return "an object (" + type().getSimpleName() + ") with \"" + tag + "\" one of " + byCode.keySet();
  }

  /** One variant: the class whose values it writes, and the codec of its fields. */
  private record Variant<V>(Class<V> type, ObjectCodec<V> codec) {
    void write(Out out, Object value) {
      codec.writeFields(out, type.cast(value));
    }
  }

  /** The variants of a union, the most specific class first when one extends another. */
  static final class Builder<T> {
    private final Class<T> type;
    private final String tag;
    private final Map<String, Variant<? extends T>> byCode = new LinkedHashMap<>();

    Builder(Class<T> type, String tag) {
      this.type = type;
      this.tag = tag;
    }

    /** Adds a variant, written with the given code. */
    <V extends T> Builder<T> variant(
        String code, Class<V> variant, BiConsumer<Out, V> write, Function<In, V> read) {
      checkArgument(!byCode.containsKey(Codecs.checkCode(code)), "the code %s is taken", code);
      byCode.put(code, new Variant<>(variant, new ObjectCodec<>(variant, write, read)));
      return this;
    }

    Union<T> build() {
      checkState(!byCode.isEmpty(), "a union has variants");
      return new Union<>(type, tag, byCode);
    }
  }
}
