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
    DraftIssued issued = draftedReport().submit(DRAFTER, march(2)).appraise(CHIEF, march(3)).sign(SIGNER, march(4))
        .issue(officeRegister(), CLERK, march(4));
    assertThat(issued.register()).isEqualTo(issued.issued().register());
    assertThat(issued.symbol()).isEqualTo(issued.issued().symbol());
    assertThat(issued.draft().history().get(4).symbol()).contains(issued.symbol());
    assertThat(issued).isEqualTo(new DraftIssued(issued.draft(), issued.issued()));
    assertThat(issued).isNotEqualTo(new DraftIssued(draftedReport(), issued.issued()));
  }
}
