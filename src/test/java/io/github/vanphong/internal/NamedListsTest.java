package io.github.vanphong.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NamedListsTest {

  private static final Function<String, String> NAME = s -> s.substring(0, s.indexOf('='));
  private static final List<String> RULES = List.of("a=1", "b=2", "c=3");

  @Test
  void aRuleOfTheSameNameTakesThePlaceOfTheOldOne() {
    assertThat(NamedLists.with(RULES, "b=9", NAME)).containsExactly("a=1", "b=9", "c=3");
  }

  @Test
  void aRuleOfANewNameGoesLast() {
    assertThat(NamedLists.with(RULES, "d=4", NAME)).containsExactly("a=1", "b=2", "c=3", "d=4");
    assertThat(NamedLists.with(List.of(), "d=4", NAME)).containsExactly("d=4");
  }

  @Test
  void aRuleIsRemovedByItsName() {
    assertThat(NamedLists.without(RULES, "b", NAME)).containsExactly("a=1", "c=3");
    assertThat(NamedLists.without(RULES, "x", NAME)).containsExactly("a=1", "b=2", "c=3");
  }
}
