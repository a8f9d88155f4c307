package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.TopicReader;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.connectors.parquet.ParquetFiles;
import io.poolcast.events.Insight;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.insight.StockCover;
import io.poolcast.jobs.flink.FlinkEnvironments;
import io.poolcast.jobs.sellthrough.SellThroughJob;
import io.poolcast.jobs.sellthrough.SellThroughWiring;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The demo's sell-through block: runs the sell-through job on the events already published and
 * prints the platform's last day and the latest findings. Self-contained, so the demo can add or
 * drop it in one line.
 */
final class SellThroughDemo {
  private static final int SHOWN = 3;

  private SellThroughDemo() {}

  static void run(
      KafkaConnection kafka, World world, Path out, int parallelism, ConsoleProgress progress)
      throws Exception {
    StreamExecutionEnvironment env = FlinkEnvironments.localBounded(parallelism);
    new SellThroughJob(
            SellThroughWiring.kafkaSources(kafka, true),
            SellThroughWiring.sinks(kafka, out.toAbsolutePath(), true),
            world)
        .build(env);
    FlinkRun.withProgress(env, "poolcast-demo-sell-through", progress);
    Path table = out.resolve(SellThroughWiring.SELL_THROUGH);
    LocalDate last = lastDay(rows(table.resolve("level=" + SellThroughRow.REGION_CATEGORY)));
    if (last != null) {
      movers(rows(table.resolve("level=" + SellThroughRow.REGION_SKU).resolve("date=" + last)));
    }
    findings(TopicReader.readAll(kafka, Topics.INSIGHTS, Insight.class, Duration.ofSeconds(60)));
    System.out.println("  sell-through rows (Parquet)    " + table);
  }

  /** Prints the platform's last day; returns it (null without rows). */
  private static LocalDate lastDay(List<SellThroughRow> categories) {
    LocalDate last =
        categories.stream().map(SellThroughRow::date).max(Comparator.naturalOrder()).orElse(null);
    if (last == null) {
      System.out.println("  no sell-through rows");
      return null;
    }
    List<SellThroughRow> day = categories.stream().filter(r -> r.date().equals(last)).toList();
    long listed = day.stream().mapToLong(SellThroughRow::listedSkus).sum();
    long selling = day.stream().mapToLong(SellThroughRow::sellingSkus).sum();
    long out = day.stream().mapToLong(SellThroughRow::stockOutSkus).sum();
    long units = day.stream().mapToLong(SellThroughRow::unitsSold).sum();
    System.out.printf(
        Locale.ROOT,
        "  %s, all regions: %,d units sold; %,d of %,d listings sold (sell-through %.1f%%);"
            + " %,d out of stock (%.1f%%)%n",
        last,
        units,
        selling,
        listed,
        100.0 * selling / Math.max(1, listed),
        out,
        100.0 * out / Math.max(1, listed));
    double stock = day.stream().mapToDouble(SellThroughRow::averageStockUnits).sum();
    double sales = day.stream().mapToDouble(SellThroughRow::averageDailyUnits).sum();
    System.out.printf(
        Locale.ROOT,
        "  turnover %.1f days (average stock %,.0f units / %,.0f sold a day, last 7 days)%n",
        StockCover.turnoverDays(stock, sales),
        stock,
        sales);
    return last;
  }

  /** How the last day's region × SKU rows split into ABC classes. */
  private static void movers(List<SellThroughRow> skus) {
    Map<String, Long> byClass =
        skus.stream()
            .filter(r -> r.abcClass() != null)
            .collect(Collectors.groupingBy(SellThroughRow::abcClass, Collectors.counting()));
    if (!byClass.isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "  region x SKU movers (per supplier and region, up to 28 days): %,d A, %,d B, %,d C%n",
          byClass.getOrDefault("A", 0L),
          byClass.getOrDefault("B", 0L),
          byClass.getOrDefault("C", 0L));
    }
  }

  private static void findings(List<Insight> insights) {
    long trends = insights.stream().filter(i -> i.kind().equals(Insight.TREND)).count();
    System.out.printf(
        Locale.ROOT,
        "  %,d findings on %s (%,d trends, %,d stock-out waves); the latest:%n",
        insights.size(),
        Topics.INSIGHTS,
        trends,
        insights.size() - trends);
    for (String kind : List.of(Insight.TREND, Insight.STOCK_OUT)) {
      insights.stream()
          .filter(i -> i.kind().equals(kind))
          .sorted(Comparator.comparing(Insight::date).reversed().thenComparing(Insight::insightId))
          .limit(SHOWN)
          .forEach(i -> System.out.println("    - " + i.sentence()));
    }
  }

  private static List<SellThroughRow> rows(Path level) {
    if (!Files.isDirectory(level)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(level)) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".parquet"))
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .flatMap(f -> ParquetFiles.read(f, SellThroughRow.class).stream())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + level, e);
    }
  }
}
