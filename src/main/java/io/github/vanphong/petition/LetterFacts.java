package io.github.vanphong.petition;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.internal.ValueType;
import org.immutables.value.Value;

/**
 * What the clerk reads from a letter to classify it, beyond what its {@link Petition} holds: the language, the
 * date and signature, whether the content is stated, what it concerns, its history with this and other bodies,
 * and whether the receiving unit is competent. For example a denunciation of a party member, dated, signed, in
 * Vietnamese, about a breach of the Party's resolutions, outside the provincial office's own competence:
 * {@code LetterFacts.builder().addTopic(Topic.PARTY_DISCIPLINE).concernsPartyRules(true).withinCompetence(false)
 * .build()}.
 *
 * <p>Letter facts are not a classification: a {@link Classifier} derives the {@link Classification} from them and
 * the petition. Nor do they repeat the petition: who sent the letter (anonymous, under a false name, several
 * signatories) comes from {@link Petitioners}, its kind from {@link PetitionKind}, whether it denounces a party
 * member from the {@link Subject}, and the rules in force from the day it was received.
 *
 * <p>Every fact but competence has the value of a letter in order, so a builder names only what is wrong: a letter
 * is taken to be in Vietnamese, dated, signed and complete, not resolved before, not sent elsewhere, not guided or
 * forwarded before, unless set otherwise. The facts are those Thông tư 07/2014/TT-TTCP, Điều 6, khoản 2 lists for
 * eligibility, with Luật Tố cáo 25/2018/QH14, Điều 24, khoản 3 and Điều 25 and Thông tư 05/2021/TT-TTCP, Điều 14
 * and Điều 15. They hold no personal data.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class LetterFacts {

  LetterFacts() {}

  /**
   * Whether the letter is written in Vietnamese (dùng chữ viết là tiếng Việt).
   *
   * @return true unless set otherwise
   */
  @Value.Default
  public boolean inVietnamese() {
    return true;
  }

  /**
   * Whether the letter gives the day, month and year it was written.
   *
   * @return true unless set otherwise
   */
  @Value.Default
  public boolean dated() {
    return true;
  }

  /**
   * Whether the letter is signed or thumb-printed (có chữ ký hoặc điểm chỉ) by its writer.
   *
   * @return true unless set otherwise
   */
  @Value.Default
  public boolean signed() {
    return true;
  }

  /**
   * Whether the letter states the content its kind requires: for a complaint the body or person complained of, the
   * content, the reasons and the request; for a denunciation the content, the accused and the violation; for a
   * recommendation or feedback its content (Thông tư 07/2014/TT-TTCP, Điều 6, khoản 2, điểm a).
   *
   * @return true unless set otherwise
   */
  @Value.Default
  public boolean contentComplete() {
    return true;
  }

  /**
   * What the content concerns, as the clerk reads it; the topics decide the body that handles it at a joint
   * reception office (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4).
   *
   * @return the topics, possibly empty, not null
   */
  public abstract ImmutableSet<Topic> topics();

  /**
   * Whether the letter accuses a party member of breaching the Party's Statute, policies, resolutions, directives,
   * regulations, rules or conclusions (Thông tư 05/2021/TT-TTCP, Điều 15). It decides the Party's channel only for
   * a denunciation whose subject is a {@linkplain SubjectKind#PARTY_MEMBER party member}.
   *
   * @return false unless set otherwise
   */
  @Value.Default
  public boolean concernsPartyRules() {
    return false;
  }

  /**
   * Whether the letter was already processed or resolved under the rules, with no new facts and no right to
   * complain or denounce again (Thông tư 07/2014/TT-TTCP, Điều 6, khoản 2, điểm a).
   *
   * @return false unless set otherwise
   */
  @Value.Default
  public boolean alreadyResolved() {
    return false;
  }

  /**
   * Whether the letter was sent to several bodies, the competent one among them (Thông tư 07/2014/TT-TTCP, Điều 6,
   * khoản 2, điểm b; Luật Tố cáo 25/2018/QH14, Điều 24, khoản 3).
   *
   * @return false unless set otherwise
   */
  @Value.Default
  public boolean sentAlsoToCompetentBody() {
    return false;
  }

  /**
   * Whether the sender was already guided once, on the same content, to the competent body (Thông tư
   * 07/2014/TT-TTCP, Điều 6, khoản 2, điểm b).
   *
   * @return false unless set otherwise
   */
  @Value.Default
  public boolean alreadyGuided() {
    return false;
  }

  /**
   * Whether a denunciation of the same content was already forwarded once to the competent body (Thông tư
   * 05/2021/TT-TTCP, Điều 14).
   *
   * @return false unless set otherwise
   */
  @Value.Default
  public boolean alreadyForwarded() {
    return false;
  }

  /**
   * Whether the content of a letter that is not processed under the law names the violator clearly, with concrete
   * evidence and a basis to verify it; the receiver may then inspect or check it for management purposes (Luật Tố
   * cáo 25/2018/QH14, Điều 25, khoản 2).
   *
   * @return false unless set otherwise
   */
  @Value.Default
  public boolean concreteEvidence() {
    return false;
  }

  /**
   * Whether the receiving unit is competent to resolve the petition (thuộc thẩm quyền; Thông tư 07/2014/TT-TTCP,
   * Điều 6, khoản 3; Luật Tố cáo 25/2018/QH14, Điều 29, khoản 1, điểm c). It is the clerk's finding and must be
   * given: the library does not know each unit's remit.
   *
   * @return true if the receiving unit is competent
   */
  public abstract boolean withinCompetence();

  /**
   * Tells whether the letter shows the fact behind a defect; for {@link ProcessingDefect#NO_NAME_OR_ADDRESS}, the
   * petitioner's kind decides.
   */
  boolean shows(ProcessingDefect defect, PetitionerKind petitioner) {
    return switch (defect) {
      case NOT_IN_VIETNAMESE -> !inVietnamese();
      case UNDATED -> !dated();
      case NO_NAME_OR_ADDRESS -> !petitioner.isIdentifiable();
      case UNSIGNED -> !signed();
      case UNCLEAR_CONTENT -> !contentComplete();
      case ALREADY_RESOLVED -> alreadyResolved();
      case SENT_TO_SEVERAL_BODIES -> sentAlsoToCompetentBody();
      case ALREADY_GUIDED -> alreadyGuided();
      case ALREADY_FORWARDED -> alreadyForwarded();
    };
  }

  /**
   * Returns a builder; only {@link #withinCompetence()} is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link LetterFacts}; competence must be given.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableLetterFacts.Builder {
    Builder() {}
  }
}
