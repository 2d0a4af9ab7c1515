package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import org.immutables.value.Value;

/**
 * How long the files of a document group are kept, with the source of that period: for example "Nghị quyết, chỉ
 * thị, quyết định của Tỉnh ủy", kept permanently, under the office's own table of retention periods.
 *
 * <p>The per-group periods of the Party's sample tables (Hướng dẫn 35-HD/VPTW, 2010) have not been read: every rule
 * is data the application writes, citing its own source; {@link RetentionSchedule#HD_35} is the basis to cite, marked
 * unconfirmed, where the period was taken from that guide without the text at hand. A rule is not a file: it says
 * nothing about a particular file's year.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class RetentionRule {

  RetentionRule() {}

  /**
   * The document group, for example "Báo cáo tổng kết năm của Văn phòng".
   *
   * @return the group, not blank, in NFC
   */
  public abstract String group();

  /**
   * How long the group's files are kept.
   *
   * @return the period, not null
   */
  public abstract RetentionPeriod period();

  /**
   * The source of the period, with its confirmation.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns a rule.
   *
   * @param group the document group, not blank
   * @param period the period, not null
   * @param basis the source, not null
   * @return the rule, its group in NFC, not null
   * @throws IllegalArgumentException if the group is blank
   */
  public static RetentionRule of(String group, RetentionPeriod period, LegalBasis basis) {
    return ImmutableRetentionRule.builder().group(group).period(period).basis(basis).build();
  }

  @Value.Check
  RetentionRule normalize() {
    checkArgument(!Texts.isBlank(group()), "a retention rule names its document group: %s", period());
    String group = Normalizer.normalize(group(), Normalizer.Form.NFC);
    if (group.equals(group())) {
      return this;
    }
    return ImmutableRetentionRule.builder().group(group).period(period()).basis(basis()).build();
  }

  /**
   * Returns the group, period and citation: "Báo cáo tổng kết năm: Permanent (Quy chế …, Điều 5)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return group() + ": " + period() + " (" + basis().citation() + ")";
  }
}
