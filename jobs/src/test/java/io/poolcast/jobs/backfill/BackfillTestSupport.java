package io.poolcast.jobs.backfill;

import io.poolcast.connectors.parquet.HivePartitionedWriter;
import io.poolcast.events.EventJson;
import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import io.poolcast.jobs.archive.EventArchiveWiring;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.testing.DuckDbRows;
import io.poolcast.world.SampleWorldWriter;
import io.poolcast.world.WorldSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** What the backfill tests share: environments, file fingerprints and DuckDB queries. */
final class BackfillTestSupport {
  private BackfillTestSupport() {}

  /** A bounded environment in {@code runtimeMode} (BATCH or STREAMING), no restarts. */
  static StreamExecutionEnvironment env(String runtimeMode, int parallelism) {
    Map<String, String> settings = FlinkEnvironments.boundedSettings();
    settings.put("execution.runtime-mode", runtimeMode);
    settings.put("restart-strategy.type", "none");
    // Every operator at the given parallelism: BATCH would otherwise size each stage by its
    // input, and these small inputs would run on one subtask, leaving the paths of several
    // (split keys, partial sums, a file per subtask) untested.
    settings.put("execution.batch.adaptive.auto-parallelism.enabled", "false");
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(Configuration.fromMap(settings));
    env.setParallelism(parallelism);
    return env;
  }

  /**
   * A small generated market (2 regions, 20 shops) of {@code days} days from {@code start} under
   * {@code dir}: its events in {@link SampleWorldWriter#SALES_FILE} and {@link
   * SampleWorldWriter#ORDERS_FILE}, its reference data returned.
   */
  static World sampleWorld(Path dir, LocalDate start, int days) throws IOException {
    SampleWorldWriter.write(
        dir, new WorldSize(2, 20, 16, 150, 15, 40, 5), 11L, start, days, false, (p, d, t) -> {});
    return WorldCsv.read(dir.resolve("world"));
  }

  /** Every file under {@code dir} with its SHA-256, by relative path. */
  static Map<String, String> contents(Path dir) throws Exception {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.filter(Files::isRegularFile).toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        files.put(dir.relativize(p).toString(), HexFormat.of().formatHex(digest));
      }
    }
    return files;
  }

  /**
   * Writes JSON-lines events as the {@code archive} job's Parquet tables under {@code out} ({@code
   * events/shop_orders/}, {@code events/pos_sales/}, partitioned as the job partitions them).
   */
  static void writeArchive(Path out, List<String> shopOrders, List<String> posSales) {
    HivePartitionedWriter.write(
        out.resolve("events/shop_orders"),
        ShopOrderEvent.class,
        shopOrders.stream().map(l -> EventJson.fromJson(l, ShopOrderEvent.class)).toList(),
        EventArchiveWiring.shopOrderPartitions());
    HivePartitionedWriter.write(
        out.resolve("events/pos_sales"),
        PosSale.class,
        posSales.stream().map(l -> EventJson.fromJson(l, PosSale.class)).toList(),
        EventArchiveWiring.posSalePartitions());
  }

  /** Puts a file with {@code content} as the one file of {@code table/partition}. */
  static void plant(Path table, String partition, String content) throws IOException {
    Path file = table.resolve(partition).resolve(HivePartitionedWriter.FILE_NAME);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  /** The rows of a DuckDB query, columns joined by {@code |}. */
  static List<String> query(String sql) throws Exception {
    return DuckDbRows.of(sql);
  }
}
