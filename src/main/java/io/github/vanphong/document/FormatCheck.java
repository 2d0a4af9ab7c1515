package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;
import io.github.vanphong.internal.Texts;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a rule of the format of a Party document checks in a draft's {@link DocumentForm}: for example {@link
 * #HEADING_TEXT}, the heading reads "ĐẢNG CỘNG SẢN VIỆT NAM". A check is not a rule: a {@link FormatRule} makes a
 * check under an instrument and article for the days they are in force, so that the same check is a rule of Hướng
 * dẫn 11-HD/VPTW (2004) for a draft of 2016 and of Hướng dẫn 36-HD/VPTW (2018) for a draft of today; {@link
 * FormatRuleBook} holds the rules and chooses them by the day.
 *
 * <p>The content and the seal are not checked; neither are fonts and sizes, which a form does not hold.
 */
public enum FormatCheck implements Bilingual {
  /** The heading reads "ĐẢNG CỘNG SẢN VIỆT NAM", in capitals. */
  HEADING_TEXT(
      FormatComponent.HEADING,
      "Tiêu đề ghi \"ĐẢNG CỘNG SẢN VIỆT NAM\"",
      "The heading reads \"ĐẢNG CỘNG SẢN VIỆT NAM\""),
  /** The issuing body is named. */
  ISSUING_BODY_NAMED(
      FormatComponent.ISSUING_BODY, "Ghi tên cơ quan ban hành", "The issuing body is named"),
  /** The issuing body, and the superior body above it, are written in capitals. */
  ISSUING_BODY_IN_CAPITALS(
      FormatComponent.ISSUING_BODY,
      "Tên cơ quan ban hành viết in hoa",
      "The issuing body is written in capitals"),
  /** The number and symbol line reads "Số {number}-{type}/{issuer}", "Số" without a colon. */
  SYMBOL_LINE_FORM(
      FormatComponent.NUMBER_AND_SYMBOL,
      "Số và ký hiệu ghi \"Số {số}-{tên loại}/{cơ quan}\", không có dấu hai chấm",
      "The line reads \"Số {number}-{type}/{issuer}\", without a colon"),
  /** A draft leaves its number blank: the register gives it at issue. */
  NUMBER_LEFT_BLANK(
      FormatComponent.NUMBER_AND_SYMBOL,
      "Dự thảo để trống số; số được cấp khi phát hành",
      "A draft leaves its number blank until issue"),
  /** The symbol names the draft's type. */
  SYMBOL_NAMES_TYPE(
      FormatComponent.NUMBER_AND_SYMBOL,
      "Ký hiệu ghi đúng tên loại văn bản",
      "The symbol names the document's type"),
  /** The symbol names the draft's issuer. */
  SYMBOL_NAMES_ISSUER(
      FormatComponent.NUMBER_AND_SYMBOL,
      "Ký hiệu ghi đúng cơ quan ban hành",
      "The symbol names the issuing body"),
  /** The place is written before the date. */
  PLACE_NAMED(FormatComponent.PLACE_AND_DATE, "Ghi địa danh", "The place is written"),
  /** A document other than a công văn shows its type name in capitals; a công văn shows none. */
  TYPE_NAME_SHOWN(
      FormatComponent.TYPE_AND_SUMMARY,
      "Ghi tên loại văn bản in hoa (công văn không ghi tên loại)",
      "The type name is shown in capitals (none for a công văn)"),
  /** The summary (trích yếu) is written. */
  SUMMARY_GIVEN(FormatComponent.TYPE_AND_SUMMARY, "Ghi trích yếu nội dung", "The summary is written"),
  /** The signer's title is written. */
  SIGNER_TITLE_GIVEN(
      FormatComponent.SIGNATURE, "Ghi chức vụ người ký", "The signer's title is written"),
  /** The signer's name is written. */
  SIGNER_NAMED(FormatComponent.SIGNATURE, "Ghi họ tên người ký", "The signer is named"),
  /** At least one recipient is listed, and no line is blank. */
  RECIPIENTS_LISTED(
      FormatComponent.RECIPIENTS, "Ghi nơi nhận", "The recipients are listed");

  private final FormatComponent component;
  private final String vietnameseName;
  private final String englishName;

