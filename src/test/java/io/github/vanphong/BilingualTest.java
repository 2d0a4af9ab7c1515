package io.github.vanphong;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.vanphong.law.Confirmation;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every enum of the library names its constants in English and in Vietnamese (NFC), distinctly. */
class BilingualTest {

  private static List<Class<?>> bilingualEnums;

  @BeforeAll
  static void findEnums() throws ClassNotFoundException {
    bilingualEnums = new ArrayList<>();
    for (JavaClass c :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.github.vanphong")) {
      if (c.isEnum()) {
        bilingualEnums.add(Class.forName(c.getName()));
      }
    }
  }

  @Test
  void everyEnumOfTheLibraryIsBilingual() {
    assertThat(bilingualEnums).isNotEmpty().allSatisfy(e -> assertThat(Bilingual.class).isAssignableFrom(e));
  }

  @Test
  void theRuleEnumsOfTheWorkflowsAndChecksAreAmongThemAndAreRules() {
    for (Class<?> rules :
        List.of(
            io.github.vanphong.document.DraftRule.class,
            io.github.vanphong.meeting.BriefingRule.class,
            io.github.vanphong.organization.OrganizationRule.class,
            io.github.vanphong.staffing.StaffingRule.class)) {
      assertThat(bilingualEnums).contains(rules);
      assertThat(Rule.class).isAssignableFrom(rules);
    }
    // a format check is no rule by itself: a FormatRule makes it under an instrument, chosen by the day
    assertThat(bilingualEnums).contains(io.github.vanphong.document.FormatCheck.class);
    assertThat(Rule.class).isAssignableFrom(io.github.vanphong.document.FormatRule.class);
    assertThat(Bilingual.class).isAssignableFrom(io.github.vanphong.document.FormatRule.class);
  }

  @Test
  void everyNameIsPresentNfcAndDistinctWithinItsEnum() {
    for (Class<?> e : bilingualEnums) {
      Set<String> vietnamese = new HashSet<>();
      Set<String> english = new HashSet<>();
      for (Object constant : e.getEnumConstants()) {
        Bilingual b = (Bilingual) constant;
        assertThat(b.vietnameseName()).as("%s.%s", e.getSimpleName(), constant).isNotBlank();
        assertThat(b.englishName()).as("%s.%s", e.getSimpleName(), constant).isNotBlank();
        assertThat(Normalizer.isNormalized(b.vietnameseName(), Normalizer.Form.NFC))
            .as("%s.%s is NFC", e.getSimpleName(), constant)
            .isTrue();
        assertThat(vietnamese.add(b.vietnameseName())).as("%s: %s repeats", e, b.vietnameseName()).isTrue();
        assertThat(english.add(b.englishName())).as("%s: %s repeats", e, b.englishName()).isTrue();
      }
    }
  }

  @Test
  void displayNameIsVietnameseForAVietnameseReaderAndEnglishOtherwise() {
    assertThat(Confirmation.UNCONFIRMED.displayName(Bilingual.VIETNAMESE)).isEqualTo("Chưa xác minh");
    assertThat(Confirmation.UNCONFIRMED.displayName(Locale.forLanguageTag("vi"))).isEqualTo("Chưa xác minh");
    assertThat(Confirmation.UNCONFIRMED.displayName(Locale.ENGLISH)).isEqualTo("Unconfirmed");
    assertThat(Confirmation.UNCONFIRMED.displayName(Locale.FRANCE)).isEqualTo("Unconfirmed");
  }
}
