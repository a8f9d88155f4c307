package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PoolcastCliTest {
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  private String stdout() {
    return console.stdout();
  }

  private String stderr() {
    return console.stderr();
  }

  @Test
  void helpListsTheCommands() {
    assertThat(PoolcastCli.run("--help")).isZero();
    assertThat(stdout()).contains("demo", "generate", "broker", "publish", "archive", "import");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "demo",
        "generate",
        "broker",
        "publish",
        "archive",
        "pool",
        "backfill",
        "forecast",
        "backtest",
        "import",
        "replenish"
      })
  void everyCommandHasHelp(String command) {
    assertThat(PoolcastCli.run(command, "--help")).isZero();
    assertThat(stdout()).contains("Usage: poolcast " + command);
  }

  @Test
  void aBadOptionValueIsOneLineAndExitCodeTwo() {
    assertThat(PoolcastCli.run("generate", "--scale", "huge")).isEqualTo(2);
    assertThat(stderr()).contains("Invalid value for option '--scale'").doesNotContain("\tat ");
  }

  @Test
  void aServiceLevelOutsideZeroToOneIsOneLine() {
    int code =
        PoolcastCli.run(
            "replenish",
            "--bootstrap-servers",
            "localhost:1",
            "--world",
            "/nonexistent/world",
            "--service-level",
            "1.5");
    assertThat(code).isEqualTo(1);
    assertThat(stderr().strip().lines())
        .containsExactly("poolcast replenish: error: service level must be in (0, 1), was 1.5");
  }

  @Test
  void aDemoTooShortToForecastIsRefusedBeforeItStarts(@TempDir Path out) {
    int code = PoolcastCli.run("demo", "--days", "8", "--out", out.resolve("demo").toString());
    assertThat(code).isEqualTo(1);
    assertThat(stderr().strip().lines())
        .containsExactly(
            "poolcast demo: error: --days must be at least 28 (the forecast step trains on that"
                + " much history), was 8");
    assertThat(out.resolve("demo")).doesNotExist();
  }

  @Test
  void aMissingWorldIsOneLineAndExitCodeOne() {
    int code =
        PoolcastCli.run(
            "archive", "--bootstrap-servers", "localhost:1", "--world", "/nonexistent/world");
    assertThat(code).isEqualTo(1);
    assertThat(stderr().strip().lines())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("poolcast archive: error: no reference data in /nonexistent/world");
  }

  @Test
  void secretsInKafkaPropertiesAreNotPrinted() {
    PoolcastCli.run(
        "archive",
        "--bootstrap-servers",
        "localhost:1",
        "--kafka-property",
        "sasl.jaas.config=secret-jaas",
        "--world",
        "/nonexistent/world");
    assertThat(stdout() + stderr()).doesNotContain("secret-jaas");
  }

  @Test
  void aBackfillOfAnUnknownJobOrAnEmptyRangeIsOneLine() {
    String in = "--input=/nonexistent/events.jsonl";
    assertThat(
            PoolcastCli.run("backfill", in, "--from=2026-01-02", "--to=2026-01-03", "--jobs=magic"))
        .isEqualTo(1);
    assertThat(PoolcastCli.run("backfill", in, "--from=2026-01-02", "--to=2026-01-01"))
        .isEqualTo(1);
    assertThat(stderr().strip().lines())
        .containsExactly(
            "poolcast backfill: error: no backfill for job 'magic' (available: [pooling,"
                + " sell-through, forecast])",
            "poolcast backfill: error: --to 2026-01-01 is before --from 2026-01-02");
  }

  @Test
  void aBackfillWithoutTheInputOfOneOfItsJobsIsOneLine(@TempDir Path world) throws Exception {
    Files.createDirectories(world.resolve("events"));
    Files.writeString(world.resolve("events/shop-orders.jsonl"), "");
    assertThat(
            PoolcastCli.run(
                "backfill",
                "--input=" + world,
                "--from=2026-01-02",
                "--to=2026-01-03",
                "--jobs=pooling,sell-through"))
        .isEqualTo(1);
    assertThat(stderr().strip().lines())
        .containsExactly(
            "poolcast backfill: error: the sell-through backfill needs pos-sales events: no"
                + " pos-sales.jsonl or pos-sales.csv in "
                + world
                + " or its events/ folder, and no event archive table events/pos_sales/ under it");
  }

  @Test
  void aBackfillFromAnEventArchiveWithoutItsSalesTableIsOneLine(@TempDir Path archive)
      throws Exception {
    Files.createDirectories(archive.resolve("events/shop_orders/event_date=2026-01-02"));
    assertThat(
            PoolcastCli.run(
                "backfill",
                "--input=" + archive,
                "--from=2026-01-02",
                "--to=2026-01-03",
                "--jobs=forecast"))
        .isEqualTo(1);
    assertThat(stderr().strip().lines())
        .containsExactly(
            "poolcast backfill: error: the forecast backfill needs pos-sales events: no"
                + " pos-sales.jsonl or pos-sales.csv in "
                + archive
                + " or its events/ folder, and no event archive table events/pos_sales/ under it");
  }

  @Test
  void publishingABackfillNeedsBootstrapServersAndChecksThatFirst() {
    String[] common = {
      "backfill", "--input=/nonexistent/events.jsonl", "--from=2026-01-02", "--to=2026-01-03"
    };
    assertThat(PoolcastCli.run(concat(common, "--publish"))).isEqualTo(1);
    assertThat(PoolcastCli.run(concat(common, "--bootstrap-servers=localhost:1"))).isEqualTo(1);
    assertThat(stderr().strip().lines())
        .containsExactly(
            "poolcast backfill: error: --publish needs --bootstrap-servers HOST:PORT (the Kafka"
                + " cluster of the topics)",
            "poolcast backfill: error: --bootstrap-servers is only used with --publish or --from-kafka");
  }

  @Test
  void aBackfillReadsEitherInputOrKafkaAndKafkaNeedsItsServersAndAWorld() {
    String[] range = {"backfill", "--from=2026-01-02", "--to=2026-01-03"};
    String servers = "--bootstrap-servers=localhost:1";
    assertThat(PoolcastCli.run(range)).isEqualTo(1);
    assertThat(PoolcastCli.run(concat(range, "--input=/nonexistent", "--from-kafka", servers)))
        .isEqualTo(1);
    assertThat(PoolcastCli.run(concat(range, "--from-kafka"))).isEqualTo(1);
    assertThat(PoolcastCli.run(concat(range, "--from-kafka", servers))).isEqualTo(1);
    String either =
        "poolcast backfill: error: give the events with either --input DIR or --from-kafka";
    assertThat(stderr().strip().lines())
        .containsExactly(
            either,
            either,
            "poolcast backfill: error: --from-kafka needs --bootstrap-servers",
            "poolcast backfill: error: --from-kafka needs --world (the folder of the reference"
                + " data)");
  }

  @Test
  void anArchiveTableWithoutDaysInAJobsWindowIsOneLineBeforeAnyJobStarts(@TempDir Path archive)
      throws Exception {
    // Shop orders cover the pooling window; the POS sales end long before sell-through's.
    Files.createDirectories(archive.resolve("events/shop_orders/event_date=2026-06-01"));
    Files.createDirectories(archive.resolve("events/pos_sales/event_date=2026-01-02"));
    Path out = archive.resolve("out");
    assertThat(
            PoolcastCli.run(
                "backfill",
                "--input=" + archive,
                "--out=" + out,
                "--from=2026-06-01",
                "--to=2026-06-02",
                "--jobs=pooling,sell-through"))
        .isEqualTo(1);
    assertThat(stdout()).isEmpty();
    assertThat(out).doesNotExist();
    assertThat(stderr().strip().lines())
        .containsExactly(
            "poolcast backfill: error: the sell-through backfill has no events to read: the event"
                + " archive table "
                + archive.resolve("events/pos_sales")
                + " has no event_date= partitions from 2026-03-29 to 2026-06-03");
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
