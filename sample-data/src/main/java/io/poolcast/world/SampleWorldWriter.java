package io.poolcast.world;

import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a complete sample world to a directory:
 *
 * <pre>
 * dir/world/*.csv                   reference data ({@link WorldCsv})
 * dir/events/shop-orders.jsonl      ShopOrderEvent, one JSON per line, event-time order
 * dir/events/pos-sales.jsonl        PosSale, one JSON per line, event-time order
 * dir/truth/daily_demand.csv.gz     true demand per shop × SKU × day (see {@link TruthCsvWriter})
 * </pre>
 *
 * or, with {@link #writeSeries}, the reference data and only the POS sales as a long-format series
 * file:
 *
 * <pre>
 * dir/series/daily_sales.csv.gz     units sold per shop × SKU × day (see {@link SalesSeriesCsvWriter})
 * </pre>
 *
 * The same arguments always give byte-identical files.
 */
public final class SampleWorldWriter {
  public static final String WORLD_DIR = "world";
  public static final String ORDERS_FILE = "events/shop-orders.jsonl";
  public static final String SALES_FILE = "events/pos-sales.jsonl";
  public static final String TRUTH_FILE = "truth/daily_demand.csv.gz";
  public static final String SERIES_FILE = "series/daily_sales.csv.gz";

  /** Series-only runs still simulate orders (they drive the stock) but write no events. */
  private static final EventSink NO_EVENTS =
      new EventSink() {
        @Override
        public void order(ShopOrderEvent event) {}

        @Override
        public void sale(PosSale sale) {}
      };

  private SampleWorldWriter() {}

  /**
   * Writes a standard-scale world. The truth file is written for {@link Scale#SMALL}; at {@link
   * Scale#SEED} it would hold about 280 million rows a year, so it is skipped (use the overload
   * with {@code includeTruth} to force it).
   */
  public static SampleWorldSummary write(
      Path dir, Scale scale, long seed, LocalDate start, int days, ProgressListener progress) {
    return write(dir, scale.size(), seed, start, days, scale == Scale.SMALL, progress);
  }

  public static SampleWorldSummary write(
      Path dir,
      WorldSize size,
      long seed,
      LocalDate start,
      int days,
      boolean includeTruth,
      ProgressListener progress) {
    try {
      return writeFiles(dir, size, seed, start, days, includeTruth, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the reference data and the POS sales of every active shop × SKU × day as one long-format
   * series file ({@link #SERIES_FILE}) instead of the event files: at {@link Scale#M5} the events
   * would be about 5 GB of JSON lines, the series file is about 330 MB.
   */
  public static SampleWorldSummary writeSeries(
      Path dir, WorldSize size, long seed, LocalDate start, int days, ProgressListener progress) {
    try {
      WorldGenerator generator = new WorldGenerator(size, seed, start, days);
      World world = writeWorld(dir, generator, progress);
      Path file = dir.resolve(SERIES_FILE);
      Files.createDirectories(file.getParent());
      GenerationStats stats;
      try (SalesSeriesCsvWriter series = new SalesSeriesCsvWriter(file, world)) {
        stats = generator.generateEvents(NO_EVENTS, series, progress);
      }
      return summary(dir, generator, world, stats, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static World writeWorld(Path dir, WorldGenerator generator, ProgressListener progress)
      throws IOException {
    progress.progress("world", 0, 1);
    World world = generator.world();
    WorldCsv.write(world, dir.resolve(WORLD_DIR));
    progress.progress("world", 1, 1);
    return world;
  }

  private static SampleWorldSummary writeFiles(
      Path dir,
      WorldSize size,
      long seed,
      LocalDate start,
      int days,
      boolean includeTruth,
      ProgressListener progress)
      throws IOException {
    WorldGenerator generator = new WorldGenerator(size, seed, start, days);
    World world = writeWorld(dir, generator, progress);
    Files.createDirectories(dir.resolve(ORDERS_FILE).getParent());
    GenerationStats stats;
    long truthRows = 0;
    try (JsonlEventSink events =
        new JsonlEventSink(dir.resolve(ORDERS_FILE), dir.resolve(SALES_FILE))) {
      if (includeTruth) {
        Files.createDirectories(dir.resolve(TRUTH_FILE).getParent());
        try (TruthCsvWriter truth = new TruthCsvWriter(dir.resolve(TRUTH_FILE))) {
          stats = generator.generateEvents(events, truth, progress);
          truthRows = truth.rows();
        }
      } else {
        stats = generator.generateEvents(events, DemandSink.NONE, progress);
      }
    }
    return summary(dir, generator, world, stats, truthRows);
  }

  private static SampleWorldSummary summary(
      Path dir, WorldGenerator generator, World world, GenerationStats stats, long truthRows)
      throws IOException {
    return new SampleWorldSummary(
        dir,
        generator.size(),
        generator.seed(),
        generator.start(),
        generator.days(),
        world.shops().size(),
        world.suppliers().size(),
        world.skus().size(),
        stats,
        truthRows,
        listFiles(dir));
  }

  private static List<SampleWorldSummary.OutputFile> listFiles(Path dir) throws IOException {
    List<SampleWorldSummary.OutputFile> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
        files.add(
            new SampleWorldSummary.OutputFile(
                dir.relativize(p).toString().replace('\\', '/'), Files.size(p)));
      }
    }
    return files;
  }
}
