package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.vanphong.organization.Level;
import org.junit.jupiter.api.Test;

class CircumstancesTest {

  @Test
  void theOrdinaryCaseIsAFirstNormalCaseInAnOrdinaryAreaAtNoGivenLevel() {
    Circumstances c = Circumstances.ordinary();
    assertThat(c.round()).isEqualTo(ComplaintRound.FIRST);
    assertThat(c.complexity()).isEqualTo(Complexity.NORMAL);
    assertThat(c.area()).isEqualTo(AreaType.ORDINARY);
    assertThat(c.level()).isEmpty();
    assertThat(c).isEqualTo(Circumstances.of(ComplaintRound.FIRST, Complexity.NORMAL, AreaType.ORDINARY));
  }

  @Test
  void eachWitherChangesOneFact() {
    Circumstances c =
        Circumstances.ordinary()
            .withRound(ComplaintRound.SECOND)
            .withComplexity(Complexity.COMPLEX)
            .withArea(AreaType.REMOTE)
            .atLevel(Level.PROVINCIAL);
    assertThat(c.round()).isEqualTo(ComplaintRound.SECOND);
    assertThat(c.complexity()).isEqualTo(Complexity.COMPLEX);
    assertThat(c.area()).isEqualTo(AreaType.REMOTE);
    assertThat(c.level()).contains(Level.PROVINCIAL);
    assertThat(c.withRound(ComplaintRound.FIRST).level()).contains(Level.PROVINCIAL);
    assertThat(c.withComplexity(Complexity.NORMAL).area()).isEqualTo(AreaType.REMOTE);
    assertThat(c.withArea(AreaType.ORDINARY).complexity()).isEqualTo(Complexity.COMPLEX);
    assertThat(c.atLevel(Level.CENTRAL).round()).isEqualTo(ComplaintRound.SECOND);
  }

  @Test
  void toStringIsTheCanonicalForm() {
    assertThat(Circumstances.ordinary().toString()).isEqualTo("FIRST/NORMAL/ORDINARY/any level");
    assertThat(
            Circumstances.of(ComplaintRound.SECOND, Complexity.COMPLEX, AreaType.REMOTE)
                .atLevel(Level.CENTRAL)
                .toString())
        .isEqualTo("SECOND/COMPLEX/REMOTE/CENTRAL");
  }

  @Test
  void equalCircumstancesHaveEqualFacts() {
    Circumstances o = Circumstances.ordinary();
    new EqualsTester()
        .addEqualityGroup(o, Circumstances.of(ComplaintRound.FIRST, Complexity.NORMAL, AreaType.ORDINARY))
        .addEqualityGroup(o.withRound(ComplaintRound.SECOND))
        .addEqualityGroup(o.withComplexity(Complexity.COMPLEX))
        .addEqualityGroup(o.withArea(AreaType.REMOTE))
        .addEqualityGroup(o.atLevel(Level.PROVINCIAL), o.atLevel(Level.PROVINCIAL))
        .addEqualityGroup(o.atLevel(Level.CENTRAL))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester().testAllPublicStaticMethods(Circumstances.class);
    new NullPointerTester().testAllPublicInstanceMethods(Circumstances.ordinary());
  }

  @Test
  void distinctCircumstancesHaveDistinctHashCodes() {
    Circumstances o = Circumstances.ordinary();
    assertThat(o.hashCode()).isNotEqualTo(o.withArea(AreaType.REMOTE).hashCode());
    assertThat(o.hashCode()).isNotEqualTo(o.atLevel(Level.CENTRAL).hashCode());
  }
}
