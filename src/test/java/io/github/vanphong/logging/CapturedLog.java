package io.github.vanphong.logging;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;

/**
 * What the library logs while the tests run: the test run's SLF4J binding ({@link CapturingServiceProvider}) enables
 * every level, so the library's tracing code runs in every test, but it prints only warnings and errors; everything
 * logged while an action runs under {@link #during} is kept, at every level, and returned as text, one line per
 * event: {@code "DEBUG io.github.vanphong.petition.PetitionRuleBook - …"}.
 *
 * <p>Tests run one at a time, so a capture collects what every thread logs while it lasts. A run that should not
 * pay for tracing, such as a benchmark's, sets the system property {@code capturedLog.level} to the lowest level
 * to enable, for example {@code -DcapturedLog.level=INFO}.
 */
public final class CapturedLog {

  private static final AtomicReference<@Nullable StringBuffer> CAPTURE = new AtomicReference<>();

  private static final Level LOWEST = Level.valueOf(System.getProperty("capturedLog.level", Level.TRACE.name()));

  private CapturedLog() {}

  /**
   * Runs the action and returns what was logged meanwhile, at every level.
   *
   * @param action what to run, not null
   * @return the lines logged, each ending in a line break; empty if nothing was logged
   */
  public static String during(Runnable action) {
    requireNonNull(action, "action");
    StringBuffer lines = new StringBuffer();
    if (!CAPTURE.compareAndSet(null, lines)) {
      throw new IllegalStateException("a capture of the log is already running");
    }
    try {
      action.run();
    } finally {
      CAPTURE.set(null);
    }
    return lines.toString();
  }

  /** Whether events of the level are logged: every level, unless {@code capturedLog.level} names a higher one. */
  static boolean enabled(Level level) {
    return level.toInt() >= LOWEST.toInt();
  }

  /** Keeps the event if a capture runs; otherwise prints warnings and errors to the standard error. */
  static void log(Level level, String logger, String message, @Nullable Throwable thrown) {
    String line = level + " " + logger + " - " + message + (thrown == null ? "" : " " + thrown) + "\n";
    StringBuffer lines = CAPTURE.get();
    if (lines != null) {
      lines.append(line);
    } else if (level == Level.WARN || level == Level.ERROR) {
      System.err.print(line);
    }
  }
}
