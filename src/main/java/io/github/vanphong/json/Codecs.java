package io.github.vanphong.json;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The codecs of the format's scalars (text, whole numbers, dates, periods, days of the week) and the ways every
 * other codec is made: objects, top-level documents, values written as text, enumerations by code, and unions of
 * variants told apart by a code.
 */
final class Codecs {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int MAX_SHOWN = 60;

  private Codecs() {}

  /** Text, written as a JSON string. */
  static final Codec<String> TEXT =
      new Codec<>(String.class) {
        @Override
        JsonNode write(String value) {
          return Out.NODES.stringNode(value);
        }

        @Override
        String read(JsonNode node, String path) {
          if (!node.isString()) {
            throw new ReadError(path, "expected " + expected() + ", got " + describe(node));
          }
          return node.stringValue();
        }

        @Override
        String expected() {
          return "a string";
        }
      };

  /** A whole number in the range of {@code int}, written as a JSON number. */
  static final Codec<Integer> INTEGER =
      new Codec<>(Integer.class) {
        @Override
        JsonNode write(Integer value) {
          return Out.NODES.numberNode(value.intValue());
        }

        @Override
        Integer read(JsonNode node, String path) {
          if (!node.isInt()) {
            throw new ReadError(path, "expected " + expected() + ", got " + describe(node));
          }
          return node.intValue();
        }

        @Override
        String expected() {
          return "a whole number";
        }
      };

  /** A whole number in the range of {@code long}, written as a JSON number. */
  static final Codec<Long> LONG =
      new Codec<>(Long.class) {
        @Override
        JsonNode write(Long value) {
          return Out.NODES.numberNode(value.longValue());
        }

        @Override
        Long read(JsonNode node, String path) {
          if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new ReadError(path, "expected " + expected() + ", got " + describe(node));
          }
          return node.longValue();
        }

        @Override
        String expected() {
          return "a whole number";
        }
      };

  /** True or false, written as a JSON boolean. */
  static final Codec<Boolean> BOOLEAN =
      new Codec<>(Boolean.class) {
        @Override
        JsonNode write(Boolean value) {
          return Out.NODES.booleanNode(value.booleanValue());
        }

        @Override
        Boolean read(JsonNode node, String path) {
          if (!node.isBoolean()) {
            throw new ReadError(path, "expected " + expected() + ", got " + describe(node));
          }
          return node.booleanValue();
        }

        @Override
        String expected() {
          return "true or false";
        }
      };

  /** A day, written in ISO-8601 as {@code 2016-03-01}. */
  static final Codec<LocalDate> DATE =
      text(LocalDate.class, "a date as yyyy-MM-dd", LocalDate::toString, Codecs::parseDate);

  /** A month, written in ISO-8601 as {@code 2016-03}. */
  static final Codec<YearMonth> MONTH =
      text(YearMonth.class, "a month as yyyy-MM", YearMonth::toString, YearMonth::parse);

  /** A period of years, months and days, written in ISO-8601 as {@code P1M} or {@code P3Y}. */
  static final Codec<Period> PERIOD =
      text(Period.class, "an ISO-8601 period such as P1M", Period::toString, Period::parse);

  /** A day of the week, by its English name in lower case ({@code sunday}). */
  static final Codec<DayOfWeek> DAY_OF_WEEK =
      codes(DayOfWeek.class)
          .code(DayOfWeek.MONDAY, "monday")
          .code(DayOfWeek.TUESDAY, "tuesday")
          .code(DayOfWeek.WEDNESDAY, "wednesday")
          .code(DayOfWeek.THURSDAY, "thursday")
          .code(DayOfWeek.FRIDAY, "friday")
          .code(DayOfWeek.SATURDAY, "saturday")
          .code(DayOfWeek.SUNDAY, "sunday")
          .build();

  private static LocalDate parseDate(String text) {
    // LocalDate.parse accepts a sign and more than four digits of year; the format is exactly yyyy-MM-dd.
    if (text.length() != 10) {
      throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
    }
    return LocalDate.parse(text);
  }

  /**
   * A value written as a JSON object of named fields.
   *
   * @param write writes the value's fields
   * @param read reads the fields and builds the value; whatever the library's rules refuse is reported at the
   *     object's path
   */
  static <T> Codec<T> object(Class<T> type, BiConsumer<Out, T> write, Function<In, T> read) {
    return new ObjectCodec<>(type, write, read);
  }

  /**
   * A top-level document: an object that carries the name of its format and the version of the format it was
   * written in, ahead of its fields. A reader accepts every version from 1 to the one it writes.
   */
  static <T> Codec<T> document(
      Class<T> type, String format, int version, BiConsumer<Out, T> write, Function<In, T> read) {
    return new DocumentCodec<>(type, format, version, write, read);
  }

  /**
   * A value written as one JSON string: its canonical text form, read back by the library's own parser.
   *
   * @param expected what the text looks like, for messages
   */
  static <T> Codec<T> text(
      Class<T> type, String expected, Function<T, String> write, Function<String, T> parse) {
    return new Codec<>(type) {
      @Override
      JsonNode write(T value) {
        return Out.NODES.stringNode(write.apply(value));
      }

      @Override
      T read(JsonNode node, String path) {
        String text = TEXT.read(node, path);
        try {
          return parse.apply(text);
        } catch (RuntimeException e) {
          throw new ReadError(
              path, "expected " + expected + ", got " + show(text) + " (" + e.getMessage() + ")", e);
        }
      }

      @Override
      String expected() {
        return expected;
      }
    };
  }

  /** Starts the table of stable codes of an enumeration. */
  static <E extends Enum<E>> EnumCodec.Builder<E> codes(Class<E> type) {
    return new EnumCodec.Builder<>(type);
  }

  /** Starts a union: variants of one type, each an object told apart by a code in the field {@code tag}. */
  static <T> Union.Builder<T> union(Class<T> type, String tag) {
    return new Union.Builder<>(type, tag);
  }

  /** Checks that a code has the format's form: lower case words joined by hyphens. */
  static String checkCode(String code) {
    checkArgument(CODE.matcher(code).matches(), "a code is lower-case words joined by hyphens: %s", code);
    return code;
  }

  /** Describes a node for a message, short even for a long value. */
  static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "the string " + show(node.stringValue());
    }
    return show(node.toString());
  }

  /** Quotes a text for a message, cut to a few dozen characters. */
  static String show(String text) {
    String shown = text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "…";
    return "\"" + shown + "\"";
  }
}