  FormatCheck(FormatComponent component, String vietnameseName, String englishName) {
    this.component = component;
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
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
   * Returns the component the check is about.
   *
   * @return the component, not null
   */
  public FormatComponent component() {
    return component;
  }

  /**
   * Applies this check to a form, for a rule that makes it: the finding names the rule, and through it its basis.
   *
   * @param rule the rule whose check this is, not null
   * @param form the form of the draft, not null
   * @param type the type of the document, not null
   * @param issuer the issuing body, not null
   * @return the finding, or empty if the form passes this check
   */
  Optional<FormatFinding> apply(FormatRule rule, DocumentForm form, DocumentType type, Issuer issuer) {
    requireNonNull(rule, "rule");
    requireNonNull(form, "form");
    requireNonNull(type, "type");
    requireNonNull(issuer, "issuer");
    return switch (this) {
      case HEADING_TEXT -> failIf(
            rule,
            !form.heading().equals(DocumentForm.PARTY_HEADING),
            "the heading reads '" + DocumentForm.PARTY_HEADING + "'; the draft has '" + form.heading() + "'",
            form.heading());
      case ISSUING_BODY_NAMED ->
          failIf(rule, Texts.isBlank(form.issuingBody()), "the draft names no issuing body", form.issuingBody());
      case ISSUING_BODY_IN_CAPITALS -> failIf(
            rule,
            !isCapitals(form.issuingBody()) || !form.superiorBody().map(FormatCheck::isCapitals).orElse(true),
            "the issuing body and the superior body are written in capitals; the draft has '"
                + form.superiorBody().map(s -> s + "' above '").orElse("")
                + form.issuingBody()
                + "'",
            form.superiorBody().isPresent()
                ? new Object[] {form.superiorBody().get(), form.issuingBody()}
                : new Object[] {form.issuingBody()});
      case SYMBOL_LINE_FORM -> failIf(
            rule,
            SymbolLine.read(form.symbolLine()).symbol().isEmpty(),
            "the line reads 'Số {số}-{tên loại}/{cơ quan}', without a colon, for example 'Số -"
                + type.code()
                + "/"
                + issuer.code()
                + "'; the draft has '"
                + form.symbolLine()
                + "'",
            form.symbolLine());
      case NUMBER_LEFT_BLANK -> SymbolLine.read(form.symbolLine())
            .number()
            .map(
                n ->
                    finding(
                        rule,
                        "the register gives the number at issue; the draft already writes " + n, form.symbolLine()));
      case SYMBOL_NAMES_TYPE -> SymbolLine.read(form.symbolLine())
            .symbol()
            .filter(s -> !s.typeCode().equals(type.code()))
            .map(
                s ->
                    finding(
                        rule,
                        "the symbol names the type "
                            + s.typeCode()
                            + "; the draft is a "
                            + type.vietnameseName()
                            + " ("
                            + type.code()
                            + ")",
                        form.symbolLine(),
                        type));
      case SYMBOL_NAMES_ISSUER -> SymbolLine.read(form.symbolLine())
            .symbol()
            .filter(s -> !s.issuerCode().equals(issuer.code()))
            .map(
                s ->
                    finding(
                        rule,
                        "the symbol names the issuer "
                            + s.issuerCode()
                            + "; the draft is issued by "
                            + issuer.vietnameseName()
                            + " ("
                            + issuer.code()
                            + ")",
                        form.symbolLine(),
                        issuer));
      case PLACE_NAMED ->
          failIf(rule, Texts.isBlank(form.place()), "the draft writes no place before the date", form.place());
      case TYPE_NAME_SHOWN -> checkTypeName(rule, form, type);
      case SUMMARY_GIVEN ->
          failIf(rule, Texts.isBlank(form.summary()), "the draft has no summary (trích yếu)", form.summary());
      case SIGNER_TITLE_GIVEN -> failIf(
            rule,
            Texts.isBlank(form.signerTitle()), "the draft writes no title for the signer", form.signerTitle());
      case SIGNER_NAMED -> failIf(rule, Texts.isBlank(form.signerName()), "the draft names no signer", form.signerName());
      case RECIPIENTS_LISTED -> checkRecipients(rule, form);
    };
  }

  private static Optional<FormatFinding> checkRecipients(FormatRule rule, DocumentForm form) {
    if (form.recipients().isEmpty()) {
      return Optional.of(finding(rule, "the draft lists no recipient (nơi nhận)", form.recipients()));
    }
    return failIf(
        rule,
        form.recipients().stream().anyMatch(String::isBlank),
        "the draft lists a blank recipient line among " + form.recipients(),
        form.recipients());
  }

  private static Optional<FormatFinding> checkTypeName(FormatRule rule, DocumentForm form, DocumentType type) {
    if (isOfficialLetter(type)) {
      return form.typeName()
          .map(name -> finding(rule, "a công văn shows no type name; the draft shows '" + name + "'", name, type));
    }
    return failIf(
            rule,
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

  private static Optional<FormatFinding> failIf(
      FormatRule rule, boolean failed, String message, Object... values) {
    return failed ? Optional.of(finding(rule, message, values)) : Optional.empty();
  }

  private static FormatFinding finding(FormatRule rule, String message, Object... values) {
    return FormatFinding.of(rule, message, Arrays.asList(values));
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
}
