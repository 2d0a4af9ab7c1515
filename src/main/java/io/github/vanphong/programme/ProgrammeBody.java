package io.github.vanphong.programme;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;

/**
 * A body of a party committee that works to a programme: for example {@link #STANDING_COMMITTEE}, whose programmes
 * run for a year, a quarter and a month.
 *
 * <p>The list of programmes and the spans of each body are those of Hướng dẫn 03-HD/VPTW (1998), Mục I, whose text
 * was read ({@link io.github.vanphong.law.Confirmation#VERIFIED}): the executive committee's programmes for its term
 * and its year, the standing committee's for its year, quarter and month, the standing members' for the week (or
 * their working schedule).
 */
public enum ProgrammeBody implements Bilingual {
  /** Ban chấp hành (cấp ủy): the executive committee, with programmes for its term and its year. */
  EXECUTIVE_COMMITTEE(
      "Ban chấp hành", "Executive committee", ImmutableSet.of(ProgrammeScope.TERM, ProgrammeScope.YEAR)),
  /** Ban thường vụ: the standing committee, with programmes for the year, the quarter and the month. */
  STANDING_COMMITTEE(
      "Ban thường vụ",
      "Standing committee",
      ImmutableSet.of(ProgrammeScope.YEAR, ProgrammeScope.QUARTER, ProgrammeScope.MONTH)),
  /** Thường trực cấp ủy: the standing members, with a programme (working schedule) for the week. */
  STANDING_MEMBERS("Thường trực cấp ủy", "Standing members", ImmutableSet.of(ProgrammeScope.WEEK));

  /** The basis of the programmes each body draws up: Hướng dẫn 03-HD/VPTW, Mục I. */
  public static final LegalBasis PROGRAMMES_BASIS =
      LegalBasis.of(Instruments.PARTY_PROGRAMME_GUIDANCE_1998, "Mục I");

  private final String vietnameseName;
  private final String englishName;
  private final ImmutableSet<ProgrammeScope> scopes;

  ProgrammeBody(String vietnameseName, String englishName, ImmutableSet<ProgrammeScope> scopes) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
    this.scopes = scopes;
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
   * Returns the spans of the programmes this body draws up, under Hướng dẫn 03-HD/VPTW, Mục I.
   *
   * @return the spans, longest first, not empty
   */
  public ImmutableSet<ProgrammeScope> scopes() {
    return scopes;
  }

  /**
   * Tells whether this body draws up a programme of a span.
   *
   * @param scope the span, not null
   * @return true if the span is among {@link #scopes()}
   */
  public boolean drawsUp(ProgrammeScope scope) {
    requireNonNull(scope, "scope");
    return scopes.contains(scope);
  }
}
