package io.poolcast.connectors.files;

import io.poolcast.events.RecordCsv;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.WorldCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * One-call exports of the real data sets into PoolCast's file formats, for the CLI. Inputs are read
 * in place; everything is written under {@code outDir}.
 */
public final class RealDataExports {
  public static final String WORLD_DIR = "world";
  public static final String SHOP_ORDERS = "events/shop-orders.jsonl";
  public static final String DAILY_BY_PRODUCT = "demand/daily_by_product.csv.gz";
  public static final String DAILY_BY_PRODUCT_COUNTRY = "demand/daily_by_product_country.csv.gz";
  public static final String DAILY_STORE_TRANSACTIONS = "demand/daily_store_transactions.csv.gz";
  public static final String FAVORITA_HOLIDAYS = "holidays.csv";

  private RealDataExports() {}

  /**
   * Writes {@code world/} (WorldCsv), {@code events/shop-orders.jsonl} (sorted by event time) and
   * the two daily demand files of the Online Retail file.
   */
  public static OnlineRetailExportSummary exportOnlineRetail(Path csvGz, Path outDir) {
    return exportOnlineRetail(OnlineRetailFile.read(csvGz), outDir);
  }

  /** As {@link #exportOnlineRetail(Path, Path)}, from rows already read. */
  public static OnlineRetailExportSummary exportOnlineRetail(OnlineRetailRows rows, Path outDir) {
    OnlineRetailData data = OnlineRetailAdapter.fromRows(rows);
    WorldCsv.write(data.world(), outDir.resolve(WORLD_DIR));
    long written;
    try (JsonLinesWriter<ShopOrderEvent> events = JsonLines.writer(outDir.resolve(SHOP_ORDERS))) {
      events.writeAll(data.events());
      written = events.written();
    }
    OnlineRetailDemand demand = OnlineRetailDemand.fromRows(rows);
    long productRows = demand.writeByProduct(outDir.resolve(DAILY_BY_PRODUCT));
    long productCountryRows =
        demand.writeByProductCountry(outDir.resolve(DAILY_BY_PRODUCT_COUNTRY));
    return new OnlineRetailExportSummary(
        outDir,
        data,
        written,
        demand.demandLines(),
        demand.byProduct().seriesCount(),
        productRows,
        demand.byProductCountry().seriesCount(),
        productCountryRows);
  }

  /**
   * Writes {@code world/regions.csv}, {@code world/shops.csv}, {@code world/holidays.csv} and
   * {@code demand/daily_store_transactions.csv.gz} from a Favorita folder.
   */
  public static FavoritaExportSummary exportFavorita(Path favoritaDir, Path outDir) {
    FavoritaAdapter favorita = FavoritaAdapter.load(favoritaDir);
    Path world = outDir.resolve(WORLD_DIR);
    List<Region> regions = favorita.regions();
    List<Shop> shops = favorita.shops();
    writeCsv(world.resolve(WorldCsv.REGIONS), Region.class, regions);
    writeCsv(world.resolve(WorldCsv.SHOPS), Shop.class, shops);
    writeCsv(world.resolve(FAVORITA_HOLIDAYS), FavoritaHoliday.class, favorita.holidays());
    long rows = favorita.writeDailySeries(outDir.resolve(DAILY_STORE_TRANSACTIONS));
    return new FavoritaExportSummary(
        outDir,
        regions.size(),
        shops.size(),
        favorita.holidays().size(),
        favorita.dailyTransactions().seriesCount(),
        rows,
        favorita.missingStoreDays(),
        favorita.rejected());
  }

  private static <T extends Record> void writeCsv(Path file, Class<T> type, List<T> rows) {
    try (Writer out = CompressedFiles.openWriter(file)) {
      RecordCsv.of(type).write(rows, out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
