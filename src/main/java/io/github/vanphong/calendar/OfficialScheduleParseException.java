package io.github.vanphong.calendar;

/**
 * A text of official schedules that cannot be read, with the line at fault: for example "cannot parse official
 * schedules at line 3: expected 'year', 'basis', 'tet', 'national-day', 'off' or 'work', found 'holiday'".
 *
 * <p>It is an {@link IllegalArgumentException}: the text is a bad argument of {@link
 * OfficialSchedule#parseAll(CharSequence) OfficialSchedule.parseAll}.
 */
public final class OfficialScheduleParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int lineNumber;

  OfficialScheduleParseException(String message, int lineNumber) {
    super(message);
    this.lineNumber = lineNumber;
  }

  OfficialScheduleParseException(String message, int lineNumber, Throwable cause) {
    super(message, cause);
    this.lineNumber = lineNumber;
  }

  /**
   * Returns the line at fault, counted from 1.
   *
   * @return the line number, 1 or more
   */
  public int lineNumber() {
    return lineNumber;
  }
}
