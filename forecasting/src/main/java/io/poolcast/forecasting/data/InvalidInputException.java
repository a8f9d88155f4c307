package io.poolcast.forecasting.data;

/** Input that cannot be forecast from; the message names the line (or row) and the value. */
public class InvalidInputException extends RuntimeException {
  private final long line;

  public InvalidInputException(long line, String message) {
    this(RowUnit.LINE, line, message);
  }

  public InvalidInputException(RowUnit unit, long position, String message) {
    super((position > 0 ? unit.word() + " " + position + ": " : "") + message);
    this.line = position;
  }

  /**
   * The 1-based line of the file (the header is line 1) or data row (Parquet), 0 when not tied to
   * one.
   */
  public long line() {
    return line;
  }
}
