package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import java.text.Normalizer;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A person on a candidate list (người ứng cử): an identifier, the full name (họ và tên) and the date of birth, the
 * first columns of the list's form (Luật 85/2015/QH13, Điều 57, khoản 5; Điều 58, khoản 2). For example {@code
 * Candidate.of(PersonId.of("UCV-01"), "Nguyễn Thị An", LocalDate.of(1975, 3, 2))}.
 *
 * <p>The identifier tells two people of one name apart and one person listed twice: two entries are the same person
 * if their identifiers are equal. The name is kept in Unicode NFC, so a name typed decomposed equals the same name
 * typed precomposed. The list's other columns (sex, home town, residence, ethnicity, religion, education, occupation,
 * post, workplace) are the application's.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Parameter on attributes: Immutables, needed only to compile
@ValueType
public abstract class Candidate {

  Candidate() {}

  /**
   * The identifier of the person.
   *
   * @return the identifier, not null
   */
  @Value.Parameter
  public abstract PersonId id();

  /**
   * The full name, family name first, in NFC, for example "Nguyễn Thị An".
   *
   * @return the name, not blank
   */
  @Value.Parameter
  public abstract String name();

  /**
   * The date of birth.
   *
   * @return the date, not null
   */
  @Value.Parameter
  public abstract LocalDate dateOfBirth();

  /**
   * Returns a candidate.
   *
   * @param id the identifier of the person, not null
   * @param name the full name, not blank; kept in NFC
   * @param dateOfBirth the date of birth, not null
   * @return the candidate, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Candidate of(PersonId id, String name, LocalDate dateOfBirth) {
    return ImmutableCandidate.of(
        id, Normalizer.normalize(requireNonNull(name, "name"), Normalizer.Form.NFC), dateOfBirth);
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(name()), "a candidate has a name; %s is blank (id %s)", Texts.quote(name()), id());
  }

  /**
   * Returns the readable form, for example "UCV-01 Nguyễn Thị An (1975-03-02)".
   *
   * @return the identifier, name and date of birth, not null
   */
  @Override
  public String toString() {
    return id() + " " + name() + " (" + dateOfBirth() + ")";
  }
}
