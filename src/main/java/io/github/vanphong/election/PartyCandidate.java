package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import java.text.Normalizer;
import org.immutables.value.Value;

/**
 * A candidate on a Party election list: the person's identifier and full name, how they came onto the list, and, for
 * a nomination from the floor or a self-nomination, how many of those present agreed to put them on it. For example
 * {@code PartyCandidate.of(PersonId.of("DV-07"), "Trần Văn Bình", PartyNomination.FLOOR, 41)}.
 *
 * <p>The name is kept in Unicode NFC. A candidate proposed by the convening committee needs no agreement and records
 * 0.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Parameter on attributes: Immutables, needed only to compile
@ValueType
public abstract class PartyCandidate {

  PartyCandidate() {}

  /**
   * The identifier of the person.
   *
   * @return the identifier, not null
   */
  @Value.Parameter
  public abstract PersonId id();

  /**
   * The full name, family name first, in NFC.
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * How the candidate came onto the list.
   *
   * @return the nomination, not null
   */
  @Value.Parameter
  public abstract PartyNomination nomination();

  /**
   * How many of those present agreed to put a floor or self-nomination on the list; 0 for the convening
   * committee's.
   *
   * @return the members or delegates who agreed, 0 or more
   */
  @Value.Parameter
  public abstract int agreed();

  /**
   * Returns a candidate proposed by the convening committee.
   *
   * @param id the identifier of the person, not null
   * @param name the full name, not blank; kept in NFC
   * @return the candidate, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static PartyCandidate proposed(PersonId id, String name) {
    return of(id, name, PartyNomination.CONVENING_COMMITTEE, 0);
  }

  /**
   * Returns a candidate.
   *
   * @param id the identifier of the person, not null
   * @param name the full name, not blank; kept in NFC
   * @param nomination how the candidate came onto the list, not null
   * @param agreed how many present agreed to a floor or self-nomination, 0 or more; 0 for the convening committee's
   * @return the candidate, not null
   * @throws IllegalArgumentException if the name is blank, the agreement negative, or a convening committee's
   *     candidate records an agreement
   */
  public static PartyCandidate of(PersonId id, String name, PartyNomination nomination, int agreed) {
    return ImmutablePartyCandidate.of(
        id, Normalizer.normalize(requireNonNull(name, "name"), Normalizer.Form.NFC), nomination, agreed);
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(name()), "a candidate has a name; %s is blank (id %s)", Texts.quote(name()), id());
    checkArgument(agreed() >= 0, "an agreement counts 0 or more; %s has %s", id(), agreed());
    checkArgument(
        nomination() != PartyNomination.CONVENING_COMMITTEE || agreed() == 0,
        "the convening committee's candidates need no agreement; %s records %s",
        id(),
        agreed());
  }

  /**
   * Returns the readable form, for example "DV-07 Trần Văn Bình (FLOOR, 41 agreed)".
   *
   * @return the identifier, name and nomination, not null
   */
  @Override
  public String toString() {
    return id()
        + " "
        + name()
        + " ("
        + nomination()
        + (nomination() == PartyNomination.CONVENING_COMMITTEE ? "" : ", " + agreed() + " agreed")
        + ")";
  }
}
