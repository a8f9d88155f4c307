package io.poolcast.jobs.cli;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link CapturedConsole} for each test of a class: {@code @RegisterExtension final
 * ConsoleCapture console = new ConsoleCapture();} captures before each test and restores after it.
 */
final class ConsoleCapture implements BeforeEachCallback, AfterEachCallback {
  private CapturedConsole console;

  @Override
  public void beforeEach(ExtensionContext context) {
    console = CapturedConsole.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    console.close();
  }

  String stdout() {
    return console.stdout();
  }

  String stderr() {
    return console.stderr();
  }
}
