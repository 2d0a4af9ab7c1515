package io.github.vanphong;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The jar is the named module {@code io.github.vanphong}: at run time it reads only Guava and the SLF4J API;
 * Immutables, JSpecify, Error Prone annotations and jqwik are static (compile-time or optional) requirements.
 */
class ModuleTest {

  private static ModuleDescriptor descriptor;

  @BeforeAll
  static void readDescriptor() {
    ModuleReference module =
        ModuleFinder.of(Path.of("target", "classes"))
            .find("io.github.vanphong")
            .orElseThrow(() -> new AssertionError("target/classes holds no module io.github.vanphong"));
    descriptor = module.descriptor();
  }

  @Test
  void theJarIsTheNamedModuleIoGithubVanphong() {
    assertThat(descriptor.name()).isEqualTo("io.github.vanphong");
    assertThat(descriptor.isAutomatic()).isFalse();
    assertThat(descriptor.isOpen()).isFalse();
  }

  @Test
  void atRunTimeTheModuleReadsOnlyGuavaAndSlf4j() {
    Map<String, Set<Requires.Modifier>> requires = new TreeMap<>();
    descriptor.requires().forEach(r -> requires.put(r.name(), r.modifiers()));
    Set<String> runtime = new java.util.TreeSet<>();
    requires.forEach(
        (name, modifiers) -> {
          if (!modifiers.contains(Requires.Modifier.STATIC)) {
            runtime.add(name);
          }
        });
    assertThat(runtime).containsExactlyInAnyOrder("java.base", "com.google.common", "org.slf4j");
  }

  @Test
  void compileTimeAndOptionalModulesAreStatic() {
    Map<String, Set<Requires.Modifier>> requires = new TreeMap<>();
    descriptor.requires().forEach(r -> requires.put(r.name(), r.modifiers()));
    assertThat(requires.get("org.immutables.value.annotations")).contains(Requires.Modifier.STATIC);
    assertThat(requires.get("net.jqwik.api")).contains(Requires.Modifier.STATIC);
    assertThat(requires.get("org.jspecify")).contains(Requires.Modifier.STATIC);
  }

  @Test
  void everyPackageButTheInternalOneIsExportedAndNoneIsOpened() {
    assertThat(descriptor.opens()).isEmpty();
    Set<String> exported = new java.util.TreeSet<>();
    descriptor.exports().forEach(e -> {
      assertThat(e.isQualified()).as("export of %s is unqualified", e.source()).isFalse();
      exported.add(e.source());
    });
    Set<String> api = new java.util.TreeSet<>(descriptor.packages());
    assertThat(api.remove("io.github.vanphong.internal")).isTrue();
    assertThat(exported).isEqualTo(api);
  }

  @Test
  void providersOfTheOptionalJqwikAreNotDeclaredInTheModule() {
    // A `provides` clause for a type of an optional module stops the module from resolving for users without it.
    assertThat(descriptor.provides()).isEmpty();
    assertThat(descriptor.uses()).isEmpty();
  }
}
