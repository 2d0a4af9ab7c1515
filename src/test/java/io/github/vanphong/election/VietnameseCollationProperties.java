package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.vanphong.testing.ElectionArbitraries;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class VietnameseCollationProperties {

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(
        ElectionArbitraries.vietnameseNames(),
        Arbitraries.strings().ofMaxLength(6),
        Arbitraries.of("a", "A", "ă", "Â", "á", "ả", "ệ", "e\u0323\u0302", "Đ", "d", "ư", "u\u031B", "c\u0302", " ", "-"));
  }

  @Property(tries = 300)
  void theOrderIsAntisymmetricAndConsistentWithEquals(
      @ForAll VietnameseCollation order, @ForAll("names") String a, @ForAll("names") String b) {
    assertThat(Integer.signum(order.compare(a, b))).isEqualTo(-Integer.signum(order.compare(b, a)));
    assertThat(order.compare(a, b) == 0).isEqualTo(a.equals(b));
    assertThat(order.compare(a, a)).isZero();
  }

  @Property(tries = 300)
  void theOrderIsTransitive(
      @ForAll VietnameseCollation order,
      @ForAll("names") String a,
      @ForAll("names") String b,
      @ForAll("names") String c) {
    List<String> sorted = new ArrayList<>(List.of(a, b, c));
    sorted.sort(order);
    assertThat(order.compare(sorted.get(0), sorted.get(1))).isLessThanOrEqualTo(0);
    assertThat(order.compare(sorted.get(1), sorted.get(2))).isLessThanOrEqualTo(0);
    assertThat(order.compare(sorted.get(0), sorted.get(2))).isLessThanOrEqualTo(0);
  }

  @Property(tries = 300)
  void aNameInNfdSortsWhereItsNfcFormDoes(
      @ForAll VietnameseCollation order, @ForAll("names") String a, @ForAll("names") String b) {
    String nfcA = Normalizer.normalize(a, Normalizer.Form.NFC);
    String nfdA = Normalizer.normalize(a, Normalizer.Form.NFD);
    assertThat(CollationKey.of(nfdA).compareTo(CollationKey.of(nfcA))).isZero();
    if (CollationKey.of(nfcA).compareTo(CollationKey.of(b)) != 0) {
      assertThat(Integer.signum(order.compare(nfdA, b))).isEqualTo(Integer.signum(order.compare(nfcA, b)));
    }
  }

  @Example
  void dWithAStrokeComesAfterD() {
    assertThat(VietnameseCollation.WHOLE_NAME.compare("Dương", "Đào")).isNegative();
    assertThat(VietnameseCollation.WHOLE_NAME.compare("Dzung", "Đa")).isNegative();
    assertThat("Đào".compareTo("Zung")).isPositive(); // as code point order would have it
    assertThat(VietnameseCollation.WHOLE_NAME.compare("Đào", "Zung")).isNegative();
    assertThat(VietnameseCollation.WHOLE_NAME.compare("Đào", "Em")).isNegative();
  }

  @Example
  void brevedAndCircumflexedLettersFollowTheirLetter() {
    assertThat(sorted("Ân", "Ăn", "An", "Bé", "Ê", "En", "Ơn", "Ôn", "On", "Ưng", "Uyên"))
        .containsExactly("An", "Ăn", "Ân", "Bé", "En", "Ê", "On", "Ôn", "Ơn", "Uyên", "Ưng");
    assertThat(VietnameseCollation.WHOLE_NAME.compare("Ư", "U")).isPositive();
    assertThat(VietnameseCollation.WHOLE_NAME.compare("Ư", "V")).isNegative();
  }

  @Example
  void toneMarksCountAfterTheLettersInTheDictionaryOrder() {
    assertThat(sorted("ạ", "á", "ã", "ả", "à", "a")).containsExactly("a", "à", "ả", "ã", "á", "ạ");
    assertThat(sorted("Ánh", "Ảnh", "Anh")).containsExactly("Anh", "Ảnh", "Ánh");
    // letters first: a tone mark never outweighs a later letter
    assertThat(VietnameseCollation.WHOLE_NAME.compare("Ánh", "Anhb")).isNegative();
    assertThat(VietnameseCollation.WHOLE_NAME.compare("Hòa", "Hoan")).isNegative();
    // the tone of the first syllable counts before that of a later one
    assertThat(VietnameseCollation.WHOLE_NAME.compare("Hà Ạn", "Hạ An")).isNegative();
  }

  @Example
  void caseCountsOnlyAfterLettersAndTones() {
    assertThat(VietnameseCollation.WHOLE_NAME.compare("an", "An")).isNegative();
    assertThat(VietnameseCollation.WHOLE_NAME.compare("AN", "ăn")).isNegative();
    assertThat(VietnameseCollation.WHOLE_NAME.compare("Anh", "ảnh")).isNegative();
  }

  @Example
  void aSpaceComesBeforeEveryLetterSoShorterWordsComeFirst() {
    assertThat(sorted("Anh Đào", "An Bình", "An")).containsExactly("An", "An Bình", "Anh Đào");
  }

  @Example
  void nfdAndNfcFormsDifferOnlyByTheLastTieBreak() {
    String nfc = "Nguyễn Thị Ánh";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(VietnameseCollation.WHOLE_NAME.compare(nfc, nfd)).isNotZero();
    for (String other : List.of("Nguyễn Thị Anh", "Nguyễn Thị Ảnh", "Nguyễn Thị Ạnh", "Nguyễn Thị Ánhb", "Nguyễn Thị Ánh A")) {
      assertThat(Integer.signum(VietnameseCollation.WHOLE_NAME.compare(nfd, other)))
          .as(other)
          .isEqualTo(Integer.signum(VietnameseCollation.WHOLE_NAME.compare(nfc, other)));
    }
  }

  @Example
  void theWholeNameOrderStartsWithTheFamilyNameTheOtherWithTheGivenName() {
    List<String> names = List.of("Nguyễn Thị An", "Lê Văn Bình", "Nguyễn Văn An", "Lê Văn An");
    List<String> whole = new ArrayList<>(names);
    whole.sort(VietnameseCollation.WHOLE_NAME);
    assertThat(whole).containsExactly("Lê Văn An", "Lê Văn Bình", "Nguyễn Thị An", "Nguyễn Văn An");
    List<String> given = new ArrayList<>(names);
    given.sort(VietnameseCollation.GIVEN_NAME_FIRST);
    assertThat(given).containsExactly("Lê Văn An", "Nguyễn Thị An", "Nguyễn Văn An", "Lê Văn Bình");
    assertThat(VietnameseCollation.GIVEN_NAME_FIRST.compare("Trần An ", "Lê Bình")).isNegative();
  }

  @Example
  void aNullNameIsRefusedByItsName() {
    assertThatNullPointerException().isThrownBy(() -> VietnameseCollation.WHOLE_NAME.compare(null, "a")).withMessage("left");
    assertThatNullPointerException().isThrownBy(() -> VietnameseCollation.WHOLE_NAME.compare("a", null)).withMessage("right");
  }

  @Example
  void aVeryLongNameIsComparedQuickly() {
    String a = "Nguyễn ".repeat(20_000);
    assertThat(VietnameseCollation.WHOLE_NAME.compare(a, a + "b")).isNegative();
    assertThat(VietnameseCollation.GIVEN_NAME_FIRST.compare(a, a + "b")).isPositive(); // "Nguyễn" after "b"
    assertThat(VietnameseCollation.WHOLE_NAME.compare("\uD800", "\uDC00x")).isNegative();
  }

  private static List<String> sorted(String... names) {
    List<String> list = new ArrayList<>(List.of(names));
    list.sort(VietnameseCollation.WHOLE_NAME);
    return list;
  }
}
