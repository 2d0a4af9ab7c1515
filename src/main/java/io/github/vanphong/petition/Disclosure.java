package io.github.vanphong.petition;

import com.google.common.collect.ImmutableList;

/**
 * The result of an explicit, recorded access to a petitioner's identity: the identities, and the petition with
 * the access added to its history. For example an inspector who must meet the denouncer in a protected place
 * (Luật Tố cáo 25/2018/QH14, Điều 56) gets the name and contact through {@link Petition#revealIdentity}, and the
 * petition records who looked, on which day and why.
 *
 * <p>Only {@link #identities()} reveals anything; {@link #toString()} does not.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Disclosure {

  private final Petition petition;
  private final ImmutableList<Identity> identities;

  Disclosure(Petition petition, ImmutableList<Identity> identities) {
    this.petition = petition;
    this.identities = identities;
  }

  /**
   * Returns the petition with the access recorded in its history; keep it in place of the one asked.
   *
   * @return the petition, not null
   */
  public Petition petition() {
    return petition;
  }

  /**
   * Returns the identities revealed: one for one person or a false name, each signatory's, each representative's.
   *
   * @return the identities, one or more, not null
   */
  public ImmutableList<Identity> identities() {
    return identities;
  }

  /**
   * Returns a form that reveals nothing, for example {@code "Disclosure[P-2016-0042, 1 identity]"}.
   *
   * @return the petition and the number of identities, not null
   */
  @Override
  public String toString() {
    return "Disclosure["
        + petition.id()
        + ", "
        + identities.size()
        + (identities.size() == 1 ? " identity]" : " identities]");
  }
}
