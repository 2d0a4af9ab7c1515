package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class DocumentCodeBookProperties {

  @Property(tries = 200)
  void aTableReadsBackFromItsText(@ForAll DocumentCodeBook book) {
    String text = book.toText();
    assertThat(DocumentCodeBook.parse(text)).isEqualTo(book);
    assertThat(DocumentCodeBook.parse(text).toText()).isEqualTo(text);
    assertThat(DocumentCodeBook.parse(Normalizer.normalize(text, Normalizer.Form.NFD))).isEqualTo(book);
  }

  @Property(tries = 200)
  void addingATablesTextAddsItsEntries(@ForAll DocumentCodeBook base, @ForAll DocumentCodeBook added) {
    DocumentCodeBook expected = base;
    for (DocumentType type : added.types()) {
      expected = expected.with(type);
    }
    for (Issuer issuer : added.issuers()) {
      expected = expected.with(issuer);
    }
    assertThat(base.withCodes(added.toText())).isEqualTo(expected);
  }
}
