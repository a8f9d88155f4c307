package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.poolcast.events.EventJson;
import io.poolcast.jobs.testing.DuckDbRows;
import io.poolcast.jobs.testing.TestWorlds;
import io.poolcast.world.SampleWorldWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backfill from CSV exports of the events (shop orders one row per order line) gives the rows the
 * same events give from JSON lines; a row that is not an event is a dead letter, counted.
 */
class BackfillFromCsvTest {
  private static final List<String> ORDER_COLUMNS =
      List.of(
          "event_id",
          "order_id",
          "version",
          "type",
          "shop_id",
          "supplier_id",
          "region_id",
          "event_time",
          "requested_delivery_date",
          "latest_delivery_date",
          "sku",
          "quantity",
          "list_price_cents");
  private static final List<String> SALE_COLUMNS =
      List.of(
          "sale_id", "shop_id", "region_id", "sku", "quantity", "unit_price_cents", "event_time");

  private static Path world;
  private static Path csv;

  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @BeforeAll
  static void writeWorldAndItsCsv(@TempDir Path dir) throws IOException {
    world = dir.resolve("world");
    TestWorlds.writeSmall(world, LocalDate.of(2026, 1, 5), 16);
    csv = dir.resolve("csv");
    Files.createDirectories(csv.resolve("events"));
    toCsv(world.resolve(SampleWorldWriter.ORDERS_FILE), csv.resolve("events/shop-orders.csv"));
    toCsv(world.resolve(SampleWorldWriter.SALES_FILE), csv.resolve("events/pos-sales.csv"));
  }

  @Test
  void csvExportsGiveTheRowsTheirJsonLinesGive(@TempDir Path dir) throws Exception {
    Path fromJson = dir.resolve("from-json");
    Path fromCsv = dir.resolve("from-csv");

    assertThat(backfill("--input=" + world, "--out=" + fromJson)).isZero();
    assertThat(backfill("--input=" + csv, "--world=" + world, "--out=" + fromCsv)).isZero();

    assertThat(console.stdout()).contains(csv.resolve("events/shop-orders.csv").toString());
    for (String table : List.of("pooled_orders", "pool_allocations", "sell_through")) {
      List<String> expected = DuckDbRows.table(fromJson, table);
      assertThat(expected).as(table).isNotEmpty();
      assertThat(DuckDbRows.table(fromCsv, table)).as(table).isEqualTo(expected);
    }
  }

  @Test
  void aRowThatIsNoEventIsADeadLetterAndTheRestIsRead(@TempDir Path dir) throws Exception {
    Path orders = dir.resolve("shop-orders.csv");
    List<String> lines = Files.readAllLines(csv.resolve("events/shop-orders.csv"));
    lines.add(2, "x-1,o-x,not-a-number,PLACED,shop-1,sup-1,north,2026-01-12T08:00:00Z,,,sku-1,1,1");
    Files.write(orders, lines);

    int code =
        PoolcastCli.run(
            "backfill",
            "--input=" + orders,
            "--world=" + world,
            "--out=" + dir.resolve("out"),
            "--from=2026-01-12",
            "--to=2026-01-15",
            "--parallelism=2");

    assertThat(code).isZero();
    assertThat(console.stdout()).contains("dead letters: {UNPARSEABLE=1}");
    assertThat(DuckDbRows.table(dir.resolve("out"), "pooled_orders")).isNotEmpty();
  }

  private static int backfill(String... args) {
    List<String> all =
        new ArrayList<>(
            List.of(
                "backfill",
                "--from=2026-01-12",
                "--to=2026-01-15",
                "--jobs=pooling,sell-through",
                "--parallelism=2"));
    all.addAll(List.of(args));
    return PoolcastCli.run(all.toArray(String[]::new));
  }

  /** A JSON-lines file as CSV: one row per element of {@code lines} when the events have them. */
  private static void toCsv(Path jsonLines, Path to) throws IOException {
    boolean orders = to.getFileName().toString().startsWith("shop-orders");
    List<String> columns = orders ? ORDER_COLUMNS : SALE_COLUMNS;
    try (Writer out = Files.newBufferedWriter(to);
        CSVPrinter printer =
            CSVFormat.DEFAULT
                .builder()
                .setHeader(columns.toArray(String[]::new))
                .build()
                .print(out)) {
      for (String line : Files.readAllLines(jsonLines)) {
        JsonNode event = EventJson.mapper().readTree(line);
        List<JsonNode> elements = new ArrayList<>();
        if (orders) {
          event.get("lines").forEach(elements::add);
        }
        if (elements.isEmpty()) {
          elements.add(event); // a sale, or an order without lines: one row, no line cells
        }
        for (JsonNode element : elements) {
          List<String> row = new ArrayList<>();
          for (String column : columns) {
            JsonNode value = element.has(column) ? element.get(column) : event.get(column);
            row.add(value == null || value.isNull() ? "" : value.asText());
          }
          printer.printRecord(row);
        }
      }
    }
  }
}
