package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Texts;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who a petitioner is: full name, address, contact, identity-card number and a reference to the handwriting or
 * signature on the letter; for example the denouncer who signed a letter to the provincial office. It is not the
 * petitioner's role or number, which {@link Petitioners} keeps in the open.
 *
 * <p>For a denouncer these facts are secret by law: the denouncer has the right to have "họ tên, địa chỉ, bút tích
 * và thông tin cá nhân khác" kept secret (Luật Tố cáo 25/2018/QH14, Điều 9, khoản 1, điểm b); revealing them is
 * forbidden (Điều 8, khoản 3); the receiving body keeps them secret and strips them from the letter before handing
 * it to verifiers (Điều 47, Điều 56). The library treats every petitioner's identity so. {@link #toString()} shows
 * no field of it, and no summary, tally or log of the library contains it. A petition gives its identities only
 * through {@link Petition#revealIdentity}, which records who looked, when and why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Identity {

  private final String fullName;
  private final String address;
  private final @Nullable String contact;
  private final @Nullable String idNumber;
  private final @Nullable String handwriting;

  private Identity(Builder builder) {
    this.fullName = requireText(builder.fullName, "full name");
    this.address = requireText(builder.address, "address");
    this.contact = builder.contact;
    this.idNumber = builder.idNumber;
    this.handwriting = builder.handwriting;
  }

  private static String requireText(@Nullable String value, String field) {
    checkArgument(value != null, "an identity needs its %s; none was given", field);
    checkArgument(!Texts.isBlank(value), "an identity's %s must not be blank", field);
    return value;
  }

  /**
   * Returns a builder of an identity; full name and address are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the full name (họ và tên).
   *
   * @return the name, not blank
   */
  public String fullName() {
    return fullName;
  }

  /**
   * Returns the address (địa chỉ).
   *
   * @return the address, not blank
   */
  public String address() {
    return address;
  }

  /**
   * Returns the contact: telephone or e-mail, if given.
   *
   * @return the contact, or empty
   */
  public Optional<String> contact() {
    return Optional.ofNullable(contact);
  }

  /**
   * Returns the number of the identity card or passport, if given.
   *
   * @return the number, or empty
   */
  public Optional<String> idNumber() {
    return Optional.ofNullable(idNumber);
  }

  /**
   * Returns the reference to the handwriting or signature specimen (bút tích), for example the scan's file name in
   * the office's secret archive, if given.
   *
   * @return the reference, or empty
   */
  public Optional<String> handwriting() {
    return Optional.ofNullable(handwriting);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Identity other
        && fullName.equals(other.fullName)
        && address.equals(other.address)
        && Objects.equals(contact, other.contact)
        && Objects.equals(idNumber, other.idNumber)
        && Objects.equals(handwriting, other.handwriting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fullName, address, contact, idNumber, handwriting);
  }

  /**
   * Returns a form that reveals nothing: {@code "Identity[confidential]"}, whoever the person is.
   *
   * @return the same text for every identity, not null
   */
  @Override
  public String toString() {
    return "Identity[confidential]";
  }

  /**
   * Builds an {@link Identity}. A builder is not thread-safe and, like the identity, shows no field in its
   * {@code toString}.
   */
  public static final class Builder {
    private @Nullable String fullName;
    private @Nullable String address;
    private @Nullable String contact;
    private @Nullable String idNumber;
    private @Nullable String handwriting;

    private Builder() {}

    /**
     * Sets the full name.
     *
     * @param fullName the name, not blank, not null
     * @return this builder
     */
    public Builder fullName(String fullName) {
      this.fullName = requireNonNull(fullName, "fullName");
      return this;
    }

    /**
     * Sets the address.
     *
     * @param address the address, not blank, not null
     * @return this builder
     */
    public Builder address(String address) {
      this.address = requireNonNull(address, "address");
      return this;
    }

    /**
     * Sets the contact.
     *
     * @param contact telephone or e-mail, not null
     * @return this builder
     */
    public Builder contact(String contact) {
      this.contact = requireNonNull(contact, "contact");
      return this;
    }

    /**
     * Sets the number of the identity card or passport.
     *
     * @param idNumber the number, not null
     * @return this builder
     */
    public Builder idNumber(String idNumber) {
      this.idNumber = requireNonNull(idNumber, "idNumber");
      return this;
    }

    /**
     * Sets the reference to the handwriting or signature specimen.
     *
     * @param handwriting the reference, not null
     * @return this builder
     */
    public Builder handwriting(String handwriting) {
      this.handwriting = requireNonNull(handwriting, "handwriting");
      return this;
    }

    /**
     * Builds the identity.
     *
     * @return the identity, not null
     * @throws IllegalArgumentException if the full name or the address is missing or blank
     */
    public Identity build() {
      return new Identity(this);
    }

    @Override
    public String toString() {
      return "Identity.Builder[confidential]";
    }
  }
}
