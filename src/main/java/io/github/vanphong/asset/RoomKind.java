package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;

/**
 * What a room of the office is for: a hall for conferences, a meeting room for briefings, a room to receive guests,
 * a room to receive citizens. For example the hall where Hậu Giang's offices held their first briefing is a {@link
 * #HALL}.
 *
 * <p>The kind describes the room; it does not restrict what it may be booked for, which is the office's choice.
 * The kinds are office practice: no instrument lists the rooms of a committee's office.
 */
public enum RoomKind implements Bilingual {
  /** Hội trường: a hall for conferences and large meetings. */
  HALL("Hội trường", "Hall"),
  /** Phòng họp: a meeting room, for briefings and the committee's working meetings. */
  MEETING_ROOM("Phòng họp", "Meeting room"),
  /** Phòng khách: a room to receive delegations and guests of the committee. */
  GUEST_ROOM("Phòng khách", "Guest room"),
  /**
   * Phòng tiếp công dân: a room of the office where citizens are received. The law names the provincial reception
   * office, where the provincial committee's office sends its representatives (Luật Tiếp công dân 42/2013/QH13,
   * Điều 12, khoản 3), not a room of the office's own; the sessions themselves are the {@code reception} package's.
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
}
