package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final ConsoleProgress log =
      new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

  private long lines() {
    return bytes.toString(StandardCharsets.UTF_8).lines().count();
  }

  @Test
  void aLogGetsALineEveryTenPercentAndTheEndOnce() {
    for (int done = 0; done <= 1_000; done += 5) {
      log.update("events", done, 1_000);
    }
    log.update("events", 1_000, 1_000); // polled again after the end
    log.update("events", 1_000, 1_000);
    assertThat(lines()).isEqualTo(10); // 10 %, 20 %, ..., 100 %
    assertThat(bytes.toString(StandardCharsets.UTF_8)).endsWith("100%  1,000 / 1,000\n");
  }

  @Test
  void anUnknownTotalIsLoggedWhenTheCountDoubles() {
    for (int done = 1; done <= 1_000; done++) {
      log.update("seconds", done, -1);
    }
    assertThat(lines()).isEqualTo(10); // 1, 2, 4, ..., 512
  }
}
