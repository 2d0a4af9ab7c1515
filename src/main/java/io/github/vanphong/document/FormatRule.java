package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * A rule of the format of a Party document that can be checked from a draft's {@link DocumentForm}: for example
 * {@link #HEADING_TEXT}, the heading reads "ĐẢNG CỘNG SẢN VIỆT NAM". {@link #checkAll} applies every rule and reports
 * every finding at once, each naming its {@link FormatComponent}, its rule and its basis.
 *
 * <p>The rules rest on Hướng dẫn 36-HD/VPTW (03/4/2018): its list of mandatory components and its presentation
 * table, known from secondary sources that reproduce them (reported). Under Mục I.4 of that guide the chief of the
 * office appraises the format of a draft before it is signed (see {@link Draft}). That a draft leaves its number
 * blank, the register giving it at issue, is the library's reading of the numbering rule (unconfirmed). The content
 * and the seal are not checked; neither are fonts and sizes, which a form does not hold.
 *
 * <p>Each finding is a {@link FormatFinding} that names the rule and the parts of the form at fault.
 */
public enum FormatRule implements Bilingual, Rule {
  /** The heading reads "ĐẢNG CỘNG SẢN VIỆT NAM", in capitals. */
  HEADING_TEXT(
      FormatComponent.HEADING,
      "Tiêu đề ghi \"ĐẢNG CỘNG SẢN VIỆT NAM\"",
      "The heading reads \"ĐẢNG CỘNG SẢN VIỆT NAM\"",
      Bases.COMPONENTS),
  /** The issuing body is named. */
  ISSUING_BODY_NAMED(
      FormatComponent.ISSUING_BODY, "Ghi tên cơ quan ban hành", "The issuing body is named", Bases.COMPONENTS),
  /** The issuing body, and the superior body above it, are written in capitals. */
  ISSUING_BODY_IN_CAPITALS(
      FormatComponent.ISSUING_BODY,
      "Tên cơ quan ban hành viết in hoa",
      "The issuing body is written in capitals",
      Bases.PRESENTATION),
  /** The number and symbol line reads "Số {number}-{type}/{issuer}", "Số" without a colon. */
  SYMBOL_LINE_FORM(
      FormatComponent.NUMBER_AND_SYMBOL,
      "Số và ký hiệu ghi \"Số {số}-{tên loại}/{cơ quan}\", không có dấu hai chấm",
      "The line reads \"Số {number}-{type}/{issuer}\", without a colon",
      DocumentSymbol.PARTY_FORM),
  /** A draft leaves its number blank: the register gives it at issue. */
  NUMBER_LEFT_BLANK(
      FormatComponent.NUMBER_AND_SYMBOL,
      "Dự thảo để trống số; số được cấp khi phát hành",
      "A draft leaves its number blank until issue",
      Bases.NUMBER_AT_ISSUE),
  /** The symbol names the draft's type. */
  SYMBOL_NAMES_TYPE(
      FormatComponent.NUMBER_AND_SYMBOL,
      "Ký hiệu ghi đúng tên loại văn bản",
      "The symbol names the document's type",
      DocumentSymbol.PARTY_FORM),
  /** The symbol names the draft's issuer. */
  SYMBOL_NAMES_ISSUER(
      FormatComponent.NUMBER_AND_SYMBOL,
      "Ký hiệu ghi đúng cơ quan ban hành",
      "The symbol names the issuing body",
      DocumentSymbol.PARTY_FORM),
  /** The place is written before the date. */
  PLACE_NAMED(FormatComponent.PLACE_AND_DATE, "Ghi địa danh", "The place is written", Bases.COMPONENTS),
  /** A document other than a công văn shows its type name in capitals; a công văn shows none. */
  TYPE_NAME_SHOWN(
      FormatComponent.TYPE_AND_SUMMARY,
      "Ghi tên loại văn bản in hoa (công văn không ghi tên loại)",
      "The type name is shown in capitals (none for a công văn)",
      Bases.COMPONENTS),
  /** The summary (trích yếu) is written. */
  SUMMARY_GIVEN(FormatComponent.TYPE_AND_SUMMARY, "Ghi trích yếu nội dung", "The summary is written", Bases.COMPONENTS),
  /** The signer's title is written. */
  SIGNER_TITLE_GIVEN(
      FormatComponent.SIGNATURE, "Ghi chức vụ người ký", "The signer's title is written", Bases.COMPONENTS),
  /** The signer's name is written. */
  SIGNER_NAMED(FormatComponent.SIGNATURE, "Ghi họ tên người ký", "The signer is named", Bases.COMPONENTS),
  /** At least one recipient is listed, and no line is blank. */
  RECIPIENTS_LISTED(
      FormatComponent.RECIPIENTS, "Ghi nơi nhận", "The recipients are listed", Bases.COMPONENTS);

  private final FormatComponent component;
  private final String vietnameseName;
  private final String englishName;
  private final LegalBasis basis;

  FormatRule(FormatComponent component, String vietnameseName, String englishName, LegalBasis basis) {
    this.component = component;
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.basis = basis;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the component the rule is about.
   *
   * @return the component, not null
   */
  public FormatComponent component() {
    return component;
  }

  /**
   * Returns the instrument and article of the rule, with its confirmation.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Returns the citation of the rule's basis, for example "Hướng dẫn 36-HD/VPTW, Mục II (thành phần thể thức bắt buộc
   * của văn bản)".
   *
   * @return the citation, present for every format rule
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis.citation());
  }

  /**
   * Applies every rule to a form and returns every finding, in the order of the rules.
   *
   * @param form the form of the draft, not null
   * @param type the type of the document, a Party type, not null
   * @param issuer the issuing body, not null
   * @return the findings, empty if the form passes every rule, not null
   */
  public static ImmutableList<FormatFinding> checkAll(DocumentForm form, DocumentType type, Issuer issuer) {
    ImmutableList.Builder<FormatFinding> findings = ImmutableList.builder();
    for (FormatRule rule : values()) {
      rule.check(form, type, issuer).ifPresent(findings::add);
    }
    return findings.build();
  }

  /**
   * Applies this rule to a form.
   *
   * @param form the form of the draft, not null
   * @param type the type of the document, not null
   * @param issuer the issuing body, not null
   * @return the finding, or empty if the form passes this rule
   */
  public Optional<FormatFinding> check(DocumentForm form, DocumentType type, Issuer issuer) {
    requireNonNull(form, "form");
    requireNonNull(type, "type");
    requireNonNull(issuer, "issuer");
    switch (this) {
      case HEADING_TEXT:
        return failIf(
            !form.heading().equals(DocumentForm.PARTY_HEADING),
            "the heading reads '" + DocumentForm.PARTY_HEADING + "'; the draft has '" + form.heading() + "'",
            form.heading());
      case ISSUING_BODY_NAMED:
        return failIf(form.issuingBody().isBlank(), "the draft names no issuing body", form.issuingBody());
      case ISSUING_BODY_IN_CAPITALS:
        return failIf(
            !isCapitals(form.issuingBody()) || !form.superiorBody().map(FormatRule::isCapitals).orElse(true),
            "the issuing body and the superior body are written in capitals; the draft has '"
                + form.superiorBody().map(s -> s + "' above '").orElse("")
                + form.issuingBody()
                + "'",
            form.superiorBody().isPresent()
                ? new Object[] {form.superiorBody().get(), form.issuingBody()}
                : new Object[] {form.issuingBody()});
      case SYMBOL_LINE_FORM:
        return failIf(
            SymbolLine.read(form.symbolLine()).symbol().isEmpty(),
            "the line reads 'Số {số}-{tên loại}/{cơ quan}', without a colon, for example 'Số -"
                + type.code()
                + "/"
                + issuer.code()
                + "'; the draft has '"
                + form.symbolLine()
                + "'",
            form.symbolLine());
      case NUMBER_LEFT_BLANK:
        return SymbolLine.read(form.symbolLine())
            .number()
            .map(
                n ->
                    finding(
                        "the register gives the number at issue; the draft already writes " + n, form.symbolLine()));
      case SYMBOL_NAMES_TYPE:
        return SymbolLine.read(form.symbolLine())
            .symbol()
            .filter(s -> !s.typeCode().equals(type.code()))
            .map(
                s ->
                    finding(
                        "the symbol names the type "
                            + s.typeCode()
                            + "; the draft is a "
                            + type.vietnameseName()
                            + " ("
                            + type.code()
                            + ")",
                        form.symbolLine(),
                        type));
      case SYMBOL_NAMES_ISSUER:
        return SymbolLine.read(form.symbolLine())
            .symbol()
            .filter(s -> !s.issuerCode().equals(issuer.code()))
            .map(
                s ->
                    finding(
                        "the symbol names the issuer "
                            + s.issuerCode()
                            + "; the draft is issued by "
                            + issuer.vietnameseName()
                            + " ("
                            + issuer.code()
                            + ")",
                        form.symbolLine(),
                        issuer));
      case PLACE_NAMED:
        return failIf(form.place().isBlank(), "the draft writes no place before the date", form.place());
      case TYPE_NAME_SHOWN:
        return checkTypeName(form, type);
      case SUMMARY_GIVEN:
        return failIf(form.summary().isBlank(), "the draft has no summary (trích yếu)", form.summary());
      case SIGNER_TITLE_GIVEN:
        return failIf(
            form.signerTitle().isBlank(), "the draft writes no title for the signer", form.signerTitle());
      case SIGNER_NAMED:
        return failIf(form.signerName().isBlank(), "the draft names no signer", form.signerName());
      case RECIPIENTS_LISTED:
        if (form.recipients().isEmpty()) {
          return Optional.of(finding("the draft lists no recipient (nơi nhận)", form.recipients()));
        }
        return failIf(
            form.recipients().stream().anyMatch(String::isBlank),
            "the draft lists a blank recipient line among " + form.recipients(),
            form.recipients());
    }
    throw new AssertionError(this);
  }

  private Optional<FormatFinding> checkTypeName(DocumentForm form, DocumentType type) {
    if (isOfficialLetter(type)) {
      return form.typeName()
          .map(name -> finding("a công văn shows no type name; the draft shows '" + name + "'", name, type));
    }
    return failIf(
        !form.typeName().equals(Optional.of(type.typeName())),
        "a "
            + type.vietnameseName()
            + " shows the type name '"
            + type.typeName()
            + "'; the draft shows "
            + form.typeName().map(n -> "'" + n + "'").orElse("none"),
        form.typeName().isPresent() ? new Object[] {form.typeName().get(), type} : new Object[] {type});
  }

  /** Tells whether a type is the Party's công văn, which shows no type name. */
  static boolean isOfficialLetter(DocumentType type) {
    return type.system() == DocumentSystem.PARTY
        && type.code().equals(DocumentCodeBook.OFFICIAL_LETTER.code());
  }

  private static boolean isCapitals(String text) {
    return text.equals(text.toUpperCase(VIETNAMESE));
  }

  private Optional<FormatFinding> failIf(boolean failed, String message, Object... values) {
    return failed ? Optional.of(finding(message, values)) : Optional.empty();
  }

  private FormatFinding finding(String message, Object... values) {
    return FormatFinding.of(this, message, Arrays.asList(values));
  }

  /** The number and symbol line of a draft, read leniently so that each rule can say what it checks. */
  private static final class SymbolLine {
    private final Optional<String> number;
    private final Optional<DocumentSymbol> symbol;

    private SymbolLine(Optional<String> number, Optional<DocumentSymbol> symbol) {
      this.number = number;
      this.symbol = symbol;
    }

    /** The number written, if any, whatever the rest of the line. */
    Optional<String> number() {
      return number;
    }

    /** The symbol with its number taken as 1, if the line reads "Số [number]-{type}/{issuer}". */
    Optional<DocumentSymbol> symbol() {
      return symbol;
    }

    static SymbolLine read(String line) {
      String rest = line.startsWith("Số") ? line.substring(2) : line;
      boolean prefix = line.startsWith("Số ");
      rest = rest.startsWith(":") ? rest.substring(1) : rest;
      rest = rest.strip();
      int digits = 0;
      while (digits < rest.length() && rest.charAt(digits) >= '0' && rest.charAt(digits) <= '9') {
        digits++;
      }
      Optional<String> number = digits == 0 ? Optional.empty() : Optional.of(rest.substring(0, digits));
      String tail = rest.substring(digits).strip();
      Optional<DocumentSymbol> symbol = Optional.empty();
      if (prefix) {
        try {
          symbol = Optional.of(DocumentSymbol.parse("1" + tail)).filter(DocumentSymbol::isParty);
        } catch (DocumentSymbolParseException e) {
          symbol = Optional.empty();
        }
      }
      return new SymbolLine(number, symbol);
    }
  }

  /** The bases of the rules, held apart so that the constants can name them. */
  private static final class Bases {
    static final LegalBasis COMPONENTS =
        LegalBasis.builder()
            .instrument(Instruments.PARTY_DOCUMENT_FORMAT_2018)
            .article("Mục II (thành phần thể thức bắt buộc của văn bản)")
            .confirmation(Confirmation.REPORTED)
            .build();
    static final LegalBasis PRESENTATION =
        LegalBasis.builder()
            .instrument(Instruments.PARTY_DOCUMENT_FORMAT_2018)
            .article("kỹ thuật trình bày (bảng chữ in hoa, cỡ và kiểu chữ)")
            .confirmation(Confirmation.REPORTED)
            .build();
    static final LegalBasis NUMBER_AT_ISSUE =
        LegalBasis.builder()
            .instrument(Instruments.PARTY_DOCUMENT_FORMAT_2018)
            .article("Mục II, điểm 1.3.1 (số được cấp khi phát hành; chưa đối chiếu)")
            .confirmation(Confirmation.UNCONFIRMED)
            .build();

    private Bases() {}
  }
}
