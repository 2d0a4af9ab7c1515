package io.github.vanphong.beam;

import io.github.vanphong.json.VanphongModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Beam coder that writes a value in the library's JSON form ({@link VanphongModule}), its length first: what an
 * application that moves the library's values between the workers of an engine would write.
 *
 * @param <T> the type of the values
 */
final class JsonCoder<T> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;

  private final Class<T> type;
  private transient @Nullable JsonMapper mapper;

  private JsonCoder(Class<T> type) {
    this.type = type;
  }

  static <T> JsonCoder<T> of(Class<T> type) {
    return new JsonCoder<>(type);
  }

  private JsonMapper mapper() {
    JsonMapper m = mapper;
    if (m == null) {
      m = JsonMapper.builder().addModule(new VanphongModule()).build();
      mapper = m;
    }
    return m;
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    byte[] bytes = mapper().writeValueAsBytes(value);
    VarInt.encode(bytes.length, out);
    out.write(bytes);
  }

  @Override
  public T decode(InputStream in) throws IOException {
    int length = VarInt.decodeInt(in);
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new IOException("a JSON value of " + length + " bytes ended after " + bytes.length);
    }
    return mapper().readValue(bytes, type);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JsonCoder<?> other && type.equals(other.type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "JsonCoder<" + type.getSimpleName() + ">";
  }
}
