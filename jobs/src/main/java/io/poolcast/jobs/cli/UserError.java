package io.poolcast.jobs.cli;

/**
 * A failure the user can fix (bad argument, missing file, unreachable broker). The CLI prints its
 * message as one line, without a stack trace.
 */
public final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
