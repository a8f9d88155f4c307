package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.jobs.replenishment.SuggestedOrders;
import io.poolcast.pooling.model.PoolAllocation;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole demo as a user runs it (a few minutes): every step numbered in order, the orders the
 * replenishment job placed pooled by the pooling job's second run (and only there), and the log
 * under the output folder.
 */
class DemoCommandTest {
  private static final Pattern STEP = Pattern.compile("^\\[(\\d+)/(\\d+)] .*");
  private static final Pattern PLACED = Pattern.compile("placed: ([\\d,]+) PLACED shop orders");
  private static final Pattern IN_BATCHES =
      Pattern.compile("([\\d,]+) suggested orders in the batch orders");
  private static final Pattern REFUSED = Pattern.compile("late or refused order events: ([\\d,]+)");

  @Test
  void numbersEveryStepAndPoolsTheSuggestedOrdersInASecondRun(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("demo-out");
    String stdout;
    String stderr;
    int code;
    URI testLogging = useTheCliLogging(dir.resolve("logs-before"));
    try (CapturedConsole console = CapturedConsole.start()) {
      // The default 28 days: shop x SKU series are forecast (and replenished) from 28 days on
      code = PoolcastCli.run("demo", "--out", out.toString());
      stdout = console.stdout();
      stderr = console.stderr();
    } finally {
      System.clearProperty(LogFile.DIR_PROPERTY);
      logging().setConfigLocation(testLogging);
    }
    assertThat(code).as(stderr).isZero();

    List<int[]> steps =
        stdout
            .lines()
            .map(STEP::matcher)
            .filter(Matcher::matches)
            .map(m -> new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))})
            .toList();
    assertThat(steps).extracting(s -> s[0]).containsExactlyElementsOf(oneTo(DemoCommand.STEPS));
    assertThat(steps).extracting(s -> s[1]).containsOnly(DemoCommand.STEPS);

    // The second run's allocations are all suggested orders, and every placed order that was not
    // refused is in one; the first run's table holds none of them.
    int placed = count(PLACED, stdout, 0);
    assertThat(placed).as(stdout).isPositive();
    Set<String> suggested =
        allocations(out.resolve("suggested/pool_allocations")).stream()
            .map(PoolAllocation::orderId)
            .collect(Collectors.toSet());
    assertThat(suggested).isNotEmpty().allMatch(id -> id.startsWith(SuggestedOrders.ID_PREFIX));
    assertThat(suggested).hasSize(count(IN_BATCHES, stdout, 0));
    assertThat(suggested.size() + count(REFUSED, stdout, 1)).isEqualTo(placed);
    assertThat(allocations(out.resolve("pool_allocations")))
        .isNotEmpty()
        .noneMatch(a -> a.orderId().startsWith(SuggestedOrders.ID_PREFIX));

    Path log = out.resolve("logs").resolve("poolcast.log");
    assertThat(stdout).contains("Logs: " + log);
    assertThat(log).isNotEmptyFile();
  }

  /**
   * Tests log with Flink's log4j2-test.properties (no file); the demo runs with the CLI's
   * log4j2.properties, so that it has a log file to move under its output folder.
   */
  private static URI useTheCliLogging(Path before) throws Exception {
    URI testLogging = logging().getConfigLocation();
    System.setProperty(LogFile.DIR_PROPERTY, before.toString());
    logging().setConfigLocation(DemoCommandTest.class.getResource("/log4j2.properties").toURI());
    System.clearProperty(LogFile.DIR_PROPERTY); // unset, as when a user starts the demo
    return testLogging;
  }

  private static LoggerContext logging() {
    return (LoggerContext) LogManager.getContext(false);
  }

  private static List<Integer> oneTo(int n) {
    return IntStream.rangeClosed(1, n).boxed().toList();
  }

  /** The number in the {@code nth} line (from 0) that matches {@code pattern}. */
  private static int count(Pattern pattern, String stdout, int nth) {
    List<Integer> found =
        stdout
            .lines()
            .map(pattern::matcher)
            .filter(Matcher::find)
            .map(m -> Integer.parseInt(m.group(1).replace(",", "")))
            .toList();
    assertThat(found).as(pattern + " in the demo's output").hasSizeGreaterThan(nth);
    return found.get(nth);
  }

  private static List<PoolAllocation> allocations(Path table) throws IOException {
    try (Stream<Path> files = Files.walk(table)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".parquet"))
          .flatMap(f -> ParquetFiles.read(f, PoolAllocation.class).stream())
          .toList();
    }
  }
}
