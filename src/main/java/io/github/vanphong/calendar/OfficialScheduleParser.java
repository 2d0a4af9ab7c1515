package io.github.vanphong.calendar;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads and writes the text format of official schedules; see {@link OfficialSchedule#parseAll(CharSequence) OfficialSchedule.parseAll}. */
final class OfficialScheduleParser {

  private static final String KEYWORDS = "'year', 'basis', 'tet', 'national-day', 'off' or 'work'";

  /** What a name or article in a basis line cannot hold: a comment, a field separator, a line break. */
  private static final Pattern NOT_WRITABLE = Pattern.compile("[#|\\n\\x0B\\f\\r\\u0085\\u2028\\u2029]");

  /** The most violations a message lists; the others are counted. */
  private static final int LISTED = 5;

  private OfficialScheduleParser() {}

  static ImmutableList<OfficialSchedule> parse(String text) {
    ImmutableList.Builder<OfficialSchedule> schedules = ImmutableList.builder();
    OfficialSchedule.@Nullable Builder current = null;
    int currentLine = 0;
    int currentYear = 0;
    @Nullable LegalBasis basis = null;
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = stripComment(lines[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      int space = line.indexOf(' ');
      String keyword = space < 0 ? line : line.substring(0, space);
      String rest = space < 0 ? "" : line.substring(space + 1).strip();
      if (keyword.equals("year")) {
        if (current != null) {
          schedules.add(build(current, currentLine));
        }
        currentYear = parseYear(rest, lineNumber);
        current = OfficialSchedule.builder().year(currentYear);
        currentLine = lineNumber;
        basis = null;
        continue;
      }
      if (!keyword.equals("basis")
          && !keyword.equals("tet")
          && !keyword.equals("national-day")
          && !keyword.equals("off")
          && !keyword.equals("work")) {
        throw error(lineNumber, "expected " + KEYWORDS + ", found " + Texts.quote(keyword));
      }
      if (current == null) {
        throw error(lineNumber, "expected 'year' before " + Texts.quote(keyword));
      }
      if (keyword.equals("basis")) {
        basis = parseBasis(rest, lineNumber);
        continue;
      }
      if (basis == null) {
        throw error(lineNumber, "expected a 'basis' line before " + Texts.quote(keyword));
      }
      LocalDate[] days = parseDays(rest, currentYear, lineNumber);
      switch (keyword) {
        case "tet" -> current.lunarNewYear(basis, days);
        case "national-day" -> current.nationalDay(basis, days);
        case "off" -> current.dayOff(basis, days);
        default -> current.workingDay(basis, days);
      }
    }
    if (current != null) {
      schedules.add(build(current, currentLine));
    }
    return schedules.build();
  }

  private static OfficialSchedule build(OfficialSchedule.Builder builder, int lineNumber) {
    try {
      return builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new OfficialScheduleParseException(
          "cannot accept the official schedule that starts at line " + lineNumber + ": " + e.getMessage(),
          lineNumber,
          e);
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static int parseYear(String text, int lineNumber) {
    if (!text.matches("[0-9]{4}")) { // ASCII digits only: Integer.parseInt also reads other scripts' digits
      throw error(lineNumber, "expected a year such as 'year 2026', found " + Texts.quote(text));
    }
    return Integer.parseInt(text);
  }

  private static LegalBasis parseBasis(String text, int lineNumber) {
    String[] fields = text.split("\\|", -1);
    if (fields.length < 3 || fields.length > 4) {
      throw error(
          lineNumber,
          "expected 'basis instrument | article | first day in force [| confirmation]', found " + Texts.quote(text));
    }
    Confirmation confirmation = Confirmation.VERIFIED;
    if (fields.length == 4) {
      try {
        confirmation = Confirmation.valueOf(fields[3].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw error(
            lineNumber,
            "expected a confirmation 'verified', 'reported' or 'unconfirmed', found " + Texts.quote(fields[3].strip()));
      }
    }
    try {
      Instrument instrument =
          Instrument.builder()
              .name(fields[0].strip())
              .inForceFrom(parseDay(fields[2].strip(), lineNumber))
              .confirmation(confirmation)
              .build();
      return LegalBasis.of(instrument, fields[1].strip());
    } catch (IllegalArgumentException e) {
      if (e instanceof OfficialScheduleParseException) {
        throw e;
      }
      throw new OfficialScheduleParseException(
          "cannot parse official schedules at line " + lineNumber + ": " + e.getMessage(), lineNumber, e);
    }
  }

  private static LocalDate[] parseDays(String text, int year, int lineNumber) {
    if (text.isEmpty()) {
      throw error(lineNumber, "expected at least one day yyyy-mm-dd");
    }
    ImmutableList.Builder<LocalDate> days = ImmutableList.builder();
    for (String token : Splitter.onPattern("\\s+").split(text)) {
      int dots = token.indexOf("..");
      if (dots < 0) {
        days.add(parseDay(token, lineNumber));
        continue;
      }
      LocalDate first = parseDay(token.substring(0, dots), lineNumber);
      LocalDate last = parseDay(token.substring(dots + 2), lineNumber);
      if (last.isBefore(first)) {
        throw error(lineNumber, "a range of days ends on or after its first day, not " + Texts.quote(token));
      }
      if (first.getYear() != year || last.getYear() != year) {
        // a range lies within its schedule's year, itself within the calendar's range: at most 366 days
        throw error(lineNumber, "a range of days lies within the schedule's year " + year + ", not " + Texts.quote(token));
      }
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        days.add(day);
      }
    }
    return days.build().toArray(new LocalDate[0]);
  }

  private static LocalDate parseDay(String text, int lineNumber) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new OfficialScheduleParseException(
          "cannot parse official schedules at line " + lineNumber + ": expected a day yyyy-mm-dd, found "
              + Texts.quote(text),
          lineNumber,
          e);
    }
  }

  private static OfficialScheduleParseException error(int lineNumber, String what) {
    return new OfficialScheduleParseException(
        "cannot parse official schedules at line " + lineNumber + ": " + what, lineNumber);
  }

  /** Joins violations into one message: the first few, and the number of the others. */
  static String shortList(List<String> violations) {
    if (violations.size() <= LISTED) {
      return String.join("; ", violations);
    }
    return String.join("; ", violations.subList(0, LISTED))
        + "; and "
        + (violations.size() - LISTED)
        + " more";
  }

  /**
   * Why a basis line cannot carry the given basis whole, if it cannot: the line holds an instrument's name, an
   * article, a first day in force and a confirmation, and nothing else.
   */
  static Optional<String> whyNotWritable(LegalBasis basis) {
    for (String field : List.of(basis.instrument().name(), basis.article())) {
      if (!field.equals(field.strip()) || NOT_WRITABLE.matcher(field).find()) {
        return Optional.of(
            "a schedule's basis is written as one line 'instrument | article | first day | confirmation', so its"
                + " name and article neither start nor end with a space and hold no '#', '|' or line break: "
                + Texts.quote(field));
      }
    }
    Instrument written =
        Instrument.builder()
            .name(basis.instrument().name())
            .inForceFrom(basis.inForceFrom())
            .confirmation(basis.confirmation())
            .build();
    if (!LegalBasis.of(written, basis.article()).equals(basis)) {
      return Optional.of(
          "a schedule's basis is written as its instrument's name, its article, its first day in force and its"
              + " confirmation only, so it has no end, amendment or replacement and is in force and confirmed as"
              + " its instrument is: "
              + Texts.quote(basis.citation()));
    }
    return Optional.empty();
  }

  static String keyword(HolidayKind kind) {
    return switch (kind) {
      case LUNAR_NEW_YEAR -> "tet";
      case NATIONAL_DAY -> "national-day";
      default -> "off";
    };
  }

  static String basisLine(LegalBasis basis) {
    return "basis "
        + basis.instrument().name()
        + " | "
        + basis.article()
        + " | "
        + basis.inForceFrom()
        + " | "
        + basis.confirmation().name().toLowerCase(Locale.ROOT);
  }
}
