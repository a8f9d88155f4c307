package io.poolcast.connectors.files;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the real data folder for tests: system property or environment variable {@code
 * POOLCAST_SHARED_DATA}, else {@code ../../../shared/data} from the module directory. Tests that
 * need it skip themselves when it is absent; the data is never copied into the repository.
 */
final class SharedData {
  static final String VARIABLE = "POOLCAST_SHARED_DATA";

  private SharedData() {}

  static Path folder() {
    String configured = System.getProperty(VARIABLE, System.getenv(VARIABLE));
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    return module.resolve("../../../shared/data").normalize();
  }

  /** The file under the shared data folder; skips the test when it is missing. */
  static Path require(String relative) {
    Path file = folder().resolve(relative);
    assumeTrue(
        Files.exists(file),
        "real data folder ../shared/data absent: skipping (looked for "
            + file
            + "; set "
            + VARIABLE
            + " to point elsewhere)");
    return file;
  }
}
