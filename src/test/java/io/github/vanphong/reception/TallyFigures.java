package io.github.vanphong.reception;

import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.PetitionKind;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures {@link ReceptionTally#of(CutOff, Map, Map, Map, Map, Map, Map, Map, int, Map, Map, int)} takes, in
 * maps a test may change before making the tally from them.
 */
final class TallyFigures {
  CutOff cutOff;
  final Map<SessionKind, Integer> sessionsByKind;
  final Map<UnitId, Map<YearMonth, Integer>> sessionsByUnitAndMonth;
  final Map<PetitionKind, Integer> mattersByKind;
  final Map<Level, Integer> mattersByLevel;
  final Map<PostKind, Integer> mattersByPost;
  final Map<ReceptionOutcome, Integer> mattersByOutcome;
  final Map<UnitId, Map<YearMonth, Integer>> mattersByUnitAndMonth;
  int citizens;
  final Map<Integer, Integer> delegationsBySize;
  final Map<RefusalGround, Integer> refusalsByGround;
  int citizensRefused;

  private TallyFigures(CutOff cutOff, ReceptionTally tally) {
    this.cutOff = cutOff;
    this.sessionsByKind = new TreeMap<>(tally.sessionsByKind());
    this.sessionsByUnitAndMonth = table(tally.sessionsByUnitAndMonth());
    this.mattersByKind = new TreeMap<>(tally.mattersByKind());
    this.mattersByLevel = new TreeMap<>(tally.mattersByLevel());
    this.mattersByPost = new TreeMap<>(tally.mattersByPost());
    this.mattersByOutcome = new TreeMap<>(tally.mattersByOutcome());
    this.mattersByUnitAndMonth = table(tally.mattersByUnitAndMonth());
    this.citizens = tally.citizens();
    this.delegationsBySize = new TreeMap<>(tally.delegationsBySize());
    this.refusalsByGround = new TreeMap<>(tally.refusalsByGround());
    this.citizensRefused = tally.citizensRefused();
  }

  private static Map<UnitId, Map<YearMonth, Integer>> table(Map<UnitId, ? extends Map<YearMonth, Integer>> rows) {
    Map<UnitId, Map<YearMonth, Integer>> copy = new TreeMap<>();
    rows.forEach((unit, months) -> copy.put(unit, new TreeMap<>(months)));
    return copy;
  }

  /** The figures of a tally, under its cut-off or, for the empty tally, the one given. */
  static TallyFigures of(ReceptionTally tally, CutOff orElse) {
    return new TallyFigures(tally.cutOff().orElse(orElse), tally);
  }

  /** The tally of the figures as they now stand. */
  ReceptionTally tally() {
    return ReceptionTally.of(
        cutOff,
        sessionsByKind,
        sessionsByUnitAndMonth,
        mattersByKind,
        mattersByLevel,
        mattersByPost,
        mattersByOutcome,
        mattersByUnitAndMonth,
        citizens,
        delegationsBySize,
        refusalsByGround,
        citizensRefused);
  }
}
