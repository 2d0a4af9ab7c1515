package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChannelTest {

  @Test
  void constantsAreNamedInBothLanguages() {
    assertThat(Channel.IN_PERSON.vietnameseName()).isEqualTo("Trực tiếp tại nơi tiếp công dân");
    assertThat(Channel.ONLINE.englishName()).isEqualTo("Online");
    assertThat(Channel.IN_PERSON.displayName(Bilingual.VIETNAMESE)).isEqualTo("Trực tiếp tại nơi tiếp công dân");
    assertThat(Channel.ONLINE.displayName(Locale.ENGLISH)).isEqualTo("Online");
  }

  @Test
  void fourChannelsReachTheOffice() {
    assertThat(Channel.values())
        .containsExactly(Channel.POST, Channel.IN_PERSON, Channel.FORWARDED, Channel.ONLINE);
  }
}
