package io.github.vanphong.document;

import static io.github.vanphong.document.ArchiveFixtures.CLERK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArchiveFileEventTest {

  private static final LocalDate DAY = LocalDate.of(2016, 3, 2);

  @Test
  void onlyAnAdditionCarriesADocument() {
    ArchiveFileEvent added = ArchiveFileEvent.adding(DocumentSymbol.parse("12-BC/VPTU"), DAY, CLERK);
    assertThat(added.command()).isEqualTo(ArchiveFileCommand.ADD_DOCUMENT);
    assertThat(added.document()).contains(DocumentSymbol.parse("12-BC/VPTU"));
    assertThat(added).hasToString("ADD_DOCUMENT 2016-03-02 by HG-VT-01: 12-BC/VPTU");
    ArchiveFileEvent closed = ArchiveFileEvent.of(ArchiveFileCommand.CLOSE, DAY, CLERK);
    assertThat(closed.document()).isEmpty();
    assertThat(closed).hasToString("CLOSE 2016-03-02 by HG-VT-01");
    assertThatThrownBy(() -> ArchiveFileEvent.of(ArchiveFileCommand.ADD_DOCUMENT, DAY, CLERK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("carries the document added");
  }

  @Test
  void eventsAreEqualByTheirFields() {
    assertThat(ArchiveFileEvent.of(ArchiveFileCommand.CLOSE, DAY, CLERK))
        .isEqualTo(ArchiveFileEvent.of(ArchiveFileCommand.CLOSE, DAY, CLERK))
        .isNotEqualTo(ArchiveFileEvent.of(ArchiveFileCommand.CLOSE, DAY.plusDays(1), CLERK));
  }
}
