package io.github.vanphong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package direction of docs/architecture.md: {@code law}, {@code calendar} → {@code organization} → the domain
 * packages → {@code report} → {@code json} and {@code testing}, with the root package beneath all, and no cycles;
 * above them all the package of the second module, {@code io.github.vanphong.jqwik}, which uses {@code testing}
 * only. The two top-layer packages are each the only user of one optional dependency: {@code json} of Jackson,
 * {@code testing} of jqwik; neither uses the other.
 */
class ArchitectureTest {

  private static final String ROOT = "io.github.vanphong";

  /** Each layer may use the layers listed before it, never those after it. */
  private static final List<String> LAYERS =
      List.of(
          "root",
          "law",
          "calendar",
          "organization",
          // money: amounts shared by finance and assets
          "money",
          "domain",
          "report",
          "json",
          "testing",
          "jqwik");

  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);
  }

  @Test
  void theLibraryIsImported() {
    assertThat(library.contain(ROOT + ".law.LegalBasis")).isTrue();
    assertThat(library.contain(ROOT + ".organization.UnitTree")).isTrue();
    // the second module's classes are on the test class path, so every rule here covers them too
    assertThat(library.contain(ROOT + ".jqwik.ValueTypes")).isTrue();
  }

  @Test
  void packagesDependOnlyDownwards() {
    ArchRule rule =
        Architectures.layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("root").definedBy(ROOT)
            .layer("law").definedBy(ROOT + ".law..")
            .layer("calendar").definedBy(ROOT + ".calendar..")
            .layer("organization").definedBy(ROOT + ".organization..")
            // money: amounts shared by finance and assets
            .layer("money").definedBy(ROOT + ".money..")
            .layer("domain")
            .definedBy(
                ROOT + ".staffing..",
                ROOT + ".petition..",
                ROOT + ".reception..",
                ROOT + ".document..",
                ROOT + ".meeting..",
                ROOT + ".election..",
                ROOT + ".finance..",
                ROOT + ".asset..",
                // work programmes and the rhythm of meetings
                ROOT + ".programme..")
            .layer("report").definedBy(ROOT + ".report..")
            .layer("json").definedBy(ROOT + ".json..")
            .layer("testing").definedBy(ROOT + ".testing..")
            .layer("jqwik").definedBy(ROOT + ".jqwik..")
            .whereLayer("jqwik").mayNotBeAccessedByAnyLayer()
            .whereLayer("json").mayNotBeAccessedByAnyLayer()
            .whereLayer("testing").mayOnlyBeAccessedByLayers(above("testing"))
            .whereLayer("report").mayOnlyBeAccessedByLayers(above("report"))
            .whereLayer("domain").mayOnlyBeAccessedByLayers(above("domain"))
            // money: amounts shared by finance and assets
            .whereLayer("money").mayOnlyBeAccessedByLayers(above("money"))
            .whereLayer("organization").mayOnlyBeAccessedByLayers(above("organization"))
            .whereLayer("calendar").mayOnlyBeAccessedByLayers(above("calendar"))
            .whereLayer("law").mayOnlyBeAccessedByLayers(above("law"));
    rule.check(library);
  }

  /**
   * The package that is not API ({@code internal}) holds structures several packages share; it depends on no other
   * package of the library, so every package may use it without a cycle.
   */
  @Test
  void theInternalPackageUsesNoOtherPackageOfTheLibrary() {
    noClasses()
        .that().resideInAPackage(ROOT + ".internal..")
        .should().dependOnClassesThat().resideInAnyPackage(
            ROOT,
            ROOT + ".law..",
            ROOT + ".calendar..",
            ROOT + ".organization..",
            ROOT + ".staffing..",
            ROOT + ".petition..",
            ROOT + ".reception..",
            ROOT + ".document..",
            ROOT + ".meeting..",
            ROOT + ".election..",
            // money and finance
            ROOT + ".money..",
            ROOT + ".finance..",
            // assets
            ROOT + ".asset..",
            // work programmes
            ROOT + ".programme..",
            ROOT + ".report..",
            ROOT + ".json..",
            ROOT + ".testing..",
            ROOT + ".jqwik..")
        .check(library);
  }

  @Test
  void lawDoesNotDependOnTheCalendar() {
    noClasses()
        .that().resideInAPackage(ROOT + ".law..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".calendar..")
        .allowEmptyShould(true)
        .check(library);
  }

  @Test
  void thereAreNoCyclesBetweenPackages() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true).check(library);
  }

  @Test
  void domainPackagesDoNotDependOnEachOther() {
    // Two exceptions, each one way only (thereAreNoCyclesBetweenPackages): a conclusion notice of a briefing is a
    // document numbered by its register, so meeting may use document; a matter received at a reception session
    // becomes a petition's intake and a citizen's identity is the petition's confidential Identity, so reception may
    // use petition.
    slices()
        .matching(ROOT + ".(staffing|petition|reception|document|meeting|election|finance|asset|programme)..")
        .should().notDependOnEachOther()
        .ignoreDependency(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(ROOT + ".meeting.."),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(ROOT + ".document.."))
        .ignoreDependency(
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(ROOT + ".reception.."),
            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(ROOT + ".petition.."))
        .allowEmptyShould(true)
        .check(library);
  }

  @Test
  void onlyTheJsonPackageUsesJackson() {
    noClasses()
        .that().resideOutsideOfPackage(ROOT + ".json..")
        .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(library);
  }

  @Test
  void theJsonPackageUsesNoJqwik() {
    noClasses()
        .that().resideInAPackage(ROOT + ".json..")
        .should().dependOnClassesThat().resideInAPackage("net.jqwik..")
        .check(library);
  }

  @Test
  void onlyTheTestingPackageAndTheJqwikModuleUseJqwik() {
    noClasses()
        .that().resideOutsideOfPackages(ROOT + ".testing..", ROOT + ".jqwik..")
        .should().dependOnClassesThat().resideInAPackage("net.jqwik..")
        .check(library);
  }

  @Test
  void theJqwikModuleUsesOnlyTheTestingPackageOfTheLibrary() {
    noClasses()
        .that().resideInAPackage(ROOT + ".jqwik..")
        .should().dependOnClassesThat().resideInAnyPackage(
            ROOT,
            ROOT + ".law..",
            ROOT + ".calendar..",
            ROOT + ".organization..",
            ROOT + ".staffing..",
            ROOT + ".petition..",
            ROOT + ".reception..",
            ROOT + ".document..",
            ROOT + ".meeting..",
            ROOT + ".election..",
            // money and finance
            ROOT + ".money..",
            ROOT + ".finance..",
            // assets
            ROOT + ".asset..",
            // work programmes
            ROOT + ".programme..",
            ROOT + ".report..",
            ROOT + ".internal..")
        .check(library);
  }

  @Test
  void theLibraryReadsNoClockAndDoesNoIo() {
    noClasses()
        .should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
        .orShould().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .check(library.that(notAllowedIo()));
  }

  private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> notAllowedIo() {
    // Exceptions are Serializable; a serialVersionUID is not I/O. The library reads two resources that ship in
    // the jar, each through one small class that only turns the resource into text (Joda-Money's pattern: data in
    // the jar, extended by applications through a parse method): calendar.OfficialScheduleFile, the Government's
    // day-off schedules, and document.DocumentCodeFile, the table of document type and issuer codes. Nothing else
    // in the library may touch java.io.
    return com.tngtech.archunit.base.DescribedPredicate.describe(
        "library classes",
        c -> !c.isAssignableTo(Throwable.class)
            && !c.getName().equals(ROOT + ".calendar.OfficialScheduleFile")
            && !c.getName().equals(ROOT + ".document.DocumentCodeFile"));
  }

  @Test
  void thereAreNoCatchAllPackages() {
    Set<String> forbidden = Set.of("util", "utils", "common", "model", "service", "impl", "helper", "helpers");
    Set<String> packages =
        library.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(java.util.TreeSet::new));
    assertThat(packages)
        .allSatisfy(
            p -> assertThat(List.of(p.split("\\."))).doesNotContainAnyElementsOf(forbidden));
  }

  @Test
  void generatedImmutableClassesStayHidden() {
    List<String> visible =
        library.stream()
            .filter(c -> c.getSimpleName().startsWith("Immutable"))
            .filter(c -> c.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
            .map(JavaClass::getName)
            .collect(Collectors.toList());
    assertThat(visible).isEmpty();
  }

  private static String[] above(String layer) {
    return LAYERS.subList(LAYERS.indexOf(layer) + 1, LAYERS.size()).toArray(String[]::new);
  }
}
