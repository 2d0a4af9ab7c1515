package io.github.vanphong.election;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * The three levels of a name in {@link VietnameseCollation}: its letters (or other characters), its tone marks and its
 * case, element by element. Built from the name decomposed (NFD), in which a vowel's shape marks (breve, circumflex,
 * horn) and its tone mark follow it in a canonical order.
 */
final class CollationKey implements Comparable<CollationKey> {

  /** Letters weigh more than any code point, so that every other character comes before them. */
  private static final int LETTERS = Character.MAX_CODE_POINT + 1;

  private static final char BREVE = '\u0306';
  private static final char CIRCUMFLEX = '\u0302';
  private static final char HORN = '\u031B';

  /** The tone marks in their order, after none: huyền, hỏi, ngã, sắc, nặng. */
  private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";

  /** The letters in their order; each a base letter and the shape mark that makes it, or none. */
  private static final String[] ALPHABET = {
    "a", "a\u0306", "a\u0302", "b", "c", "d", "\u0111", "e", "e\u0302", "f", "g", "h", "i", "j", "k", "l", "m", "n",
    "o", "o\u0302", "o\u031B", "p", "q", "r", "s", "t", "u", "u\u031B", "v", "w", "x", "y", "z"
  };

  private final int[] primary;
  private final byte[] tones;
  private final byte[] capitals;

  private CollationKey(int[] primary, byte[] tones, byte[] capitals) {
    this.primary = primary;
    this.tones = tones;
    this.capitals = capitals;
  }

  /**
   * Returns the key of a name.
   *
   * @param name the name, in any normal form, not null
   * @return the key, not null
   */
  static CollationKey of(String name) {
    String d = Normalizer.normalize(name, Normalizer.Form.NFD);
    int[] primary = new int[d.length()];
    byte[] tones = new byte[d.length()];
    byte[] capitals = new byte[d.length()];
    int n = 0;
    int i = 0;
    while (i < d.length()) {
      int base = d.codePointAt(i);
      i += Character.charCount(base);
      if (isMark(base)) {
        primary[n++] = base;
        continue;
      }
      int lower = Character.toLowerCase(base);
      byte capital = (byte) (lower != base ? 1 : 0);
      int shape = 0;
      int tone = 0;
      int marksStart = i;
      while (i < d.length() && isMark(d.charAt(i))) {
        i++;
      }
      StringBuilder other = new StringBuilder();
      for (int m = marksStart; m < i; m++) {
        char mark = d.charAt(m);
        int t = TONES.indexOf(mark);
        if (t >= 0 && tone == 0) {
          tone = t + 1;
        } else if (shape == 0 && (mark == BREVE || mark == CIRCUMFLEX || mark == HORN) && rank(lower, mark) >= 0) {
          shape = mark;
        } else {
          other.append(mark);
        }
      }
      int rank = rank(lower, shape);
      primary[n] = rank >= 0 ? LETTERS + rank : lower;
      tones[n] = (byte) tone;
      capitals[n] = capital;
      n++;
      for (int m = 0; m < other.length(); m++) {
        primary[n++] = other.charAt(m);
      }
    }
    return new CollationKey(Arrays.copyOf(primary, n), Arrays.copyOf(tones, n), Arrays.copyOf(capitals, n));
  }

  /** The place of a letter in the alphabet, or -1 if the base and shape mark make no letter of it. */
  private static int rank(int lower, int shape) {
    if (lower > Character.MAX_VALUE) {
      return -1;
    }
    String letter = shape == 0 ? String.valueOf((char) lower) : String.valueOf((char) lower) + (char) shape;
    for (int r = 0; r < ALPHABET.length; r++) {
      if (ALPHABET[r].equals(letter)) {
        return r;
      }
    }
    return -1;
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  @Override
  public int compareTo(CollationKey other) {
    int c = Arrays.compare(primary, other.primary);
    if (c != 0) {
      return c;
    }
    c = Arrays.compare(tones, other.tones);
    return c != 0 ? c : Arrays.compare(capitals, other.capitals);
  }
}
