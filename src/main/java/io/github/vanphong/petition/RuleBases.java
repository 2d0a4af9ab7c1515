package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.LegalBasis;
import java.util.List;
import java.util.stream.Collectors;

/** The checks and the readable form shared by the bases of the classification rules. */
final class RuleBases {

  private RuleBases() {}

  /** Checks that a rule has a name and one or more bases, listed in the order they came into force. */
  static void check(String name, List<LegalBasis> bases) {
    checkArgument(!Texts.isBlank(name), "a classification rule needs a name: %s", Texts.quote(name));
    checkArgument(!bases.isEmpty(), "%s needs at least one legal basis", name);
    for (int i = 1; i < bases.size(); i++) {
      checkArgument(
          !bases.get(i).inForceFrom().isBefore(bases.get(i - 1).inForceFrom()),
          "%s lists its bases in the order they came into force; %s comes before %s",
          name,
          bases.get(i - 1),
          bases.get(i));
    }
  }

  /** Returns the bases, each with its days in force and, if not verified, its confirmation. */
  static String describe(List<LegalBasis> bases) {
    return bases.stream().map(LegalBasis::toString).collect(Collectors.joining("; "));
  }
}
