package io.github.vanphong.election;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;
import java.text.Normalizer;
import java.util.Comparator;

/**
 * Vietnamese alphabetical order of names, the order of "theo vần chữ cái A, B, C" in which the Election Law lists the
 * candidates of a constituency (Luật 85/2015/QH13, Điều 57, khoản 5; Điều 58, khoản 2). For example "Dương" comes
 * before "Đào", "Uyên" before "Ưng", and "Anh" before "Ảnh" before "Ánh"; code point order would put "Đào" after
 * every name of plain Latin letters.
 *
 * <p><b>The order.</b> A name is read in Unicode NFC, so a name typed precomposed and the same name typed decomposed
 * (NFD) compare equal but for the last tie-break. Then, as dictionaries sort:
 *
 * <ol>
 *   <li>the letters, case aside and tone marks aside, in the order of the alphabet a ă â b c d đ e ê g h i k l m n o ô
 *       ơ p q r s t u ư v x y, with f, j, w and z of foreign names at their Latin places; any other character (a
 *       space, a hyphen, a digit, a letter of another script, a mark that makes no Vietnamese letter) comes before
 *       every letter, by its code point, so that "An Bình" comes before "Anh";
 *   <li>then the tone marks, letter by letter, in the order không dấu (none), huyền, hỏi, ngã, sắc, nặng: a &lt; à
 *       &lt; ả &lt; ã &lt; á &lt; ạ;
 *   <li>then the case, letter by letter, small before capital;
 *   <li>then, last, the code points of the names as given, so that two names compare as equal only if they are equal:
 *       the order is total and consistent with {@link String#equals}.
 * </ol>
 *
 * <p>The law names no order of the tone marks nor of the words of a name. The tone order above is the customary
 * order, as dictionaries sort (Hoàng Phê's Từ điển tiếng Việt), which is also that of the Unicode Common Locale Data
 * Repository's Vietnamese collation; it is this library's convention where the law is silent. The words are either
 * compared from the first word, the family name, as written ({@link #WHOLE_NAME}, the library's default), or from the
 * given name, the last word, then the whole name ({@link #GIVEN_NAME_FIRST}), the order many published candidate
 * lists follow; an application chooses the one its election committee uses.
 *
 * <p>Each constant is immutable and thread-safe.
 */
public enum VietnameseCollation implements Comparator<String>, Bilingual {
  /**
   * The whole name from its first word: "Lê Văn Bình" before "Nguyễn Thị An". The library's default, as the law says
   * only "theo vần chữ cái".
   */
  WHOLE_NAME("Theo cả họ và tên, từ chữ đầu", "The whole name, from the first word"),
  /**
   * The given name (tên, the last word) first, then the whole name from its first word: "Nguyễn Thị An" before "Lê Văn
   * Bình", and "Lê Văn An" before "Nguyễn Văn An".
   */
  GIVEN_NAME_FIRST("Theo tên trước, rồi cả họ và tên", "The given name first, then the whole name");

  private final String vietnameseName;
  private final String englishName;

  VietnameseCollation(String vietnameseName, String englishName) {
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
   * Compares two names in Vietnamese alphabetical order.
   *
   * @param left a name, not null
   * @param right a name, not null
   * @return negative if {@code left} comes first, positive if {@code right} does, 0 only if they are equal
   */
  @Override
  public int compare(String left, String right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    if (left.equals(right)) {
      return 0;
    }
    String l = Normalizer.normalize(left, Normalizer.Form.NFC);
    String r = Normalizer.normalize(right, Normalizer.Form.NFC);
    if (this == GIVEN_NAME_FIRST) {
      int given = CollationKey.of(givenName(l)).compareTo(CollationKey.of(givenName(r)));
      if (given != 0) {
        return given;
      }
    }
    int whole = CollationKey.of(l).compareTo(CollationKey.of(r));
    return whole != 0 ? whole : compareCodePoints(left, right);
  }

  /** The last word of a name: what follows its last whitespace, trailing whitespace aside. */
  private static String givenName(String name) {
    int end = name.length();
    while (end > 0 && Character.isWhitespace(name.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(name.charAt(start - 1))) {
      start--;
    }
    return name.substring(start, end);
  }

  private static int compareCodePoints(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int a = left.codePointAt(i);
      int b = right.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Integer.compare(left.length() - i, right.length() - j);
  }
}
