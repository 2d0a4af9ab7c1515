package io.github.vanphong.asset;

import io.github.vanphong.Bilingual;
import io.github.vanphong.Rule;
import io.github.vanphong.law.LegalBasis;
import java.util.Optional;

/**
 * A rule of the office's room bookings, named so that a refused booking says which one refused it ({@link
 * RoomBookingException#rule()}). For example {@link #NO_OVERLAP}: two bookings of one room never share a moment.
 *
 * <p>These rules are the office's practice, not law: no instrument read so far states them, and {@link #citation()}
 * is empty. An application that books differently (two small meetings sharing a hall, say) keeps its own schedule.
 */
public enum RoomRule implements Bilingual, Rule {
  /** A booking is of a room the schedule lists. */
  ROOM_KNOWN("Phòng đã có trong danh sách", "The room is one of the office's"),
  /** A room is listed once, under one identifier. */
  ROOM_LISTED_ONCE("Mỗi phòng chỉ có một lần", "A room is listed once"),
  /** A booking's identifier is not that of another booking of the schedule. */
  BOOKING_ID_UNIQUE("Mã đăng ký không trùng", "A booking's identifier is unique"),
  /** Two bookings of the same room on the same day do not overlap in time. */
  NO_OVERLAP("Không trùng giờ trong cùng một phòng", "Bookings of a room do not overlap"),
  /** The room holds the expected attendance. */
  CAPACITY_COVERS_ATTENDANCE("Sức chứa đủ cho số người dự", "The room holds the expected attendance"),
  /**
   * A booking falls on a working day of the calendar, unless it is marked as allowed on a day off ({@link
   * RoomBooking#offDayAllowed()}).
   */
  WORKING_DAY_ONLY("Chỉ đăng ký vào ngày làm việc", "Bookings fall on working days"),
  /** A booking cancelled is one of the schedule's. */
  BOOKING_KNOWN("Đăng ký có trong lịch", "The booking is one of the schedule's");

  private final String vietnameseName;
  private final String englishName;

  RoomRule(String vietnameseName, String englishName) {
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
   * Returns the instrument the rule rests on: none, since the booking rules are office practice.
   *
   * @return empty
   */
  public Optional<LegalBasis> basis() {
    return Optional.empty();
  }

  /**
   * Returns the citation of the rule's basis: empty, the rule being office practice.
   *
   * @return empty
   */
  @Override
  public Optional<String> citation() {
    return basis().map(LegalBasis::citation);
  }
}
