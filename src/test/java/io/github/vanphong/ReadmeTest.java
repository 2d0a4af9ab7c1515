package io.github.vanphong;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code in README.md, docs/cookbook.md and docs/document-codes.md compiles and runs: each {@code ```java} block that declares a class
 * is compiled against the library and its {@code main} method is run.
 */
class ReadmeTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("(?m)^(?:public )?(?:final )?class (\\w+)");

  @Test
  void theApiTourCompilesAndRuns(@TempDir Path dir) throws Exception {
    compileAndRun(Path.of("README.md"), dir);
  }

  @Test
  void theCookbookCompilesAndRuns(@TempDir Path dir) throws Exception {
    compileAndRun(Path.of("docs", "cookbook.md"), dir);
  }

  @Test
  void theDocumentCodesPageCompilesAndRuns(@TempDir Path dir) throws Exception {
    compileAndRun(Path.of("docs", "document-codes.md"), dir);
  }

  private void compileAndRun(Path markdown, Path dir) throws Exception {
    String readme = Files.readString(markdown, StandardCharsets.UTF_8);
    List<Path> sources = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(readme);
    while (block.find()) {
      String code = block.group(1);
      Matcher name = CLASS_NAME.matcher(code);
      if (name.find()) {
        Path source = dir.resolve(name.group(1) + ".java");
        Files.writeString(source, code, StandardCharsets.UTF_8);
        sources.add(source);
        classes.add(name.group(1));
      }
    }
    assertThat(classes).as("%s has runnable code", markdown).isNotEmpty();

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of(
        "-encoding", "UTF-8", "-proc:none", "-d", dir.toString(),
        "-classpath", System.getProperty("java.class.path")));
    sources.forEach(s -> args.add(s.toString()));
    int status = javac.run(null, null, errors, args.toArray(String[]::new));
    assertThat(status).as("javac: %s", errors.toString(StandardCharsets.UTF_8)).isZero();

    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      for (String c : classes) {
        String printed = run(loader.loadClass(c).getMethod("main", String[].class));
        assertThat(printed).as("%s prints something", c).isNotBlank();
      }
    }
  }

  private static String run(Method main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
