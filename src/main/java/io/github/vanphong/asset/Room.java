package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.text.Normalizer;
import org.immutables.value.Value;

/**
 * A room of the office that can be booked: for example the hall {@code HG-VPTU-HT1}, "Hội trường tầng 1", for 200
 * people. Its capacity is the number of seats the office counts on, not a norm of office space.
 *
 * <p>The name is kept in Unicode NFC.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@ValueType
public abstract class Room {

  Room() {}

  /**
   * The room's identifier, as the office names it.
   *
   * @return the identifier, not null
   */
  public abstract RoomId id();

  /**
   * The room's name, for example "Hội trường tầng 1".
   *
   * @return the name, not blank, in NFC
   */
  public abstract String name();

  /**
   * The number of people the room holds.
   *
   * @return the capacity, 1 or more
   */
  public abstract int capacity();

  /**
   * What the room is for.
   *
   * @return the kind, not null
   */
  public abstract RoomKind kind();

  /**
   * Returns the room with the given identifier, name, capacity and kind.
   *
   * @param id the identifier, not null
   * @param name the name, not blank
   * @param capacity the number of people the room holds, 1 or more
   * @param kind what the room is for, not null
   * @return the room, not null
   * @throws IllegalArgumentException if the name is blank or the capacity is less than 1
   */
  public static Room of(RoomId id, String name, int capacity, RoomKind kind) {
    return ImmutableRoom.builder().id(id).name(name).capacity(capacity).kind(kind).build();
  }

  /**
   * Returns this room with another capacity, as after a refit.
   *
   * @param capacity the new capacity, 1 or more
   * @return the room with that capacity, not null
   * @throws IllegalArgumentException if the capacity is less than 1
   */
  public Room withCapacity(int capacity) {
    return of(id(), name(), capacity, kind());
  }

  @Value.Check
  Room normalize() {
    checkArgument(!Texts.isBlank(name()), "room %s needs a name: %s", id(), Texts.quote(name()));
    checkArgument(
        capacity() >= 1, "room %s holds at least one person: capacity %s", id(), capacity());
    String name = Normalizer.normalize(name(), Normalizer.Form.NFC);
    return name.equals(name()) ? this : of(id(), name, capacity(), kind());
  }

  /**
   * Returns the identifier, the name and the capacity: "HG-VPTU-HT1 Hội trường tầng 1 (200)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return id() + " " + name() + " (" + capacity() + ")";
  }
}
