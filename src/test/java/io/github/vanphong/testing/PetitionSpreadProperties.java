package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.petition.Petition;
import io.github.vanphong.petition.PetitionCommand;
import io.github.vanphong.petition.PetitionEvent;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.PetitionState;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * {@code @ForAll Petition} spreads the petitions over every state and path of the workflow, so that a user's
 * property tests more than the first step: each state is at least {@value #LEAST_STATE_SHARE}% of the petitions (with
 * fourteen states, about one in seventeen is expected), and each path the workflow offers is taken by a stated share.
 * The shares are a few standard deviations below what the generator gives over {@value #TRIES} tries, so the
 * property fails when a change of the generator starves a state or a path, not by chance.
 */
class PetitionSpreadProperties {

  private static final int TRIES = 2000;
  private static final double LEAST_STATE_SHARE = 3.0;

  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // coverage is checked; the figures are not printed
  @Property(tries = TRIES)
  void everyStateAndPathOfTheWorkflowIsGeneratedWithAStatedShare(@ForAll Petition petition) {
    Set<PetitionCommand> done = petition.history().stream().map(PetitionEvent::command).collect(Collectors.toSet());

    Statistics.label("state").collect(petition.state());
    Statistics.label("kind").collect(petition.kind());
    Statistics.label("bare receipt").collect(petition.history().size() == 1);
    Statistics.label("second round").collect(done.contains(PetitionCommand.LODGE_SECOND_COMPLAINT));
    Statistics.label("verified").collect(done.contains(PetitionCommand.START_VERIFICATION));
    Statistics.label("suspended").collect(done.contains(PetitionCommand.SUSPEND));
    Statistics.label("resumed").collect(done.contains(PetitionCommand.RESUME));
    Statistics.label("extended").collect(done.contains(PetitionCommand.EXTEND));
    Statistics.label("withdrawn in whole or part").collect(done.contains(PetitionCommand.WITHDRAW));
    Statistics.label("decision received").collect(done.contains(PetitionCommand.RECORD_DECISION_RECEIPT));

    Statistics.label("state").coverage(c -> {
      for (PetitionState state : PetitionState.values()) {
        c.check(state).percentage(p -> {
          assertThat(p).as("share of %s", state).isGreaterThanOrEqualTo(LEAST_STATE_SHARE);
        });
      }
    });
    Statistics.label("kind").coverage(c -> {
      for (PetitionKind kind : PetitionKind.values()) {
        c.check(kind).percentage(p -> {
          assertThat(p).as("share of %s", kind).isGreaterThanOrEqualTo(8.0);
        });
      }
    });
    Statistics.label("bare receipt").coverage(
        c -> c.check(true).percentage(p -> {
          assertThat(p).as("share of bare receipts").isLessThanOrEqualTo(5.0);
        }));
    atLeast("second round", 5.0);
    atLeast("verified", 10.0);
    atLeast("suspended", 3.0);
    atLeast("resumed", 1.0);
    atLeast("extended", 3.0);
    atLeast("withdrawn in whole or part", 10.0);
    atLeast("decision received", 1.0);
  }

  private static void atLeast(String path, double share) {
    Statistics.label(path).coverage(
        c -> c.check(true).percentage(p -> {
          assertThat(p).as("share of %s", path).isGreaterThanOrEqualTo(share);
        }));
  }
}
