package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.Bilingual;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import org.immutables.value.Value;

/**
 * An issuing body (cơ quan ban hành) with its code in a symbol: for example the Office of a Provincial Party
 * Committee, Văn phòng Tỉnh ủy, code {@code VPTU}, as in {@code 12-BC/VPTU}. The built-in issuers are the constants
 * of {@link DocumentCodeBook}; an application adds its own with {@link #of}.
 *
 * <p>An issuer is a code and a name, not a unit of the org chart: every provincial committee office writes {@code
 * VPTU}. It belongs to a {@link DocumentSystem}, as its symbols do. Its basis says how firmly the code is confirmed:
 * codes seen in official symbols are {@link io.github.vanphong.law.Confirmation#REPORTED}, codes recalled but not
 * confirmed ({@code HU} for a huyện ủy, say) are {@link io.github.vanphong.law.Confirmation#UNCONFIRMED}.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Issuer implements Bilingual {

  Issuer() {}

  /**
   * The system whose documents the issuer signs.
   *
   * @return the system, not null
   */
  public abstract DocumentSystem system();

  /**
   * The code of the issuer in a symbol, for example "VPTU".
   *
   * @return the code, in NFC
   */
  public abstract String code();

  /**
   * The Vietnamese name of the issuer, for example "Văn phòng Tỉnh ủy".
   *
   * @return the Vietnamese name, not blank, in NFC
   */
  @Override
  public abstract String vietnameseName();

  /**
   * The English name of the issuer, for example "Office of the Provincial Party Committee".
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
   * Returns an issuing body.
   *
   * @param system the system, not null
   * @param code the code, one or more parts of letters and digits joined by '-', for example "VPTU"; not null
   * @param vietnameseName the Vietnamese name, not blank, for example "Văn phòng Tỉnh ủy"
   * @param englishName the English name, not blank
   * @param basis the instrument that gives the code, not null
   * @return the issuer, its code and names in NFC, not null
   * @throws IllegalArgumentException if the code is not of the form of an issuer code, or a name is blank
   */
  public static Issuer of(
      DocumentSystem system, String code, String vietnameseName, String englishName, LegalBasis basis) {
    return ImmutableIssuer.builder()
        .system(system)
        .code(code)
        .vietnameseName(vietnameseName)
        .englishName(englishName)
        .basis(basis)
        .build();
  }

  @Value.Check
  Issuer normalize() {
    checkArgument(!Texts.isBlank(vietnameseName()), "an issuer needs a Vietnamese name: code %s", Texts.quote(code()));
    checkArgument(!Texts.isBlank(englishName()), "an issuer needs an English name: code %s", Texts.quote(code()));
    String code = DocumentSymbol.checkIssuerCode(code());
    String name = Normalizer.normalize(vietnameseName(), Normalizer.Form.NFC);
    if (code.equals(code()) && name.equals(vietnameseName())) {
      return this;
    }
    return ImmutableIssuer.builder().from(this).code(code).vietnameseName(name).build();
  }

  /**
   * Returns the code, system and name: "VPTU (Party document: Văn phòng Tỉnh ủy)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return code() + " (" + system().englishName() + ": " + vietnameseName() + ")";
  }
}
