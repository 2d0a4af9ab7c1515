package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentFixtures.march;
import static io.github.vanphong.document.DocumentFixtures.officeRegister;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IssuedTest {

  @Test
  void theOutcomeHoldsTheNewRegisterAndItsEntry() {
    Issued issued = officeRegister().issue(DocumentCodeBook.REPORT, march(4), "Báo cáo");
    assertThat(issued.register().entries()).containsExactly(issued.entry());
    assertThat(issued.symbol()).isEqualTo(issued.entry().symbol());
    assertThat(issued).isEqualTo(new Issued(issued.register(), issued.entry())).hasSameHashCodeAs(
        new Issued(issued.register(), issued.entry()));
    assertThat(issued).isNotEqualTo(new Issued(officeRegister(), issued.entry()));
    assertThat(issued.toString()).startsWith("Issued[01-BC/VPTU 2016-03-04 Báo cáo in OutgoingRegister[VPTU");
  }

  @Test
  void distinctOutcomesHaveDistinctHashCodes() {
    Issued issued = officeRegister().issue(DocumentCodeBook.REPORT, march(4), "Báo cáo");
    assertThat(issued.hashCode()).isNotEqualTo(new Issued(officeRegister(), issued.entry()).hashCode());
  }
}
