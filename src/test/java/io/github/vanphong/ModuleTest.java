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
 * Immutables, JSpecify, Error Prone annotations and jqwik are static (compile-time or optional) requirements. The
 * second jar of the build, classifier {@code jqwik}, is the module {@code io.github.vanphong.jqwik}: it requires
 * jqwik and declares the library's providers to the module path's service loader.
 */
class ModuleTest {

  private static ModuleDescriptor descriptor;
  private static ModuleDescriptor jqwikDescriptor;

  @BeforeAll
  static void readDescriptor() {
    descriptor = descriptorIn(Path.of("target", "classes"), "io.github.vanphong");
    jqwikDescriptor = descriptorIn(Path.of("target", "jqwik-classes"), "io.github.vanphong.jqwik");
  }

  private static ModuleDescriptor descriptorIn(Path classes, String name) {
    ModuleReference module =
        ModuleFinder.of(classes)
            .find(name)
            .orElseThrow(() -> new AssertionError(classes + " holds no module " + name));
    return module.descriptor();
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
    assertThat(requires.get("net.jqwik.time")).contains(Requires.Modifier.STATIC);
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

  @Test
  void theJqwikJarIsTheModuleIoGithubVanphongJqwikThatRequiresTheLibraryAndJqwik() {
    assertThat(jqwikDescriptor.isAutomatic()).isFalse();
    assertThat(jqwikDescriptor.isOpen()).isFalse();
    Map<String, Set<Requires.Modifier>> requires = new TreeMap<>();
    jqwikDescriptor.requires().forEach(r -> requires.put(r.name(), r.modifiers()));
    // not static: wherever this module is, the library and jqwik are resolved with it
    assertThat(requires.get("io.github.vanphong")).isEmpty();
    assertThat(requires.get("net.jqwik.api")).isEmpty();
    assertThat(requires.get("net.jqwik.time")).isEmpty();
  }

  @Test
  void theJqwikModuleProvidesTheLibrarysArbitrariesAndExportsNothing() {
    assertThat(jqwikDescriptor.exports()).isEmpty();
    assertThat(jqwikDescriptor.opens()).isEmpty();
    assertThat(jqwikDescriptor.provides())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.service()).isEqualTo("net.jqwik.api.providers.ArbitraryProvider");
              assertThat(p.providers())
                  .containsExactlyInAnyOrder("io.github.vanphong.jqwik.ValueTypes", "io.github.vanphong.jqwik.Days");
            });
  }

  @Test
  void theJqwikModulesProvidersAreThoseOfTheTestingPackage() throws ReflectiveOperationException {
    // The service loader of the module path calls each provider's public static provider() method.
    assertThat(providerOf("io.github.vanphong.jqwik.ValueTypes"))
        .isInstanceOf(io.github.vanphong.testing.VanphongArbitraryProvider.class);
    assertThat(providerOf("io.github.vanphong.jqwik.Days"))
        .isInstanceOf(io.github.vanphong.testing.DayArbitraryProvider.class);
  }

  private static Object providerOf(String name) throws ReflectiveOperationException {
    java.lang.reflect.Method provider = Class.forName(name).getMethod("provider");
    assertThat(java.lang.reflect.Modifier.isStatic(provider.getModifiers())).isTrue();
    assertThat(provider.getReturnType().getName()).isEqualTo("net.jqwik.api.providers.ArbitraryProvider");
    return provider.invoke(null);
  }
}
