package io.poolcast.jobs.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/**
 * The warnings one logger writes while this is open: for checks that a job does not lean on
 * something Flink only warns about (the MiniCluster runs in the test's JVM, so its loggers are the
 * test's).
 */
public final class LoggedWarnings extends AbstractAppender implements AutoCloseable {
  private final String loggerName;
  private final List<String> messages = new CopyOnWriteArrayList<>();

  private LoggedWarnings(String loggerName) {
    super("warnings-of-" + loggerName, null, null, true, Property.EMPTY_ARRAY);
    this.loggerName = loggerName;
  }

  /** Starts collecting the WARN and worse messages of the named logger. */
  public static LoggedWarnings of(String loggerName) {
    LoggedWarnings warnings = new LoggedWarnings(loggerName);
    warnings.start();
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    Configuration config = context.getConfiguration();
    // A config of its own at WARN: Flink's test jars switch logging off, and the events stay here.
    LoggerConfig own = new LoggerConfig(loggerName, Level.WARN, false);
    own.addAppender(warnings, Level.WARN, null);
    config.addLogger(loggerName, own);
    context.updateLoggers();
    return warnings;
  }

  @Override
  public void append(LogEvent event) {
    messages.add(event.getMessage().getFormattedMessage());
  }

  public List<String> messages() {
    return List.copyOf(messages);
  }

  @Override
  public void close() {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    context.getConfiguration().removeLogger(loggerName);
    context.updateLoggers();
    stop();
  }
}
