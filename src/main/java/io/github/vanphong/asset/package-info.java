/**
 * Party assets: the asset register of a unit and the rooms of its office.
 *
 * <p>The asset register (an {@link io.github.vanphong.asset.AssetRegister} of {@link io.github.vanphong.asset.Asset}s
 * with their source and class, recorded, transferred, revalued and disposed of as an append-only history), the
 * fixed-asset threshold chosen by date, the yearly wear of fixed assets, revaluation with its trigger, and the
 * year-end inventory reconciled against the register, under the Public Assets Law (Luật 15/2017/QH14), the decrees on
 * assets at Party bodies (Nghị định 165/2017/NĐ-CP, then Nghị định 52/2026/NĐ-CP) and Thông tư 23/2023/TT-BTC; an
 * {@link io.github.vanphong.asset.AssetSummary} rolled up over the chart for the asset report.
 *
 * <p>The halls and meeting rooms the office books for briefings, conferences and receptions. A {@link
 * io.github.vanphong.asset.Room} has a capacity and a {@link io.github.vanphong.asset.RoomKind}; a {@link
 * io.github.vanphong.asset.RoomBooking} reserves one for a purpose, an expected attendance and a {@link
 * io.github.vanphong.asset.TimeSpan} of one day. A {@link io.github.vanphong.asset.RoomSchedule} holds the office's
 * rooms and bookings as an immutable value: {@link io.github.vanphong.asset.RoomSchedule#book book} returns a new
 * schedule or refuses the booking ({@link io.github.vanphong.asset.RoomBookingException}, naming the {@link
 * io.github.vanphong.asset.RoomRule} that refused it) and leaves the schedule as it was. A day's bookings and a
 * week's ({@link io.github.vanphong.asset.RoomWeek}, Monday to Sunday, with its working days) are read from it. The
 * booking rules are the office's own practice, not law: no instrument read so far says how a Party office books its
 * rooms, and they rest on no legal basis.
 *
 * <p>This package uses no other domain package: a briefing of the {@code meeting} package refers to its booking by
 * the booking's identifier, if the application wants to link them.
 */
@NullMarked
package io.github.vanphong.asset;

import org.jspecify.annotations.NullMarked;
