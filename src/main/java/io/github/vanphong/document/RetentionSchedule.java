package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A table of retention periods (bảng thời hạn bảo quản): for each document group, how long its files are kept, and
 * from what year a file may be disposed of. For example a schedule in which "Công văn trao đổi công việc" is kept 10
 * years says a file of 2016 may be disposed of from 2027.
 *
 * <p>No periods are built in. A period starts when the file unit (đơn vị bảo quản) is formed: Công văn 160-CV/TW
 * (1988-10-26) counts its periods "từ sau khi hình thành đơn vị bảo quản" ({@link RetentionPeriod#COUNTING}), and
 * {@link #disposableFrom} takes the year the file unit was formed. That letter covers the Party's central documents
 * ("tài liệu chủ yếu của Đảng ở Trung ương"), at two levels, permanent or 1, 5, 10, 15 years ({@link
 * RetentionPeriod#TWO_LEVEL_SCHEME}, reported); it is not the table of a provincial or district body. The Party's
 * sample tables for provincial and district bodies (Hướng dẫn 35-HD/VPTW, 18/10/2010, {@link #HD_35}) have not been
 * read, so their periods remain data an application supplies, with its own source, until that instrument is read.
 * {@link #outsideTwoLevelScheme()} lists every rule whose period is not one of the central two levels: a comparison
 * with the central scheme, not a breach of a provincial table. A later rule for the same group takes the place of an
 * earlier one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class RetentionSchedule {

  /**
   * The sample tables of retention periods for Party bodies at provincial and district level: Hướng dẫn
   * 35-HD/VPTW (18/10/2010), based on Quy định 210-QĐ/TW (2009) on the Party's archive fonds. The tables have not
   * been read: a period cited to this basis is <b>unconfirmed</b>.
   */
  public static final LegalBasis HD_35 =
      LegalBasis.builder()
          .instrument(Instruments.PARTY_RETENTION_GUIDANCE_2010)
          .article("bảng thời hạn bảo quản tài liệu mẫu (chưa đọc)")
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  private static final RetentionSchedule EMPTY = new RetentionSchedule(ImmutableList.of());

  @SuppressWarnings("Immutable") // ImmutableList of immutable values
  private final ImmutableList<RetentionRule> rules;

  @SuppressWarnings("Immutable") // ImmutableMap of immutable values
  private final ImmutableMap<String, RetentionRule> byGroup;

  private RetentionSchedule(ImmutableList<RetentionRule> rules) {
    this.rules = rules;
    Map<String, RetentionRule> map = new LinkedHashMap<>();
    rules.forEach(r -> map.put(r.group(), r));
    this.byGroup = ImmutableMap.copyOf(map);
  }

  /**
   * Returns the schedule with no rule.
   *
   * @return the empty schedule, not null
   */
  public static RetentionSchedule empty() {
    return EMPTY;
  }

  /**
   * Returns a schedule of the given rules, later ones taking the place of earlier ones for the same group.
   *
   * @param rules the rules, none null
   * @return the schedule, not null
   * @throws NullPointerException if a rule is null
   */
  public static RetentionSchedule of(Iterable<RetentionRule> rules) {
    return new RetentionSchedule(Arguments.list(rules, "rules"));
  }

  /**
   * Returns this schedule with a rule added last, in the place of any earlier rule for its group.
   *
   * @param rule the rule, not null
   * @return a new schedule, not null
   */
  public RetentionSchedule with(RetentionRule rule) {
    requireNonNull(rule, "rule");
    return new RetentionSchedule(ImmutableList.<RetentionRule>builder().addAll(rules).add(rule).build());
  }

  /**
   * Returns the rules in the order added, replaced ones included.
   *
   * @return the rules, not null
   */
  public ImmutableList<RetentionRule> rules() {
    return rules;
  }

  /**
   * Returns the rule of a group: the last added for it.
   *
   * @param group the group, in NFC or NFD, not null
   * @return the rule, or empty if the schedule has none for the group
   */
  public Optional<RetentionRule> rule(String group) {
    return Optional.ofNullable(byGroup.get(Normalizer.normalize(requireNonNull(group, "group"), Normalizer.Form.NFC)));
  }

  /**
   * Returns the first year in which a file unit of a group, formed in a given year, may be disposed of: the period
   * counts from the formation of the file unit ({@link RetentionPeriod#COUNTING}).
   *
   * @param group the group, not null
   * @param formedIn the year the file unit (đơn vị bảo quản) was formed, not null
   * @return the year, or empty if the group's files are kept permanently
   * @throws IllegalArgumentException if the schedule has no rule for the group
   */
  public Optional<Year> disposableFrom(String group, Year formedIn) {
    RetentionRule rule =
        rule(group)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a file is kept as its group's rule says; this schedule has no rule for " + Texts.quote(group)));
    return rule.period().disposableFrom(formedIn);
  }

  /**
   * Returns every rule in force (the last for each group) whose period is not one of the two levels of Công văn
   * 160-CV/TW for the Party's central documents, in the order added. For a provincial or district table this is a
   * comparison with the central scheme, not a finding against its own instrument, which has not been read.
   *
   * @return the rules outside the scheme, empty if all fit, not null
   */
  public ImmutableList<RetentionRule> outsideTwoLevelScheme() {
    return byGroup.values().stream()
        .filter(r -> !r.period().isInTwoLevelScheme())
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RetentionSchedule other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns the number of rules: "RetentionSchedule[12 rules]".
   *
   * @return a short readable form, not null
   */
  @Override
  public String toString() {
    return "RetentionSchedule[" + rules.size() + " rules]";
  }
}
