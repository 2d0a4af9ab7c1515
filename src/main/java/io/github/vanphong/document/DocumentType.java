package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.Bilingual;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import org.immutables.value.Value;

/**
 * A type of document (tên loại văn bản) with its code in a symbol: for example the Party's báo cáo, code {@code BC},
 * as in {@code 12-BC/VPTU}, or the State's quy định, code {@code QyĐ}. The built-in types are the constants of
 * {@link DocumentCodeBook}; an application adds its own with {@link #of}.
 *
 * <p>A type belongs to a {@link DocumentSystem}: the Party's quy định is {@code QĐi} and the State's {@code QyĐ}, and
 * the Party's {@code TT} (thông tri) is not the State's {@code TT} (thông tư). A type is not a document, nor a
 * numbering rule: Party registers number each type on its own, State registers may number all types together (see
 * {@link NumberingPolicy}). Two types with the same system and code share a numbering sequence, since their symbols
 * would otherwise collide.
 *
 * <p>The code and the names are kept in Unicode NFC. Its basis says how firmly the code is confirmed: codes seen in
 * official symbols are {@link io.github.vanphong.law.Confirmation#REPORTED}, codes recalled from the abbreviation
 * table of Hướng dẫn 36-HD/VPTW, which has not been read, are {@link
 * io.github.vanphong.law.Confirmation#UNCONFIRMED}.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class DocumentType implements Bilingual {

  DocumentType() {}

  /**
   * The system the type belongs to.
   *
   * @return the system, not null
   */
  public abstract DocumentSystem system();

  /**
   * The code of the type in a symbol, for example "BC" or "QĐi".
   *
   * @return the code, one or more letters, in NFC
   */
  public abstract String code();

  /**
   * The Vietnamese name of the type, for example "Báo cáo".
   *
   * @return the Vietnamese name, not blank, in NFC
   */
  @Override
  public abstract String vietnameseName();

  /**
   * The English name of the type, for example "Report".
   *
   * @return the English name, not blank
   */
  @Override
  public abstract String englishName();

  /**
   * The instrument that gives the code, with its confirmation.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns a type of document.
   *
   * @param system the system, not null
   * @param code the code, one or more letters, for example "BC"; not null
   * @param vietnameseName the Vietnamese name, not blank, for example "Báo cáo"
   * @param englishName the English name, not blank, for example "Report"
   * @param basis the instrument that gives the code, not null
   * @return the type, its code and names in NFC, not null
   * @throws IllegalArgumentException if the code is not one or more letters, or a name is blank
   */
  public static DocumentType of(
      DocumentSystem system, String code, String vietnameseName, String englishName, LegalBasis basis) {
    return ImmutableDocumentType.builder()
        .system(system)
        .code(code)
        .vietnameseName(vietnameseName)
        .englishName(englishName)
        .basis(basis)
        .build();
  }

  /**
   * Returns the name of the type as the header of a document writes it, in capitals: "BÁO CÁO" for a báo cáo (Hướng
   * dẫn 36-HD/VPTW: tên loại in capitals). A công văn shows no type name; this method still answers "CÔNG VĂN".
   *
   * @return the Vietnamese name in capitals, not null
   */
  public String typeName() {
    return vietnameseName().toUpperCase(VIETNAMESE);
  }

  @Value.Check
  DocumentType normalize() {
    checkArgument(!Texts.isBlank(vietnameseName()), "a document type needs a Vietnamese name: code %s", Texts.quote(code()));
    checkArgument(!Texts.isBlank(englishName()), "a document type needs an English name: code %s", Texts.quote(code()));
    String code = DocumentSymbol.checkTypeCode(code());
    String name = Normalizer.normalize(vietnameseName(), Normalizer.Form.NFC);
    if (code.equals(code()) && name.equals(vietnameseName())) {
      return this;
    }
    return ImmutableDocumentType.builder().from(this).code(code).vietnameseName(name).build();
  }

  /**
   * Returns the code, system and name: "BC (Party document: Báo cáo)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return code() + " (" + system().englishName() + ": " + vietnameseName() + ")";
  }
}
