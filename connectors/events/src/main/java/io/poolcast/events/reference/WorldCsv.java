package io.poolcast.events.reference;

import io.poolcast.events.RecordCsv;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The on-disk form of a {@link World}: one CSV file per reference type in one directory ({@code
 * regions.csv}, {@code shops.csv}, {@code suppliers.csv}, {@code skus.csv}, {@code
 * price_tiers.csv}, {@code category_tiers.csv}, {@code cutoff_calendars.csv}). Columns are the
 * snake_case record components; list cells are joined by {@code |}. Documented in {@code
 * docs/topics.md}.
 */
public final class WorldCsv {
  public static final String REGIONS = "regions.csv";
  public static final String SHOPS = "shops.csv";
  public static final String SUPPLIERS = "suppliers.csv";
  public static final String SKUS = "skus.csv";
  public static final String PRICE_TIERS = "price_tiers.csv";
  public static final String CATEGORY_TIERS = "category_tiers.csv";
  public static final String CUTOFF_CALENDARS = "cutoff_calendars.csv";

  private WorldCsv() {}

  public static void write(World world, Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    writeFile(dir.resolve(REGIONS), Region.class, world.regions());
    writeFile(dir.resolve(SHOPS), Shop.class, world.shops());
    writeFile(dir.resolve(SUPPLIERS), Supplier.class, world.suppliers());
    writeFile(dir.resolve(SKUS), Sku.class, world.skus());
    writeFile(dir.resolve(PRICE_TIERS), PriceTier.class, world.priceTiers());
    writeFile(dir.resolve(CATEGORY_TIERS), CategoryTier.class, world.categoryTiers());
    writeFile(dir.resolve(CUTOFF_CALENDARS), CutoffCalendar.class, world.cutoffCalendars());
  }

  /**
   * Reads a world directory.
   *
   * @throws IllegalArgumentException if a file is missing or a cell cannot be read; the message
   *     names the file, line and column
   */
  public static World read(Path dir) {
    return new World(
        readFile(dir.resolve(REGIONS), Region.class),
        readFile(dir.resolve(SHOPS), Shop.class),
        readFile(dir.resolve(SUPPLIERS), Supplier.class),
        readFile(dir.resolve(SKUS), Sku.class),
        readFile(dir.resolve(PRICE_TIERS), PriceTier.class),
        readFile(dir.resolve(CATEGORY_TIERS), CategoryTier.class),
        readFile(dir.resolve(CUTOFF_CALENDARS), CutoffCalendar.class));
  }

  private static <T extends Record> void writeFile(Path file, Class<T> type, List<T> rows) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      RecordCsv.of(type).write(rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T extends Record> List<T> readFile(Path file, Class<T> type) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("world file missing: " + file);
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return RecordCsv.of(type).read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
