package io.github.vanphong.document;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.text.Normalizer;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the text format of document codes; see {@link DocumentCodeBook#parse(CharSequence) DocumentCodeBook.parse}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DocumentCodeParser {

  /** The instruments of {@link Instruments}, by their exact names, which a basis line cites alone. */
  private static final ImmutableMap<String, Instrument> DECLARED =
      Maps.uniqueIndex(Instruments.all(), Instrument::name);

  private static final String BASIS_FORM = "'basis instrument | article | confirmation'";
  private static final String ENTRY_FORM = "'%s system code | Vietnamese name | English name'";

  private DocumentCodeParser() {}

  /** The entries of a text, in the order of the text. */
  record Entries(ImmutableList<DocumentType> types, ImmutableList<Issuer> issuers) {}

  /** A field of a line between '|' separators: its text, stripped, and the index of that text in the line. */
  private record Field(String text, int index) {}

  static Entries parse(CharSequence text) {
    String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\\R", -1);
    ImmutableList.Builder<DocumentType> types = ImmutableList.builder();
    ImmutableList.Builder<Issuer> issuers = ImmutableList.builder();
    @Nullable LegalBasis basis = null;
    for (int i = 0; i < lines.length; i++) {
      int lineNumber = i + 1;
      String line = lines[i];
      int start = skipBlanks(line, 0);
      if (start == line.length() || line.charAt(start) == '#') {
        continue;
      }
      int end = start;
      while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
        end++;
      }
      String keyword = line.substring(start, end);
      switch (keyword) {
        case "basis" -> basis = basis(line, end, lineNumber);
        case "type", "issuer" -> {
          if (basis == null) {
            throw new DocumentCodeParseException(
                lineNumber, start, "expected a 'basis' line before the first " + Texts.quote(keyword));
          }
          if (keyword.equals("type")) {
            types.add(type(line, end, lineNumber, basis));
          } else {
            issuers.add(issuer(line, end, lineNumber, basis));
          }
        }
        default ->
          throw new DocumentCodeParseException(
              lineNumber, start, "expected 'basis', 'type', 'issuer' or a comment '#', found " + Texts.quote(keyword));
      }
    }
    return new Entries(types.build(), issuers.build());
  }

  private static LegalBasis basis(String line, int from, int lineNumber) {
    List<Field> fields = fields(line, from, 3, lineNumber, BASIS_FORM);
    Field instrumentField = fields.get(0);
    Instrument instrument = instrument(instrumentField, lineNumber);
    Field article = fields.get(1);
    if (article.text().isEmpty()) {
      throw new DocumentCodeParseException(
          lineNumber, article.index(), "expected an article of " + instrument.name() + ", for example 'Điều 5'");
    }
    Confirmation confirmation = confirmation(fields.get(2), lineNumber);
    try {
      return LegalBasis.builder()
          .instrument(instrument)
          .article(article.text())
          .confirmation(confirmation)
          .build();
    } catch (IllegalArgumentException e) {
      throw new DocumentCodeParseException(lineNumber, article.index(), String.valueOf(e.getMessage()), e);
    }
  }

  private static Instrument instrument(Field field, int lineNumber) {
    String text = field.text();
    Instrument declared = DECLARED.get(text);
    if (declared != null) {
      return declared;
    }
    int bracket = text.lastIndexOf(" [");
    if (bracket < 0) {
      throw new DocumentCodeParseException(
          lineNumber,
          field.index(),
          "expected the exact name of an instrument of law.Instruments, or an instrument of one's own with its days"
              + " in force, such as 'Quy chế 01-QC/TU [2020-01-01..)'; found "
              + Texts.quote(text));
    }
    String name = text.substring(0, bracket).strip();
    int daysIndex = field.index() + bracket + 1;
    if (DECLARED.containsKey(name)) {
      throw new DocumentCodeParseException(
          lineNumber,
          daysIndex,
          "an instrument of law.Instruments is cited by its exact name alone, with no days in force: "
              + Texts.quote(name));
    }
    String days = text.substring(bracket + 1);
    int dots = days.indexOf("..");
    int close = dots < 0 ? -1 : firstOf(days, dots + 2, ']', ')');
    if (close < 0) {
      throw new DocumentCodeParseException(
          lineNumber,
          daysIndex,
          "expected days in force such as '[2020-01-01..)' or '[2020-01-01..2025-12-31]', found " + Texts.quote(days));
    }
    Validity validity;
    try {
      validity = Validity.parse(days.substring(0, close + 1));
    } catch (DateTimeParseException e) {
      throw new DocumentCodeParseException(
          lineNumber, daysIndex + e.getErrorIndex(), String.valueOf(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      throw new DocumentCodeParseException(lineNumber, daysIndex, String.valueOf(e.getMessage()), e);
    }
    String after = days.substring(close + 1).strip();
    Confirmation confirmation = Confirmation.VERIFIED;
    if (after.equals("(reported)")) {
      confirmation = Confirmation.REPORTED;
    } else if (after.equals("(unconfirmed)")) {
      confirmation = Confirmation.UNCONFIRMED;
    } else if (!after.isEmpty()) {
      throw new DocumentCodeParseException(
          lineNumber,
          skipBlanks(field.text(), bracket + 1 + close + 1) + field.index(),
          "expected '(reported)', '(unconfirmed)' or nothing after the days in force, found " + Texts.quote(after));
    }
    try {
      return Instrument.builder()
          .name(name)
          .inForceFrom(validity.start())
          .inForceUntil(validity.end())
          .confirmation(confirmation)
          .build();
    } catch (IllegalArgumentException e) {
      throw new DocumentCodeParseException(lineNumber, field.index(), String.valueOf(e.getMessage()), e);
    }
  }

  private static Confirmation confirmation(Field field, int lineNumber) {
    for (Confirmation confirmation : Confirmation.values()) {
      if (field.text().equals(word(confirmation))) {
        return confirmation;
      }
    }
    throw new DocumentCodeParseException(
        lineNumber,
        field.index(),
        "expected a confirmation 'verified', 'reported' or 'unconfirmed', found " + Texts.quote(field.text()));
  }

  private static DocumentType type(String line, int from, int lineNumber, LegalBasis basis) {
    List<Field> fields = fields(line, from, 3, lineNumber, String.format(Locale.ROOT, ENTRY_FORM, "type"));
    DocumentSystem system = system(fields.get(0), lineNumber);
    Field code = code(fields.get(0), lineNumber);
    try {
      DocumentSymbol.checkTypeCode(code.text());
    } catch (IllegalArgumentException e) {
      throw new DocumentCodeParseException(lineNumber, code.index(), String.valueOf(e.getMessage()), e);
    }
    return DocumentType.of(
        system, code.text(), name(fields.get(1), lineNumber), name(fields.get(2), lineNumber), basis);
  }

  private static Issuer issuer(String line, int from, int lineNumber, LegalBasis basis) {
    List<Field> fields = fields(line, from, 3, lineNumber, String.format(Locale.ROOT, ENTRY_FORM, "issuer"));
    DocumentSystem system = system(fields.get(0), lineNumber);
    Field code = code(fields.get(0), lineNumber);
    try {
      DocumentSymbol.checkIssuerCode(code.text());
    } catch (IllegalArgumentException e) {
      throw new DocumentCodeParseException(lineNumber, code.index(), String.valueOf(e.getMessage()), e);
    }
    return Issuer.of(system, code.text(), name(fields.get(1), lineNumber), name(fields.get(2), lineNumber), basis);
  }

  /** Reads the system, the first word of the first field: {@code party} or {@code state}. */
  private static DocumentSystem system(Field field, int lineNumber) {
    String text = field.text();
    int space = firstWhitespace(text, 0);
    String word = text.substring(0, space);
    for (DocumentSystem system : DocumentSystem.values()) {
      if (word.equals(word(system))) {
        return system;
      }
    }
    throw new DocumentCodeParseException(
        lineNumber, field.index(), "expected the system 'party' or 'state', found " + Texts.quote(word));
  }

  /** Reads the code, the second and last word of the first field. */
  private static Field code(Field field, int lineNumber) {
    String text = field.text();
    int space = firstWhitespace(text, 0);
    int start = skipBlanks(text, space);
    if (start == text.length()) {
      throw new DocumentCodeParseException(
          lineNumber, field.index() + text.length(), "expected a code after the system, for example 'party BC'");
    }
    int end = firstWhitespace(text, start);
    if (end < text.length()) {
      throw new DocumentCodeParseException(
          lineNumber,
          field.index() + skipBlanks(text, end),
          "expected '|' after the code " + Texts.quote(text.substring(start, end)));
    }
    return new Field(text.substring(start), field.index() + start);
  }

  private static String name(Field field, int lineNumber) {
    if (field.text().isEmpty()) {
      throw new DocumentCodeParseException(lineNumber, field.index(), "expected a name, not a blank field");
    }
    return field.text();
  }

  /** Splits the line from an index into exactly {@code count} fields separated by '|'. */
  private static List<Field> fields(String line, int from, int count, int lineNumber, String form) {
    List<Field> fields = new ArrayList<>();
    int start = from;
    while (true) {
      int bar = line.indexOf('|', start);
      int end = bar < 0 ? line.length() : bar;
      if (fields.size() == count - 1 && bar >= 0) {
        throw new DocumentCodeParseException(lineNumber, bar, "expected " + form + ", found another '|'");
      }
      String raw = line.substring(start, end);
      int index = skipBlanks(line, start);
      fields.add(new Field(raw.strip(), Math.min(index, end)));
      if (bar < 0) {
        break;
      }
      start = bar + 1;
    }
    if (fields.size() < count) {
      throw new DocumentCodeParseException(
          lineNumber, line.length(), "expected " + form + ", found " + (fields.size() - 1) + " '|'");
    }
    return fields;
  }

  private static int skipBlanks(String s, int from) {
    int i = from;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int firstWhitespace(String s, int from) {
    int i = from;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int firstOf(String s, int from, char a, char b) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == a || s.charAt(i) == b) {
        return i;
      }
    }
    return -1;
  }

  private static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  // ---- writing ---------------------------------------------------------------------------------------------------

  static String write(ImmutableList<DocumentType> types, ImmutableList<Issuer> issuers) {
    StringBuilder text = new StringBuilder();
    @Nullable LegalBasis last = null;
    for (DocumentType type : types) {
      last = entry(text, last, "type", type.system(), type.code(), type.vietnameseName(), type.englishName(),
          type.basis(), type);
    }
    for (Issuer issuer : issuers) {
      last = entry(text, last, "issuer", issuer.system(), issuer.code(), issuer.vietnameseName(),
          issuer.englishName(), issuer.basis(), issuer);
    }
    return text.toString();
  }

  private static LegalBasis entry(
      StringBuilder text,
      @Nullable LegalBasis last,
      String keyword,
      DocumentSystem system,
      String code,
      String vietnameseName,
      String englishName,
      LegalBasis basis,
      Object entry) {
    if (!basis.equals(last)) {
      text.append("basis ")
          .append(instrumentText(basis, entry))
          .append(" | ")
          .append(field(basis.article(), entry))
          .append(" | ")
          .append(word(basis.confirmation()))
          .append('\n');
    }
    text.append(keyword)
        .append(' ')
        .append(word(system))
        .append(' ')
        .append(code)
        .append(" | ")
        .append(field(vietnameseName, entry))
        .append(" | ")
        .append(field(englishName, entry))
        .append('\n');
    return basis;
  }

  private static String instrumentText(LegalBasis basis, Object entry) {
    Instrument instrument = basis.instrument();
    if (!basis.validity().equals(instrument.validity()) || !basis.asAmendedBy().isEmpty()) {
      throw cannotWrite(entry, "its basis has days in force or amendments of its own: " + basis);
    }
    Instrument declared = DECLARED.get(instrument.name());
    if (declared != null) {
      if (!declared.equals(instrument)) {
        throw cannotWrite(
            entry, "its instrument has the name of one of law.Instruments but other facts: " + instrument);
      }
      return instrument.name();
    }
    if (!instrument.amendedBy().isEmpty() || instrument.replacedBy().isPresent()) {
      throw cannotWrite(entry, "its instrument has amendments or a replacement: " + instrument);
    }
    String name = field(instrument.name(), entry);
    return name
        + " "
        + instrument.validity()
        + (instrument.confirmation() == Confirmation.VERIFIED ? "" : " (" + word(instrument.confirmation()) + ")");
  }

  private static String field(String value, Object entry) {
    if (value.indexOf('|') >= 0
        || value.lines().count() > 1
        || !value.strip().equals(value)
        || !Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
      throw cannotWrite(entry, Texts.quote(value) + " holds a '|', a line break, blanks at an end or text not in NFC");
    }
    return value;
  }

  private static IllegalStateException cannotWrite(Object entry, String why) {
    return new IllegalStateException(
        "the text form of document codes holds an instrument, an article, a confirmation and plain names; "
            + Objects.toString(entry)
            + " cannot be written: "
            + why);
  }
}
