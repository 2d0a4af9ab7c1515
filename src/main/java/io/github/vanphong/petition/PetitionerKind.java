package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * Who sent a petition, as far as the letter shows: for example {@link #SIGNATORIES} for a letter signed by three
 * neighbours. It says nothing of who they are; their identities live in {@link Identity}.
 *
 * <p>A denunciation with no identifiable denouncer, or under another person's name, is not processed under the
 * Denunciations Law (Luật Tố cáo 25/2018/QH14, Điều 25); several denouncers give each one's details and name a
 * representative (Điều 23).
 */
public enum PetitionerKind implements Bilingual {
  /** Một người: one named petitioner. */
  ONE_PERSON("Một người", "One person"),
  /** Nhiều người cùng ký tên: several signatories of one letter (Luật Tố cáo, Điều 23). */
  SIGNATORIES("Nhiều người cùng ký tên", "Several signatories"),
  /** Đoàn đông người: a delegation, speaking through representatives (Luật Tiếp công dân 42/2013/QH13, Điều 30). */
  DELEGATION("Đoàn đông người", "Delegation"),
  /** Đơn giấu tên, không rõ địa chỉ: no identifiable petitioner (Luật Tố cáo, Điều 25). */
  ANONYMOUS("Giấu tên", "Anonymous"),
  /** Đơn mạo tên: signed with a false name or another person's name (Luật Tố cáo, Điều 25). */
  FALSE_NAME("Mạo tên", "False name");

  private final String vietnameseName;
  private final String englishName;

  PetitionerKind(String vietnameseName, String englishName) {
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
   * Returns whether a petitioner of this kind can be identified and answered.
   *
   * @return false for {@link #ANONYMOUS} and {@link #FALSE_NAME}, true otherwise
   */
  public boolean isIdentifiable() {
    return this != ANONYMOUS && this != FALSE_NAME;
  }
}
