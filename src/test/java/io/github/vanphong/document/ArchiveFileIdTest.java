package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArchiveFileIdTest {

  @Test
  void anIdentifierReadsBackItsText() {
    ArchiveFileId id = ArchiveFileId.of("VPTU-HS-2016-07");
    assertThat(id.value()).isEqualTo("VPTU-HS-2016-07");
    assertThat(ArchiveFileId.of(id.toString())).isEqualTo(id);
    assertThat(id.compareTo(ArchiveFileId.of("VPTU-HS-2016-08"))).isNegative();
  }

  @Test
  void anIdentifierWithASpaceIsRefused() {
    assertThatThrownBy(() -> ArchiveFileId.of("HS 1")).isInstanceOf(IllegalArgumentException.class);
  }
}
