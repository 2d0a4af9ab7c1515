package io.github.vanphong.logging;

import org.jspecify.annotations.Nullable;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** A logger of the test run: the levels {@link CapturedLog} enables, every event handed to it. */
final class CapturingLogger extends LegacyAbstractLogger {

  private static final long serialVersionUID = 1L;

  CapturingLogger(String name) {
    this.name = name;
  }

  @Override
  public boolean isTraceEnabled() {
    return CapturedLog.enabled(Level.TRACE);
  }

  @Override
  public boolean isDebugEnabled() {
    return CapturedLog.enabled(Level.DEBUG);
  }

  @Override
  public boolean isInfoEnabled() {
    return CapturedLog.enabled(Level.INFO);
  }

  @Override
  public boolean isWarnEnabled() {
    return CapturedLog.enabled(Level.WARN);
  }

  @Override
  public boolean isErrorEnabled() {
    return CapturedLog.enabled(Level.ERROR);
  }

  @Override
  protected @Nullable String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level,
      @Nullable Marker marker,
      String messagePattern,
      Object @Nullable [] arguments,
      @Nullable Throwable throwable) {
    CapturedLog.log(level, name, MessageFormatter.basicArrayFormat(messagePattern, arguments), throwable);
  }
}
