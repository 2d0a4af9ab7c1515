package io.github.vanphong.organization;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import java.text.Normalizer;
import org.immutables.value.Value;

/**
 * An official who holds posts in the organisation: for example Huỳnh Thanh Tạo, Phó Bí thư Thường trực Tỉnh ủy
 * Hậu Giang. A person is an identifier and a full name, nothing more: the posts are {@link Appointment}s in an
 * {@link OrgChart}.
 *
 * <p>This is not a citizen or a denouncer: their identities are confidential and live elsewhere. The names of
 * officials in their posts are public, so {@code toString} shows the name.
 *
 * <p>The full name is kept in Unicode NFC, whatever form it was given in.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Person {

  Person() {}

  /**
   * The identifier.
   *
   * @return the identifier, not null
   */
  public abstract PersonId id();

  /**
   * The full Vietnamese name, in NFC, for example "Huỳnh Thanh Tạo".
   *
   * @return the name, not blank
   */
  public abstract String fullName();

  /**
   * Returns the person with the identifier and full name.
   *
   * @param id the identifier, not null
   * @param fullName the full name, not blank; kept in NFC
   * @return the person, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Person of(PersonId id, String fullName) {
    return ImmutablePerson.builder().id(id).fullName(fullName).build();
  }

  @Value.Check
  Person normalize() {
    checkArgument(!Texts.isBlank(fullName()), "a person needs a full name: person %s", id());
    String nfc = Normalizer.normalize(fullName(), Normalizer.Form.NFC);
    return nfc.equals(fullName()) ? this : ImmutablePerson.builder().id(id()).fullName(nfc).build();
  }

  /**
   * Returns the identifier and the name: "HG-HTTAO Huỳnh Thanh Tạo".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return id() + " " + fullName();
  }
}
