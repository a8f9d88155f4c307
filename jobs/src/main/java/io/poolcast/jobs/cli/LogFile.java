package io.poolcast.jobs.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;

/**
 * The CLI's log file: {@code ${poolcast.log.dir}/poolcast.log}, {@code out/logs} unless set (see
 * log4j2.properties). Asked of log4j itself, so what is printed is where the log really goes.
 */
final class LogFile {
  static final String DIR_PROPERTY = "poolcast.log.dir";

  private LogFile() {}

  /**
   * Sends the log to {@code dir} from now on, unless {@code -Dpoolcast.log.dir} chose a folder: a
   * command with an output folder keeps its log with its output.
   */
  static void defaultTo(Path dir) {
    if (System.getProperty(DIR_PROPERTY) == null) {
      System.setProperty(DIR_PROPERTY, dir.toString());
      context().ifPresent(LoggerContext::reconfigure);
    }
  }

  /** Where the log goes now; empty when log4j is configured without a file (e.g. in tests). */
  static Optional<Path> current() {
    return context()
        .flatMap(
            ctx ->
                ctx.getConfiguration().getAppenders().values().stream()
                    .filter(FileAppender.class::isInstance)
                    .map(a -> Path.of(((FileAppender) a).getFileName()))
                    .findFirst());
  }

  private static Optional<LoggerContext> context() {
    return LogManager.getContext(false) instanceof LoggerContext ctx
        ? Optional.of(ctx)
        : Optional.empty();
  }
}
