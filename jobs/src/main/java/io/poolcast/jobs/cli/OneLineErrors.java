package io.poolcast.jobs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one clear line and a non-zero exit code. The full stack trace goes to the log
 * file, or to the screen with {@code --verbose}.
 */
final class OneLineErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int EXIT_FAILURE = 1;
  static final int EXIT_USAGE = 2;

  private final boolean verbose;

  OneLineErrors(boolean verbose) {
    this.verbose = verbose;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    err.println("poolcast " + cmd.getCommandName() + ": error: " + describe(e));
    if (verbose) {
      e.printStackTrace(err);
    } else if (!(e instanceof UserError)) {
      err.println(
          "(run with --verbose for the stack trace"
              + LogFile.current().map(f -> "; logs in " + f).orElse("")
              + ")");
    }
    err.flush();
    return EXIT_FAILURE;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("poolcast " + cmd.getCommandName() + ": " + e.getMessage());
    err.println("Try 'poolcast " + qualifiedName(cmd) + " --help' for usage.");
    err.flush();
    return EXIT_USAGE;
  }

  /** The most specific message in the cause chain, on one line. */
  static String describe(Throwable e) {
    Throwable t = e;
    String message = null;
    while (t != null) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
        if (t instanceof UserError) {
          break;
        }
      }
      if (t.getCause() == null || t.getCause() == t) {
        break;
      }
      t = t.getCause();
    }
    String text = message == null ? e.getClass().getSimpleName() : message;
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }

  private static String qualifiedName(CommandLine cmd) {
    String name = cmd.getCommandName();
    CommandLine parent = cmd.getParent();
    if (parent == null) {
      return "";
    }
    String outer = qualifiedName(parent);
    return outer.isEmpty() ? name : outer + " " + name;
  }
}
