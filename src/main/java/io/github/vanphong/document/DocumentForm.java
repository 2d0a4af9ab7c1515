package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.Bilingual;
import io.github.vanphong.internal.ValueType;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * The format components of a Party document as the draft writes them (thể thức văn bản): heading, issuing body,
 * number and symbol line, place and date, type name, summary, signature block and recipients. For example the
 * heading "ĐẢNG CỘNG SẢN VIỆT NAM", the issuing body "VĂN PHÒNG TỈNH ỦY", the line "Số -BC/VPTU" with its number left
 * blank until issue, the place "Vị Thanh", the type name "BÁO CÁO", the summary "Kết quả giao ban công tác văn phòng
 * cấp ủy", the signer "CHÁNH VĂN PHÒNG" and the recipients "Thường trực Tỉnh ủy", "Lưu Văn phòng".
 *
 * <p>A form holds what was written, right or wrong: it refuses nothing but nulls, so that the {@link FormatRule}s can
 * report every finding at once. Its text is kept in Unicode NFC. It is not the content of the document, which the
 * library does not read. {@link #template(DocumentType, Issuer) template} starts a form with the components that follow from
 * the type and the issuer.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class DocumentForm {

  /** The heading of every Party document: "ĐẢNG CỘNG SẢN VIỆT NAM" (Hướng dẫn 36-HD/VPTW). */
  public static final String PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM";

  DocumentForm() {}

  /**
   * The heading (tiêu đề), for example "ĐẢNG CỘNG SẢN VIỆT NAM".
   *
   * @return the heading as written, in NFC
   */
  public abstract String heading();

  /**
   * The superior body written above the issuing body, for example "TỈNH ỦY HẬU GIANG" above its office.
   *
   * @return the superior body as written, or empty
   */
  public abstract Optional<String> superiorBody();

  /**
   * The issuing body (tên cơ quan ban hành), for example "VĂN PHÒNG TỈNH ỦY".
   *
   * @return the issuing body as written, in NFC
   */
  public abstract String issuingBody();

  /**
   * The number and symbol line, for example "Số -BC/VPTU" in a draft, the number left blank until issue.
   *
   * @return the line as written, in NFC
   */
  public abstract String symbolLine();

  /**
   * The place (địa danh), for example "Vị Thanh".
   *
   * @return the place as written, in NFC
   */
  public abstract String place();

  /**
   * The date written after the place, usually filled at signing.
   *
   * @return the date, or empty if not yet written
   */
  public abstract Optional<LocalDate> date();

  /**
   * The type name (tên loại) in capitals, for example "BÁO CÁO"; a công văn has none.
   *
   * @return the type name as written, or empty
   */
  public abstract Optional<String> typeName();

  /**
   * The summary (trích yếu nội dung), for example "Kết quả giao ban công tác văn phòng cấp ủy".
   *
   * @return the summary as written, in NFC
   */
  public abstract String summary();

  /**
   * The signing authority (quyền hạn) where the signer signs for a collective or for the head, for example "T/M BAN
   * THƯỜNG VỤ" or "K/T CHÁNH VĂN PHÒNG".
   *
   * @return the authority as written, or empty
   */
  public abstract Optional<String> signingAuthority();

  /**
   * The signer's title (chức vụ), for example "CHÁNH VĂN PHÒNG".
   *
   * @return the title as written, in NFC
   */
  public abstract String signerTitle();

  /**
   * The signer's name, for example "Nguyễn Văn A".
   *
   * @return the name as written, in NFC
   */
  public abstract String signerName();

  /**
   * The recipients (nơi nhận), one a line, for example "Thường trực Tỉnh ủy", "Lưu Văn phòng".
   *
   * @return the recipients as written, in NFC, possibly empty
   */
  public abstract ImmutableList<String> recipients();

  /**
   * The secrecy mark; {@link Secrecy#NONE} unless set.
   *
   * @return the mark, not null
   */
  @Value.Default
  public Secrecy secrecy() {
    return Secrecy.NONE;
  }

  /**
   * Returns a builder with nothing written. The heading, issuing body, symbol line, place, summary, signer's title
   * and signer's name are required, though they may be written blank.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder with the components that follow from the type and the issuer: the Party heading, the issuer's
   * name in capitals, the line "Số -{type}/{issuer}" with the number left blank, and the type name in capitals
   * (none for a công văn). The place, summary, signer and recipients remain to be written.
   *
   * @param type the type of the document, not null
   * @param issuer the issuing body, not null
   * @return a builder, not null
   */
  public static Builder template(DocumentType type, Issuer issuer) {
    requireNonNull(type, "type");
    requireNonNull(issuer, "issuer");
    Builder builder = new Builder();
    builder
        .heading(PARTY_HEADING)
        .issuingBody(issuer.vietnameseName().toUpperCase(Bilingual.VIETNAMESE))
        .symbolLine("Số -" + type.code() + "/" + issuer.code());
    if (!FormatCheck.isOfficialLetter(type)) {
      builder.typeName(type.typeName());
    }
    return builder;
  }

  /**
   * Builds a {@link DocumentForm}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDocumentForm.Builder {
    Builder() {}
  }

  @Value.Check
  DocumentForm normalize() {
    if (isNfc()) {
      return this;
    }
    return ImmutableDocumentForm.builder()
        .from(this)
        .heading(nfc(heading()))
        .superiorBody(superiorBody().map(DocumentForm::nfc))
        .issuingBody(nfc(issuingBody()))
        .symbolLine(nfc(symbolLine()))
        .place(nfc(place()))
        .typeName(typeName().map(DocumentForm::nfc))
        .summary(nfc(summary()))
        .signingAuthority(signingAuthority().map(DocumentForm::nfc))
        .signerTitle(nfc(signerTitle()))
        .signerName(nfc(signerName()))
        .recipients(recipients().stream().map(DocumentForm::nfc).collect(ImmutableList.toImmutableList()))
        .build();
  }

  private boolean isNfc() {
    return Stream.of(
            Stream.of(heading(), issuingBody(), symbolLine(), place(), summary(), signerTitle(), signerName()),
            superiorBody().stream(),
            typeName().stream(),
            signingAuthority().stream(),
            recipients().stream())
        .flatMap(s -> s)
        .allMatch(s -> Normalizer.isNormalized(s, Normalizer.Form.NFC));
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
