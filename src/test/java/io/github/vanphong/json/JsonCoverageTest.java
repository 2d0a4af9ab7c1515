package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.github.vanphong.Bilingual;
import io.github.vanphong.Identifier;
import io.github.vanphong.Rule;
import io.github.vanphong.Summary;
import io.github.vanphong.Violation;
import io.github.vanphong.law.Instruments;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public type of the library that holds data has its JSON form; the few that do not are listed here with the
 * reason, so that a new type cannot be forgotten.
 */
class JsonCoverageTest {
  /** Public types without a JSON form, each with the reason: those of the root package, then each package's. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.<Class<?>, String>builder()
          .putAll(LawJsonProperties.WITHOUT_JSON_FORM)
          .putAll(CalendarJsonProperties.WITHOUT_JSON_FORM)
          .putAll(OrganizationJsonProperties.WITHOUT_JSON_FORM)
          .putAll(StaffingJsonProperties.WITHOUT_JSON_FORM)
          .putAll(PetitionJsonProperties.WITHOUT_JSON_FORM)
          .putAll(ReceptionJsonProperties.WITHOUT_JSON_FORM)
          .putAll(DocumentJsonProperties.WITHOUT_JSON_FORM)
          .putAll(MeetingJsonProperties.WITHOUT_JSON_FORM)
          .putAll(ElectionJsonProperties.WITHOUT_JSON_FORM)
          .putAll(AssetJsonProperties.WITHOUT_JSON_FORM)
          .putAll(BudgetJsonProperties.WITHOUT_JSON_FORM)
          // money and finance
          .putAll(MoneyJsonProperties.WITHOUT_JSON_FORM)
          .putAll(FinanceJsonProperties.WITHOUT_JSON_FORM)
          // assets
          .putAll(AssetRegisterJsonProperties.WITHOUT_JSON_FORM)
          // cars
          .putAll(VehicleJsonProperties.WITHOUT_JSON_FORM)
          // reporting regimes
          .putAll(ReportJsonProperties.WITHOUT_JSON_FORM)
          // the archive
          .putAll(ArchiveJsonProperties.WITHOUT_JSON_FORM)
          // work programmes and the rhythm of meetings
          .putAll(ProgrammeJsonProperties.WITHOUT_JSON_FORM)
          .put(Bilingual.class, "an interface of names, implemented by enumerations that have codes")
          .put(Rule.class, "an interface; each rule type has its own form")
          .put(Summary.class, "an interface; each summary has its own form")
          .put(Violation.class, "an interface; each finding type has its own form")
          .put(Identifier.class, "the base of the identifiers; each has its own form")
          .put(Instruments.class, "constants, not a type of values (law)")
          .buildOrThrow();

  @Test
  void everyPublicTypeHoldingDataHasAJsonForm() {
    Set<Class<?>> covered =
        VanphongModule.codecs().stream().flatMap(c -> c.coveredTypes().stream()).collect(Collectors.toSet());
    Set<String> missing = new TreeSet<>();
    for (JavaClass type : publicTypes()) {
      Class<?> reflected = type.reflect();
      if (!covered.contains(reflected) && !WITHOUT_JSON_FORM.containsKey(reflected)) {
        missing.add(type.getName());
      }
    }
    assertThat(missing).as("public types without a JSON form or a reason").isEmpty();
  }

  @Test
  void everyListedExceptionIsStillPublicAndUncovered() {
    Set<Class<?>> covered =
        VanphongModule.codecs().stream().flatMap(c -> c.coveredTypes().stream()).collect(Collectors.toSet());
    assertThat(WITHOUT_JSON_FORM.keySet()).doesNotContainAnyElementsOf(covered);
  }

  private static Set<JavaClass> publicTypes() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.vanphong").stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .filter(c -> !c.getPackageName().startsWith("io.github.vanphong.testing"))
        .filter(c -> !c.getPackageName().startsWith("io.github.vanphong.jqwik"))
        .filter(c -> !c.getPackageName().startsWith("io.github.vanphong.json"))
        .filter(c -> !c.getPackageName().startsWith("io.github.vanphong.internal"))
        .filter(c -> !c.isAnnotation())
        .filter(c -> !c.isAssignableTo(Throwable.class))
        .filter(c -> !c.getSimpleName().equals("Builder"))
        .collect(Collectors.toSet());
  }
}
