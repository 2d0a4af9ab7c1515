package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that writes and reads the library's values and histories in the library's JSON format
 * ({@code docs/json.md}). Register it on the application's mapper:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new VanphongModule()).build();
 * String json = mapper.writeValueAsString(petition);
 * Petition back = mapper.readValue(json, Petition.class);
 * }</pre>
 *
 * <p>A value that cannot be read raises {@code tools.jackson.databind.exc.MismatchedInputException} whose message
 * begins with the path of the field at fault, for example {@code at $.history[2].on: expected a date as
 * yyyy-MM-dd, got "2016-02-30"}.
 *
 * <p>The module holds no state beyond its codecs, which are immutable; one instance may be shared by any number of
 * mappers and threads.
 */
@SuppressWarnings("exports") // a Jackson type in an optional module: see package-info.java
public final class VanphongModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module with the JSON form of every public value type and history of the library. */
  public VanphongModule() {
    super("vanphong", Version.unknownVersion());
    for (Codec<?> codec : codecs()) {
      register(codec);
    }
  }

  /** Returns every codec of the format, one per type. */
  static ImmutableList<Codec<?>> codecs() {
    return ImmutableList.<Codec<?>>builder()
        .addAll(LawCodecs.all())
        .addAll(CalendarCodecs.all())
        .addAll(OrganizationCodecs.all())
        .addAll(StaffingCodecs.all())
        .addAll(PetitionCodecs.all())
        .addAll(ReceptionCodecs.all())
        .addAll(DocumentCodecs.all())
        .addAll(MeetingCodecs.all())
        .addAll(ElectionCodecs.all())
        // Party assets: the office's rooms
        .addAll(AssetCodecs.all())
        // Party finance: the budget calendar
        .addAll(BudgetCodecs.all())
        // money and finance
        .addAll(MoneyCodecs.all())
        .addAll(FinanceCodecs.all())
        // assets
        .addAll(AssetRegisterCodecs.all())
        // cars
        .addAll(VehicleCodecs.all())
        // reporting regimes
        .addAll(ReportCodecs.all())
        // work programmes and the rhythm of meetings
        .addAll(ProgrammeCodecs.all())
        // a programme item linked to the session that concluded it
        .addAll(ReportCodecs.conclusionLinks())
        .build();
  }

  private <T> void register(Codec<T> codec) {
    addSerializer(codec.type(), new Writer<>(codec));
    addDeserializer(codec.type(), new Reader<>(codec));
  }

  /** Writes a value by its codec. */
  private static final class Writer<T> extends ValueSerializer<T> {
    private final Codec<T> codec;

    Writer(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeTree(codec.write(value));
    }
  }

  /** Reads a value by its codec, turning a {@link ReadError} into Jackson's exception for bad input. */
  private static final class Reader<T> extends ValueDeserializer<T> {
    private final Codec<T> codec;

    Reader(Codec<T> codec) {
      this.codec = codec;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonNode tree = ctxt.readTree(p);
      try {
        if (tree.isNull()) {
          throw new ReadError("$", "null is not " + codec.expected());
        }
        return codec.read(tree, "$");
      } catch (ReadError e) {
        MismatchedInputException failure = MismatchedInputException.from(p, codec.type(), e.getMessage());
        failure.initCause(e.getCause());
        throw failure;
      }
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      return ctxt.reportInputMismatch(codec.type(), "at $: null is not %s", codec.expected());
    }
  }
}
