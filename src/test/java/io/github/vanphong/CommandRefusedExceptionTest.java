package io.github.vanphong;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandRefusedExceptionTest {

  /** A subject of a workflow, for the test only. */
  private static final class ItemId extends Identifier<ItemId> {
    ItemId(String value) {
      super("item", value);
    }
  }

  private enum State implements Bilingual {
    OPEN("Đang mở"),
    CLOSED("Đã đóng");

    private final String vietnameseName;

    State(String vietnameseName) {
      this.vietnameseName = vietnameseName;
    }

    @Override
    public String vietnameseName() {
      return vietnameseName;
    }

    @Override
    public String englishName() {
      return name();
    }
  }

  private enum Command {
    CLOSE,
    REOPEN
  }

  private enum ItemRule implements Rule {
    REOPEN_ONCE;

    @Override
    public Optional<String> citation() {
      return Optional.of("Quy chế 01-QC/TU, Điều 3");
    }
  }

  private static final class Refused extends CommandRefusedException {
    private static final long serialVersionUID = 1L;

    Refused(State state, Command command, ImmutableSet<Command> allowed, Optional<ItemRule> rule, String facts) {
      super("item", new ItemId("I-1"), state, command, allowed, rule, facts);
    }

    // A domain's exception narrows the accessors to its own types, as every workflow's does.
    @Override
    @SuppressWarnings("unchecked") // the constructor took an ImmutableSet<Command>
    public ImmutableSet<Command> allowedCommands() {
      return (ImmutableSet<Command>) super.allowedCommands();
    }

    @Override
    public Optional<ItemRule> rule() {
      return super.rule().map(ItemRule.class::cast);
    }
  }

  @Test
  void aRefusalByARuleNamesTheRuleItsCitationTheFactsTheStateAndTheCommandsAllowed() {
    Refused refused =
        new Refused(
            State.CLOSED,
            Command.REOPEN,
            ImmutableSet.of(),
            Optional.of(ItemRule.REOPEN_ONCE),
            "the item was already reopened");
    assertThat(refused)
        .hasMessage(
            "REOPEN_ONCE (Quy chế 01-QC/TU, Điều 3): the item was already reopened; item I-1 is CLOSED (Đã đóng);"
                + " REOPEN is not allowed there; allowed: none");
    assertThat(refused.subject()).isEqualTo(new ItemId("I-1"));
    assertThat(refused.state()).isEqualTo(State.CLOSED);
    assertThat(refused.command()).isEqualTo(Command.REOPEN);
    assertThat(refused.rule()).contains(ItemRule.REOPEN_ONCE);
    assertThat(refused.isForbiddenByState()).isFalse();
  }

  @Test
  void aRefusalByTheStateNamesNoRule() {
    Refused refused =
        new Refused(State.OPEN, Command.REOPEN, ImmutableSet.of(Command.CLOSE), Optional.empty(), "");
    assertThat(refused).hasMessage("item I-1 is OPEN (Đang mở); REOPEN is not allowed there; allowed: CLOSE");
    assertThat(refused.rule()).isEmpty();
    assertThat(refused.isForbiddenByState()).isTrue();
    assertThat(refused.allowedCommands()).containsExactly(Command.CLOSE);
    assertThat(refused).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void factsWithoutARuleComeFirst() {
    Refused refused =
        new Refused(State.OPEN, Command.REOPEN, ImmutableSet.of(Command.CLOSE), Optional.empty(), "it is open");
    assertThat(refused).hasMessageStartingWith("it is open; item I-1 is OPEN");
  }
}
