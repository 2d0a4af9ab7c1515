package io.github.vanphong.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An enumeration written by stable codes: each constant has a code chosen once, in a table, so that renaming a
 * Java constant never changes the stored form. A constant added later needs its code before the build passes.
 */
final class EnumCodec<E extends Enum<E>> extends Codec<E> {
  private final ImmutableMap<E, String> codes;
  private final ImmutableMap<String, E> constants;

  private EnumCodec(Class<E> type, Map<E, String> codes) {
    super(type);
    this.codes = ImmutableMap.copyOf(codes);
    ImmutableMap.Builder<String, E> byCode = ImmutableMap.builder();
    codes.forEach((constant, code) -> byCode.put(code, constant));
    this.constants = byCode.buildOrThrow();
  }

  /** Returns the code of a constant. */
  String code(E constant) {
    String code = codes.get(constant);
    checkState(code != null, "no code for %s", constant);
    return code;
  }

  @Override
  JsonNode write(E value) {
    return Out.NODES.stringNode(code(value));
  }

  @Override
  E read(JsonNode node, String path) {
    String code = Codecs.TEXT.read(node, path);
    E constant = constants.get(code);
    if (constant == null) {
      throw new ReadError(path, "unknown code " + Codecs.show(code) + "; " + expected());
    }
    return constant;
  }

  @Override
  String expected() {
    return "one of the codes " + constants.keySet() + " (" + type().getSimpleName() + ")";
  }

  /** The table of an enumeration's codes. */
  static final class Builder<E extends Enum<E>> {
    private final Class<E> type;
    private final EnumMap<E, String> codes;

    Builder(Class<E> type) {
      this.type = type;
      this.codes = new EnumMap<>(type);
    }

    /** Gives a constant its code. */
    Builder<E> code(E constant, String code) {
      checkArgument(!codes.containsKey(constant), "%s has a code already", constant);
      checkArgument(!codes.containsValue(code), "the code %s is taken", code);
      codes.put(constant, Codecs.checkCode(code));
      return this;
    }

    /**
     * Builds the codec.
     *
     * @throws IllegalStateException if a constant has no code
     */
    EnumCodec<E> build() {
      EnumSet<E> missing = EnumSet.complementOf(EnumSet.copyOf(codes.keySet()));
      checkState(missing.isEmpty(), "no code for %s in %s", missing, type.getSimpleName());
      return new EnumCodec<>(type, codes);
    }
  }
}
