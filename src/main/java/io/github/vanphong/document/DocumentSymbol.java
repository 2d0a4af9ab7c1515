package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The number and symbol (số và ký hiệu) of a document: for example {@code 12-BC/VPTU}, report number 12 of the Office
 * of a Provincial Party Committee, or {@code 30/2020/NĐ-CP}, decree number 30 of 2020 of the Government.
 *
 * <p>A Party symbol is written {@code {number}-{type code}/{issuer code}} ("12-BC/VPTU", "1400-CV/VPTU",
 * "11-QĐi/TW", "147-CTHĐ/TU"; Hướng dẫn 36-HD/VPTW, Mục II, điểm 1.3, {@link #PARTY_FORM}). A State symbol is written
 * {@code {number}/[{year}/]{type code}-{issuer code}} ("12/BC-UBND", "30/2020/NĐ-CP"; Nghị định 30/2020/NĐ-CP,
 * {@link #STATE_FORM}). A type code is one or more letters; an issuer code is one or more parts of letters and
 * digits, each starting with a letter, joined by {@code -} ("VPTU", "UBND-VP"). Codes are case-sensitive: the Party's
 * quy định is {@code QĐi}, its quyết định {@code QĐ}, and the State's quy định {@code QyĐ}. Whether a code is known is
 * for a {@link DocumentCodeBook} to say; a symbol only reads and writes it.
 *
 * <p>{@link #toString()} is the canonical form, and {@link #parse(CharSequence) parse} reads it back. Numbers from 1 to 9
 * are written with two digits, as documents are numbered "from 01": {@code parse("1-KH/VPTU")} and {@code
 * parse("01-KH/VPTU")} are the same symbol, written {@code 01-KH/VPTU}. Text is normalised to Unicode NFC first, so
 * the same symbol typed in NFC or NFD reads the same. {@link #displayForm()} gives the line of the document's header:
 * "Số 12-BC/VPTU" for the Party (no colon), "Số: 12/BC-UBND" for the State.
 *
 * <p>A symbol is not a register entry: it does not say when the document was issued, nor whether its number was
 * voided. The symbol of a State công văn pairs the issuing body with the drafting unit ("123/UBND-VP"); it reads in
 * the State form, with the issuing body in the place of the type code.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class DocumentSymbol {

  /** The largest number a symbol carries, 999 999 999: nine digits. */
  public static final int MAX_NUMBER = 999_999_999;

  /**
   * The Party form {@code {số}-{ký hiệu tên loại}/{ký hiệu cơ quan}}, and "Số" written without a colon: Hướng dẫn
   * 36-HD/VPTW (03/4/2018), Mục II, điểm 1.3, as quoted by a secondary source (reported).
   */
  public static final LegalBasis PARTY_FORM =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_DOCUMENT_FORMAT_2018)
          .article("Mục II, điểm 1.3 (số và ký hiệu văn bản)")
          .confirmation(Confirmation.REPORTED)
          .build();

  /**
   * The State form {@code {số}/{ký hiệu}}, shown as "Số: …": Nghị định 30/2020/NĐ-CP (05/3/2020), Điều 8 and Phụ lục
   * I, as quoted by a secondary source (reported).
   */
  public static final LegalBasis STATE_FORM =
      LegalBasis.builder()
          .instrument(Instruments.STATE_CLERICAL_DECREE_2020)
          .article("Điều 8; Phụ lục I (số, ký hiệu của văn bản)")
          .confirmation(Confirmation.REPORTED)
          .build();

  private final DocumentSystem system;
  private final int number;
  private final @Nullable Year year;
  private final String typeCode;
  private final String issuerCode;

  private DocumentSymbol(
      DocumentSystem system, int number, @Nullable Year year, String typeCode, String issuerCode) {
    this.system = system;
    this.number = number;
    this.year = year;
    this.typeCode = typeCode;
    this.issuerCode = issuerCode;
  }

  /**
   * Returns the Party symbol with the given number and codes, for example {@code party(12, "BC", "VPTU")}, written
   * {@code 12-BC/VPTU}.
   *
   * @param number the number, from 1 to {@link #MAX_NUMBER}
   * @param typeCode the code of the document type, one or more letters, for example "BC" or "QĐi"; not null
   * @param issuerCode the code of the issuing body, for example "VPTU"; not null
   * @return the symbol, its codes in NFC, not null
   * @throws IllegalArgumentException if the number is out of range or a code is not of its form
   */
  public static DocumentSymbol party(int number, String typeCode, String issuerCode) {
    return new DocumentSymbol(
        DocumentSystem.PARTY, checkNumber(number), null, checkTypeCode(typeCode), checkIssuerCode(issuerCode));
  }

  /**
   * Returns the State symbol with the given number and codes and no year, for example {@code state(12, "BC",
   * "UBND")}, written {@code 12/BC-UBND}.
   *
   * @param number the number, from 1 to {@link #MAX_NUMBER}
   * @param typeCode the code of the document type, one or more letters, for example "BC" or "QyĐ"; not null
   * @param issuerCode the code of the issuing body, for example "UBND"; not null
   * @return the symbol, its codes in NFC, not null
   * @throws IllegalArgumentException if the number is out of range or a code is not of its form
   */
  public static DocumentSymbol state(int number, String typeCode, String issuerCode) {
    return new DocumentSymbol(
        DocumentSystem.STATE, checkNumber(number), null, checkTypeCode(typeCode), checkIssuerCode(issuerCode));
  }

  /**
   * Returns the State symbol with the given number, year and codes, for example {@code state(30, Year.of(2020),
   * "NĐ", "CP")}, written {@code 30/2020/NĐ-CP}.
   *
   * @param number the number, from 1 to {@link #MAX_NUMBER}
   * @param year the year written in the symbol, from 1000 to 9999, not null
   * @param typeCode the code of the document type, one or more letters; not null
   * @param issuerCode the code of the issuing body; not null
   * @return the symbol, its codes in NFC, not null
   * @throws IllegalArgumentException if the number or the year is out of range, or a code is not of its form
   */
  public static DocumentSymbol state(int number, Year year, String typeCode, String issuerCode) {
    requireNonNull(year, "year");
    checkArgument(
        year.getValue() >= 1000 && year.getValue() <= 9999,
        "the year of a State symbol is written with four digits: %s",
        year);
    return new DocumentSymbol(
        DocumentSystem.STATE, checkNumber(number), year, checkTypeCode(typeCode), checkIssuerCode(issuerCode));
  }

  /**
   * Reads a number and symbol in either form: {@code 12-BC/VPTU} (Party) or {@code 12/BC-UBND}, {@code
   * 30/2020/NĐ-CP} (State), alone or as {@link #displayForm()} shows it, "Số 12-BC/VPTU" or "Số: 12/BC-UBND", so that
   * {@code parse(symbol.displayForm())} is the symbol. The text is normalised to NFC first; nothing else is forgiven:
   * no other spaces, "Số" with a capital S, a colon after it for a State symbol only ({@link #PARTY_FORM}, {@link
   * #STATE_FORM}). The codes are read, not checked: {@code parse("12-XYZ/VPTU")} is a symbol whose type no table
   * knows; {@link #parse(CharSequence, DocumentCodeBook) parse} checks them.
   *
   * @param text the text to read, not null
   * @return the symbol, not null
   * @throws DocumentSymbolParseException if the text is not a symbol of either form; it names the index at fault
   */
  public static DocumentSymbol parse(CharSequence text) {
    return read(text, null);
  }

  /**
   * Reads a number and symbol as {@link #parse(CharSequence) parse} does, and checks its codes against a table: the type
   * code and the issuer code must each be a code of the table in the symbol's system. For example {@code
   * parse("Số 01-TB/VPTU", DocumentCodeBook.standard())} is notice 01 of the Office of a Provincial Party Committee,
   * while {@code "12-XYZ/VPTU"} fails at index 3, as no type is written {@code XYZ}, and {@code "12-tb/vptu"} fails
   * there too: codes are case-sensitive ({@code QĐ} and {@code QĐi} are different types), so a code in the wrong case
   * is an unknown code, and the message names the code the table knows in that case.
   *
   * @param text the text to read, not null
   * @param codes the table of type and issuer codes, for example {@link DocumentCodeBook#standard()}; not null
   * @return the symbol, its type and issuer known to {@code codes}, not null
   * @throws DocumentSymbolParseException if the text is not a symbol of either form, or names a type or issuer code
   *     that {@code codes} does not hold in the symbol's system; it names the index at fault, the code, and the
   *     rule of the form
   */
  public static DocumentSymbol parse(CharSequence text, DocumentCodeBook codes) {
    return read(text, requireNonNull(codes, "codes"));
  }

  private static final String SO = "Số";

  private static DocumentSymbol read(CharSequence text, @Nullable DocumentCodeBook codes) {
    String s = Normalizer.normalize(requireNonNull(text, "text"), Normalizer.Form.NFC);
    Reader reader = new Reader(s);
    int colon = -1;
    if (s.startsWith(SO)) {
      reader.pos = SO.length();
      colon = reader.pos;
      if (!reader.skip(':')) {
        colon = -1;
      }
      reader.expect(' ');
    } else if (reader.atLetter()) {
      throw reader.fail("a number, or \"" + SO + " \" (Party) or \"" + SO + ": \" (State) before it");
    }
    int number = reader.number();
    if (reader.skip('-')) {
      if (colon >= 0) {
        reader.pos = colon;
        throw reader.fail(
            "' ': a Party symbol is shown \"" + SO + " 12-BC/VPTU\", without a colon (" + PARTY_FORM.citation() + ")");
      }
      String type = reader.known(codes, DocumentSystem.PARTY, reader.typeCode(), true);
      reader.expect('/');
      String issuer = reader.known(codes, DocumentSystem.PARTY, reader.issuerCode(), false);
      reader.end();
      return new DocumentSymbol(DocumentSystem.PARTY, number, null, type, issuer);
    }
    if (reader.skip('/')) {
      if (s.startsWith(SO) && colon < 0) {
        reader.pos = SO.length();
        throw reader.fail("':': a State symbol is shown \"" + SO + ": 12/BC-UBND\" (" + STATE_FORM.citation() + ")");
      }
      Year year = null;
      if (reader.atDigit()) {
        year = reader.year();
        reader.expect('/');
      }
      String type = reader.known(codes, DocumentSystem.STATE, reader.typeCode(), true);
      reader.expect('-');
      String issuer = reader.known(codes, DocumentSystem.STATE, reader.issuerCode(), false);
      reader.end();
      return new DocumentSymbol(DocumentSystem.STATE, number, year, type, issuer);
    }
    throw reader.fail("'-' (a Party symbol) or '/' (a State symbol)");
  }

  private static int checkNumber(int number) {
    checkArgument(
        number >= 1 && number <= MAX_NUMBER,
        "a document number runs from 01 to %s: %s",
        MAX_NUMBER,
        number);
    return number;
  }

  /**
   * Checks a type code and returns it in NFC.
   *
   * @throws IllegalArgumentException if it is not one or more letters
   */
  static String checkTypeCode(String code) {
    String s = Normalizer.normalize(requireNonNull(code, "typeCode"), Normalizer.Form.NFC);
    Reader reader = new Reader(s);
    checkArgument(
        reader.readsWhole(reader::typeCode),
        "a type code is one or more letters, for example 'BC' or 'QĐi': %s",
        Texts.quote(code));
    return s;
  }

  /**
   * Checks an issuer code and returns it in NFC.
   *
   * @throws IllegalArgumentException if it is not of the form of an issuer code
   */
  static String checkIssuerCode(String code) {
    String s = Normalizer.normalize(requireNonNull(code, "issuerCode"), Normalizer.Form.NFC);
    Reader reader = new Reader(s);
    checkArgument(
        reader.readsWhole(reader::issuerCode),
        "an issuer code is one or more parts of letters and digits, each starting with a letter, joined by '-',"
            + " for example 'VPTU' or 'UBND-VP': %s",
        Texts.quote(code));
    return s;
  }

  /**
   * Returns the system of this symbol: Party for {@code 12-BC/VPTU}, State for {@code 12/BC-UBND}.
   *
   * @return the system, not null
   */
  public DocumentSystem system() {
    return system;
  }

  /**
   * Tells whether this is a Party symbol.
   *
   * @return true for {@code 12-BC/VPTU}, false for {@code 12/BC-UBND}
   */
  public boolean isParty() {
    return system == DocumentSystem.PARTY;
  }

  /**
   * Returns the number: 12 for {@code 12-BC/VPTU}, 1 for {@code 01-KH/VPTU}.
   *
   * @return the number, from 1 to {@link #MAX_NUMBER}
   */
  public int number() {
    return number;
  }

  /**
   * Returns the type code: "BC" for {@code 12-BC/VPTU}, "NĐ" for {@code 30/2020/NĐ-CP}.
   *
   * @return the type code, one or more letters in NFC, not null
   */
  public String typeCode() {
    return typeCode;
  }

  /**
   * Returns the issuer code: "VPTU" for {@code 12-BC/VPTU}, "CP" for {@code 30/2020/NĐ-CP}.
   *
   * @return the issuer code, in NFC, not null
   */
  public String issuerCode() {
    return issuerCode;
  }

  /**
   * Returns the year written in a State symbol: 2020 for {@code 30/2020/NĐ-CP}. Party symbols and most State
   * symbols carry none.
   *
   * @return the year, or empty if the symbol carries none
   */
  public Optional<Year> year() {
    return Optional.ofNullable(year);
  }

  /**
   * Returns the symbol as the header of the document shows it: "Số 12-BC/VPTU" for the Party, without a colon
   * ({@link #PARTY_FORM}); "Số: 12/BC-UBND" for the State ({@link #STATE_FORM}).
   *
   * @return the display form, not null
   */
  public String displayForm() {
    return (isParty() ? "Số " : "Số: ") + this;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DocumentSymbol other
        && system == other.system
        && number == other.number
        && Objects.equals(year, other.year)
        && typeCode.equals(other.typeCode)
        && issuerCode.equals(other.issuerCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(system, number, year, typeCode, issuerCode);
  }

  /**
   * Returns the canonical form, which {@link #parse(CharSequence) parse} reads back: {@code 12-BC/VPTU}, {@code
   * 01-KH/VPTU}, {@code 12/BC-UBND}, {@code 30/2020/NĐ-CP}.
   *
   * @return the canonical form, in NFC, not null
   */
  @Override
  public String toString() {
    String n = number < 10 ? "0" + number : Integer.toString(number);
    if (isParty()) {
      return n + "-" + typeCode + "/" + issuerCode;
    }
    return n + "/" + (year == null ? "" : year + "/") + typeCode + "-" + issuerCode;
  }

  /** Reads a symbol left to right, failing with the index of the first character it cannot take. */
  private static final class Reader {
    private final String s;
    int pos;

    Reader(String s) {
      this.s = s;
    }

    boolean readsWhole(Runnable part) {
      try {
        part.run();
        return pos == s.length();
      } catch (DocumentSymbolParseException e) {
        return false;
      }
    }

    DocumentSymbolParseException fail(String expected) {
      return new DocumentSymbolParseException(s, pos, expected);
    }

    private boolean atEnd() {
      return pos >= s.length();
    }

    boolean atDigit() {
      return !atEnd() && isDigit(s.charAt(pos));
    }

    boolean atLetter() {
      return !atEnd() && Character.isLetter(s.codePointAt(pos));
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    boolean skip(char c) {
      if (!atEnd() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    void expect(char c) {
      if (!skip(c)) {
        throw fail("'" + c + "'");
      }
    }

    void end() {
      if (!atEnd()) {
        throw fail("the end of the symbol");
      }
    }

    int number() {
      int digits = 0;
      int value = 0;
      while (atDigit()) {
        if (digits == 9) {
          throw fail("a number of at most 9 digits");
        }
        value = value * 10 + (s.charAt(pos) - '0');
        pos++;
        digits++;
      }
      if (digits == 0) {
        throw fail("a number");
      }
      if (value == 0) {
        pos -= digits;
        throw fail("a number of 1 or more (documents are numbered from 01)");
      }
      return value;
    }

    Year year() {
      int start = pos;
      while (atDigit()) {
        pos++;
      }
      if (pos - start != 4 || s.charAt(start) == '0') {
        pos = start;
        throw fail("a year of four digits");
      }
      return Year.of(Integer.parseInt(s.substring(start, pos)));
    }

    /**
     * Checks a code just read against a table, if there is one, and returns it; fails at the code's first index
     * otherwise, naming the code, any code of the table that differs from it in case only, and the rule of the form.
     */
    String known(@Nullable DocumentCodeBook codes, DocumentSystem system, String code, boolean type) {
      if (codes == null) {
        return code;
      }
      boolean knows =
          type ? codes.type(system, code).isPresent() : codes.issuer(system, code).isPresent();
      if (knows) {
        return code;
      }
      pos -= code.length();
      String kind = type ? "type" : "issuer";
      Optional<String> otherCase =
          (type
                  ? codes.types().stream().filter(t -> t.system() == system).map(DocumentType::code)
                  : codes.issuers().stream().filter(i -> i.system() == system).map(Issuer::code))
              .filter(c -> c.equalsIgnoreCase(code))
              .findFirst();
      throw fail(
          "a "
              + system.englishName()
              + " "
              + kind
              + " code of the code book, not '"
              + code
              + "'"
              + otherCase.map(c -> " (codes are case-sensitive: the book has '" + c + "')").orElse("")
              + "; a symbol is written with the codes of its type and its issuer ("
              + (system == DocumentSystem.PARTY ? PARTY_FORM : STATE_FORM).citation()
              + ")");
    }

    String typeCode() {
      int start = pos;
      while (atLetter()) {
        pos += Character.charCount(s.codePointAt(pos));
      }
      if (pos == start) {
        throw fail("a type code (letters)");
      }
      return s.substring(start, pos);
    }

    String issuerCode() {
      int start = pos;
      do {
        if (!atLetter()) {
          throw fail(pos == start ? "an issuer code" : "a part of the issuer code after '-'");
        }
        while (atLetter() || atDigit()) {
          pos += Character.charCount(s.codePointAt(pos));
        }
      } while (skip('-'));
      return s.substring(start, pos);
    }
  }
}
