package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.reference.WorldCsv;
import io.poolcast.jobs.forecastjob.ForecastTestWorld;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The forecast commands' help and one-line errors. */
class ForecastJobCommandTest {
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void bothCommandsHaveHelp() {
    assertThat(PoolcastCli.run("forecast-job", "--help")).isZero();
    assertThat(PoolcastCli.run("forecast-train", "--help")).isZero();
    assertThat(console.stdout())
        .contains("Usage: poolcast forecast-job", "Usage: poolcast forecast-train", "--issue-from");
  }

  @Test
  void kafkaOrAFileIsRequiredButNotBoth() {
    assertThat(PoolcastCli.run("forecast-job", "--world", "w")).isEqualTo(2);
    assertThat(
            PoolcastCli.run(
                "forecast-job", "--world", "w", "--bootstrap-servers", "h:1", "--input", "f"))
        .isEqualTo(2);
    assertThat(console.stderr()).doesNotContain("\tat ");
  }

  @Test
  void aGbmWithoutOrWithABadModelFileIsOneLine(@TempDir Path dir) throws Exception {
    WorldCsv.write(ForecastTestWorld.WORLD, dir.resolve("world"));
    Path sales = Files.writeString(dir.resolve("sales.jsonl"), "");
    Path bad = Files.writeString(dir.resolve("gbm-0123456789abcdef.model"), "not a model");
    String[] common = {
      "forecast-job", "--input", sales.toString(), "--world", dir.resolve("world").toString()
    };
    assertThat(PoolcastCli.run(concat(common, "--model", "gbm"))).isEqualTo(1);
    assertThat(PoolcastCli.run(concat(common, "--model-file", bad.toString()))).isEqualTo(1);
    assertThat(console.stderr().strip().lines())
        .hasSize(2)
        .satisfiesExactly(
            l -> assertThat(l).contains("--model gbm needs --model-file"),
            l -> assertThat(l).contains("content hash"));
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
