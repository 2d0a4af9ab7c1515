package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.finance.DuesRelief;
import io.github.vanphong.finance.DuesRule;
import io.github.vanphong.finance.DuesRuleBook;
import io.github.vanphong.finance.MinimumWage;
import io.github.vanphong.finance.MinimumWageTable;
import io.github.vanphong.finance.ReliefGround;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FinanceArbitrariesTest {

  @Property(tries = 100)
  void generatedRulesKeepTheirStandardNames(@ForAll DuesRule rule) {
    assertThat(DuesRuleBook.standard().rules().stream().map(DuesRule::name)).contains(rule.name());
  }

  @Property(tries = 30)
  void generatedBooksHoldAtMostTheStandardRules(@ForAll DuesRuleBook book) {
    assertThat(book.rules().size()).isLessThanOrEqualTo(DuesRuleBook.standard().rules().size());
  }

  @Property(tries = 100)
  void generatedWagesArePositive(@ForAll MinimumWage wage) {
    assertThat(wage.monthly().isPositive()).isTrue();
  }

  @Property(tries = 30)
  void generatedTablesExtendTheStandardTable(@ForAll MinimumWageTable table) {
    assertThat(table.wages()).containsAll(MinimumWageTable.standard().wages());
  }

  @Test
  void reliefsOfEveryGroundAreGenerated() {
    Set<ReliefGround> grounds =
        FinanceArbitraries.reliefs().sampleStream().limit(300).map(DuesRelief::ground).collect(Collectors.toSet());
    assertThat(grounds).containsExactlyInAnyOrder(ReliefGround.values());
  }
}
