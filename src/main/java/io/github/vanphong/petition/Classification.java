package io.github.vanphong.petition;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Instruments;
import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import org.immutables.value.Value;

/**
 * How the receiving office classified a petition (phân loại đơn): what its content concerns, whether it is
 * eligible for processing and for every reason it is not, whether the office is competent, which body at the
 * reception office handles it, and under which procedure. For example a denunciation of a party member over the
 * Party's rules: topic {@link Topic#PARTY_DISCIPLINE}, eligible, not within the office's own competence, for the
 * {@link Recipient#INSPECTION_COMMITTEE} under {@link Procedure#PARTY_RULES}.
 *
 * <p>Classification follows Thông tư 05/2021/TT-TTCP (and the model of its predecessor, Thông tư 07/2014/TT-TTCP,
 * Điều 6): by content, by eligibility (đủ / không đủ điều kiện xử lý), by competence. A classification is the
 * office's finding, recorded in the petition's history by {@link Petition#classify}; the workflow then allows what
 * it permits: acceptance needs an eligible petition within competence, forwarding a petition outside it. A {@link
 * Classifier} derives one from the petition and the {@link LetterFacts} the clerk reads, reporting every defect
 * whose rule applies, or an office records its own.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class Classification {

  Classification() {}

  /**
   * What the content concerns.
   *
   * @return the topics, possibly empty, not null
   */
  public abstract ImmutableSet<Topic> topics();

  /**
   * Every reason the petition is not eligible for processing.
   *
   * @return the defects, empty if it is eligible, not null
   */
  public abstract ImmutableSet<ProcessingDefect> defects();

  /**
   * Whether the receiving unit is competent to resolve the petition (thuộc thẩm quyền).
   *
   * @return true if it is
   */
  public abstract boolean competent();

  /**
   * The body at the reception office that handles it.
   *
   * @return the recipient, not null
   */
  public abstract Recipient recipient();

  /**
   * The procedure it is handled under.
   *
   * @return the procedure, {@link Procedure#STATE_LAW} unless set
   */
  @Value.Default
  public Procedure procedure() {
    return Procedure.STATE_LAW;
  }

  /**
   * Whether a letter that is not processed under the law may still be inspected or checked for management purposes,
   * because its content names the violator clearly, with concrete evidence and a basis to verify it (Luật Tố cáo
   * 25/2018/QH14, Điều 25, khoản 2). Such a check is outside the petition's procedure: the petition itself is filed.
   *
   * @return false unless set
   */
  @Value.Default
  public boolean checkableForManagement() {
    return false;
  }

  /**
   * Returns whether the petition is eligible for processing (đủ điều kiện xử lý): it has no defect.
   *
   * @return true if there is no defect
   */
  public boolean isEligible() {
    return defects().isEmpty();
  }

  /**
   * Returns a builder of a classification.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Classification}; a builder is not thread-safe. */
  public static final class Builder extends ImmutableClassification.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !checkableForManagement() || !isEligible(),
        "only a letter not processed under the law is checked for management instead (%s, Điều 25, khoản 2); this"
            + " classification has no defect",
        Instruments.DENUNCIATIONS_LAW_2018.name());
  }
}
