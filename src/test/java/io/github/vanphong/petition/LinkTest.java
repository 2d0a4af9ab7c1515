package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class LinkTest {

  private static final PetitionId FIRST = PetitionId.of("P-2016-0042");

  @Test
  void aSecondComplaintLinksToTheFirst() {
    Link link = Link.of(LinkKind.SECOND_COMPLAINT, FIRST);

    assertThat(link.kind()).isEqualTo(LinkKind.SECOND_COMPLAINT);
    assertThat(link.earlier()).isEqualTo(FIRST);
    assertThat(link).hasToString("SECOND_COMPLAINT P-2016-0042");
  }

  @Test
  void linksAreEqualByKindAndPetition() {
    assertThat(Link.of(LinkKind.REPEAT, FIRST)).isEqualTo(Link.of(LinkKind.REPEAT, FIRST))
        .hasSameHashCodeAs(Link.of(LinkKind.REPEAT, FIRST));
    assertThat(Link.of(LinkKind.REPEAT, FIRST)).isNotEqualTo(Link.of(LinkKind.ESCALATION, FIRST));
    assertThat(Link.of(LinkKind.REPEAT, FIRST)).isNotEqualTo(Link.of(LinkKind.REPEAT, PetitionId.of("P-2016-0043")));
  }

  @Test
  void aLinkNeedsAKindAndAnEarlierPetition() {
    assertThatNullPointerException().isThrownBy(() -> Link.of(null, FIRST));
    assertThatNullPointerException().isThrownBy(() -> Link.of(LinkKind.REPEAT, null));
    assertThatIllegalArgumentException().isThrownBy(() -> Link.of(LinkKind.REPEAT, PetitionId.of("P 2016/42")));
  }
}
