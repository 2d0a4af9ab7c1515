package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * What a room of the office is for: a hall for conferences, a meeting room for briefings, a room to receive guests,
 * a room to receive citizens. For example the hall where Hậu Giang's offices held their first briefing is a {@link
 * #HALL}.
 *
 * <p>The kind describes the room; it does not restrict what it may be booked for, which is the office's choice.
 * Only {@link #CITIZEN_RECEPTION_ROOM} is named by an instrument ({@link #basis()}); the others are office practice.
 */
public enum RoomKind implements Bilingual {
  /** Hội trường: a hall for conferences and large meetings. */
  HALL("Hội trường", "Hall"),
  /** Phòng họp: a meeting room, for briefings and the committee's working meetings. */
  MEETING_ROOM("Phòng họp", "Meeting room"),
  /** Phòng khách: a room to receive delegations and guests of the committee. */
  GUEST_ROOM("Phòng khách", "Guest room"),
  /**
   * Phòng tiếp công dân: a room to receive citizens. The provincial party committee's office sends its people to
   * receive citizens at the provincial reception office (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 3); the
   * sessions themselves are the {@code reception} package's.
   */
  CITIZEN_RECEPTION_ROOM("Phòng tiếp công dân", "Citizen reception room");

  private final String vietnameseName;
  private final String englishName;

  RoomKind(String vietnameseName, String englishName) {
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
   * Returns the instrument that names this kind of room, if one does: Luật Tiếp công dân 42/2013/QH13, Điều 12,
   * khoản 3 for {@link #CITIZEN_RECEPTION_ROOM}; empty for the others, which are office practice.
   *
   * @return the basis, or empty
   */
  public Optional<LegalBasis> basis() {
    return this == CITIZEN_RECEPTION_ROOM
        ? Optional.of(LegalBasis.of(Instruments.CITIZEN_RECEPTION_LAW_2013, "Điều 12, khoản 3"))
        : Optional.empty();
  }
}
