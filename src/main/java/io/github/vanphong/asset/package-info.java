/**
 * The rooms of a party committee office and their bookings: the halls and meeting rooms it books for briefings,
 * conferences and receptions.
 *
 * <p>A {@link io.github.vanphong.asset.Room} has a capacity and a {@link io.github.vanphong.asset.RoomKind}; a
 * {@link io.github.vanphong.asset.RoomBooking} reserves one for a purpose, an expected attendance and a {@link
 * io.github.vanphong.asset.TimeSpan} of one day. A {@link io.github.vanphong.asset.RoomSchedule} holds the office's
 * rooms and bookings as an immutable value: {@link io.github.vanphong.asset.RoomSchedule#book book} returns a new
 * schedule or refuses the booking ({@link io.github.vanphong.asset.RoomBookingException}, naming the {@link
 * io.github.vanphong.asset.RoomRule} that refused it) and leaves the schedule as it was. A day's bookings and a
 * week's ({@link io.github.vanphong.asset.RoomWeek}, Monday to Sunday, with its working days) are read from it.
 *
 * <p>The booking rules are the office's own practice, not law: no instrument read so far says how a Party office
 * books its rooms, and the rules rest on no legal basis. Only a room's kind may cite one, where an instrument names
 * the place (a citizen reception room, {@link io.github.vanphong.asset.RoomKind#CITIZEN_RECEPTION_ROOM}). This
 * package uses no other domain package: a briefing of the {@code meeting} package refers to its booking by the
 * booking's identifier, if the application wants to link them.
 */
@NullMarked
package io.github.vanphong.asset;

import org.jspecify.annotations.NullMarked;
