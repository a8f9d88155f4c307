package io.poolcast.forecasting.data;

/** Input that cannot be forecast from; the message names the line and the offending value. */
public class InvalidInputException extends RuntimeException {
  private final long line;

  public InvalidInputException(long line, String message) {
    super((line > 0 ? "line " + line + ": " : "") + message);
    this.line = line;
  }

  /** The 1-based line of the file (the header is line 1), or 0 when not tied to a line. */
  public long line() {
    return line;
  }
}
