package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a petition is about: a kind of subject, a short description, and where known the person or the unit
 * concerned; for example a party member of the Vị Thanh city committee, denounced for a breach of the Party's
 * rules. The subject is not the petitioner: the person complained of or denounced has no right to secrecy under
 * Luật Tố cáo 25/2018/QH14, Điều 9, and is identified by a {@link PersonId}, never by a free-text name.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Subject {

  Subject() {}

  /**
   * The kind of subject.
   *
   * @return the kind, not null
   */
  public abstract SubjectKind kind();

  /**
   * A short description, for example the number and date of the decision complained of.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * The person concerned, for a party member or an official.
   *
   * @return the person, or empty
   */
  public abstract Optional<PersonId> person();

  /**
   * The unit concerned, for a unit or the unit whose decision or act is complained of.
   *
   * @return the unit, or empty
   */
  public abstract Optional<UnitId> unit();

  /**
   * Returns a subject of a kind with a description and no person or unit.
   *
   * @param kind the kind, not null
   * @param description the description, not blank, not null
   * @return the subject, not null
   * @throws IllegalArgumentException if the description is blank
   */
  public static Subject of(SubjectKind kind, String description) {
    return ImmutableSubject.builder().kind(kind).description(description).build();
  }

  /**
   * Returns a party member as the subject, for example of a denunciation under the Party's rules.
   *
   * @param member the member, not null
   * @param description what the member is said to have done, not blank, not null
   * @return the subject, not null
   * @throws IllegalArgumentException if the description is blank
   */
  public static Subject partyMember(PersonId member, String description) {
    return ImmutableSubject.builder()
        .kind(SubjectKind.PARTY_MEMBER)
        .description(description)
        .person(member)
        .build();
  }

  /**
   * Returns a unit as the subject, or the unit whose decision or act is concerned.
   *
   * @param kind the kind, not null
   * @param unit the unit, not null
   * @param description the description, not blank, not null
   * @return the subject, not null
   * @throws IllegalArgumentException if the description is blank
   */
  public static Subject ofUnit(SubjectKind kind, UnitId unit, String description) {
    return ImmutableSubject.builder().kind(kind).description(description).unit(unit).build();
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(description()), "a petition's subject needs a description; %s has a blank one", kind());
  }
}
