package io.poolcast.connectors.files;

import java.nio.file.Path;

/**
 * What {@link RealDataExports#exportFavorita} wrote.
 *
 * @param outDir the output folder
 * @param regions regions (cities) in {@code world/regions.csv}
 * @param shops shops (stores) in {@code world/shops.csv}
 * @param holidays rows in {@code world/holidays.csv}
 * @param series store series in {@code demand/daily_store_transactions.csv.gz}
 * @param seriesRows rows in it
 * @param missingStoreDays store-days absent between each store's first and last day (gaps)
 * @param rejected rows not used, per reason
 */
public record FavoritaExportSummary(
    Path outDir,
    int regions,
    int shops,
    int holidays,
    int series,
    long seriesRows,
    long missingStoreDays,
    RejectedRows rejected) {

  public String describe() {
    return "regions: "
        + regions
        + ", shops: "
        + shops
        + ", holidays: "
        + holidays
        + '\n'
        + "store series: "
        + series
        + " ("
        + seriesRows
        + " rows, "
        + missingStoreDays
        + " missing store-days left as gaps)\n"
        + "rejected: "
        + rejected.counts()
        + '\n';
  }
}
