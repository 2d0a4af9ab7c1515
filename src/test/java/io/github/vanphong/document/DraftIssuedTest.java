package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentFixtures.CHIEF;
import static io.github.vanphong.document.DocumentFixtures.CLERK;
import static io.github.vanphong.document.DocumentFixtures.DRAFTER;
import static io.github.vanphong.document.DocumentFixtures.SIGNER;
import static io.github.vanphong.document.DocumentFixtures.draftedReport;
import static io.github.vanphong.document.DocumentFixtures.march;
import static io.github.vanphong.document.DocumentFixtures.officeRegister;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftIssuedTest {

  @Test
  void theOutcomeHoldsTheIssuedDraftAndTheRegistersOutcome() {
    DraftIssued issued = draftedReport().submit(march(2), DRAFTER).appraise(march(3), CHIEF).sign(march(4), SIGNER)
        .issue(officeRegister(), march(4), CLERK);
    assertThat(issued.register()).isEqualTo(issued.issued().register());
    assertThat(issued.symbol()).isEqualTo(issued.issued().symbol());
    assertThat(issued.draft().history().get(4).symbol()).contains(issued.symbol());
    assertThat(issued).isEqualTo(new DraftIssued(issued.draft(), issued.issued()));
    assertThat(issued).isNotEqualTo(new DraftIssued(draftedReport(), issued.issued()));
  }
}
