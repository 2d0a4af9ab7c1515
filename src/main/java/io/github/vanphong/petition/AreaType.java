package io.github.vanphong.petition;

import io.github.vanphong.Bilingual;

/**
 * Where a complaint is resolved, as the Complaints Law distinguishes it: an ordinary area, or a remote, hard-to-reach
 * one (vùng sâu, vùng xa) where every limit is longer. For example a first complaint is resolved within 30 days in
 * an ordinary area and 45 in a {@link #REMOTE} one (Luật Khiếu nại 02/2011/QH13, Điều 28).
 *
 * <p>The law does not list the remote areas itself; an application says which area a petition belongs to.
 */
public enum AreaType implements Bilingual {
  /** Địa bàn thông thường: any area not remote. */
  ORDINARY("Địa bàn thông thường", "Ordinary area"),
  /** Vùng sâu, vùng xa đi lại khó khăn: a remote area where travel is hard (Luật Khiếu nại, Điều 28, 33, 37, 44). */
  REMOTE("Vùng sâu, vùng xa", "Remote area");

  private final String vietnameseName;
  private final String englishName;

  AreaType(String vietnameseName, String englishName) {
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
}
