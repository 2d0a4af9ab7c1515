package io.github.vanphong;

import java.util.Locale;

/**
 * A name of the domain in two languages: the English one the Java code uses, and the Vietnamese one, with its
 * diacritics in Unicode NFC, that the office itself uses. For example {@code UnitKind.OFFICE} is "Office" and
 * "Văn phòng".
 *
 * <p>Every enum of vanphong that names a domain thing implements this interface, so an application can show
 * either name with {@link #displayName(Locale) displayName} without a resource bundle of its own.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Bilingual {

  /** The Vietnamese locale, {@code vi-VN}. */
  Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  /**
   * Returns the Vietnamese name, with diacritics, in Unicode NFC, for example "Văn phòng".
   *
   * @return the Vietnamese name, not null, not blank
   */
  String vietnameseName();

  /**
   * Returns the English name, for example "Office".
   *
   * @return the English name, not null, not blank
   */
  String englishName();

  /**
   * Returns the name to show to a reader of the given locale: the Vietnamese name for any locale whose language
   * is Vietnamese ({@code vi}), the English name for every other locale.
   *
   * @param locale the reader's locale, not null
   * @return the Vietnamese or the English name, not null
   */
  default String displayName(Locale locale) {
    return VIETNAMESE.getLanguage().equals(locale.getLanguage()) ? vietnameseName() : englishName();
  }
}
