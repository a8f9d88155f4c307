package io.poolcast.connectors.files;

import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.ShopFormat;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Favorita's side files ({@code stores.csv}, {@code holidays_events.csv}, {@code
 * transactions.csv.gz}) as PoolCast regions, shops, holiday dates and daily series. One region per
 * city ({@code fav-<city-slug>}, zone America/Guayaquil), since local holidays are per city; one
 * shop per store ({@code fav-<store_nbr>}; types A and B are {@code COMMUNITY_SUPERMARKET}, C, D
 * and E {@code CONVENIENCE_STORE}; opened on its first day with transactions). Missing store-days
 * in the transactions are kept as gaps, never zeros: a missing day means the store was closed or
 * did not report (e.g. every store on 25 December), which is not a day with no customers.
 */
public final class FavoritaAdapter {
  public static final String ZONE = "America/Guayaquil";
  public static final String STORES = "stores.csv";
  public static final String HOLIDAYS = "holidays_events.csv";
  public static final String TRANSACTIONS = "transactions.csv.gz";
  static final String REGION_PREFIX = "fav-";
  static final String SHOP_PREFIX = "fav-";

  private final Map<Integer, FavoritaStore> stores;
  private final List<FavoritaHoliday> holidays;
  private final DailySeries transactions;
  private final RejectedRows rejected;

  private FavoritaAdapter(
      Map<Integer, FavoritaStore> stores,
      List<FavoritaHoliday> holidays,
      DailySeries transactions,
      RejectedRows rejected) {
    this.stores = stores;
    this.holidays = holidays;
    this.transactions = transactions;
    this.rejected = rejected;
  }

  /**
   * Reads the three files from a Favorita folder. {@code transactions.csv} is read instead of the
   * .gz when only the plain file exists.
   */
  public static FavoritaAdapter load(Path favoritaDir) {
    RejectedRows.Tally rejected = new RejectedRows.Tally();
    Map<Integer, FavoritaStore> stores = readStores(favoritaDir.resolve(STORES), rejected);
    List<FavoritaHoliday> holidays = readHolidays(favoritaDir.resolve(HOLIDAYS), rejected);
    DailySeries transactions = readTransactions(transactionsFile(favoritaDir), stores, rejected);
    return new FavoritaAdapter(stores, holidays, transactions, rejected.build());
  }

  private static Path transactionsFile(Path dir) {
    Path gz = dir.resolve(TRANSACTIONS);
    Path plain = dir.resolve("transactions.csv");
    return Files.exists(gz) || !Files.exists(plain) ? gz : plain;
  }

  public List<FavoritaStore> stores() {
    return List.copyOf(stores.values());
  }

  public static String regionIdOf(String city) {
    return REGION_PREFIX + CountryZones.slug(city);
  }

  public static String shopIdOf(int storeNbr) {
    return SHOP_PREFIX + storeNbr;
  }

  public static String seriesIdOf(int storeNbr) {
    return "store_" + storeNbr;
  }

  /** One region per city, sorted by id. */
  public List<Region> regions() {
    Map<String, Region> regions = new TreeMap<>();
    for (FavoritaStore s : stores.values()) {
      String id = regionIdOf(s.city());
      regions.putIfAbsent(id, new Region(id, s.city() + " (" + s.state() + ")", ZONE));
    }
    return List.copyOf(regions.values());
  }

  public List<Shop> shops() {
    List<Shop> shops = new ArrayList<>();
    for (FavoritaStore s : stores.values()) {
      NavigableMap<LocalDate, Long> days = transactions.observed(seriesIdOf(s.storeNbr()));
      shops.add(
          new Shop(
              shopIdOf(s.storeNbr()),
              "Favorita " + s.storeNbr() + " " + s.city(),
              regionIdOf(s.city()),
              formatOf(s.type()),
              days.isEmpty() ? null : days.firstKey()));
    }
    return shops;
  }

  static ShopFormat formatOf(String storeType) {
    return storeType.equals("A") || storeType.equals("B")
        ? ShopFormat.COMMUNITY_SUPERMARKET
        : ShopFormat.CONVENIENCE_STORE;
  }

  public List<FavoritaHoliday> holidays() {
    return holidays;
  }

  /**
   * Days off in a city: national days off, the state's regional ones and the city's local ones
   * (types Holiday, Transfer, Additional, Bridge; a transferred Holiday is not a day off, its
   * Transfer row is). Sorted, without duplicates.
   */
  public List<LocalDate> daysOff(String city, String state) {
    TreeSet<LocalDate> days = new TreeSet<>();
    for (FavoritaHoliday h : holidays) {
      if (h.isDayOffIn(city, state)) {
        days.add(h.date());
      }
    }
    return List.copyOf(days);
  }

  /** Daily transactions per store; missing days are gaps. */
  public DailySeries dailyTransactions() {
    return transactions;
  }

  /**
   * Writes {@code unique_id,ds,y,store_nbr,city,state,type,cluster} (unique_id = {@code
   * store_<nbr>}, y = transactions), csv or gzip by extension. Missing days are not written.
   *
   * @return rows written
   */
  public long writeDailySeries(Path out) {
    return transactions.write(out);
  }

  /** Store-days missing between each store's first and last day with transactions. */
  public long missingStoreDays() {
    long missing = 0;
    for (String id : transactions.uniqueIds()) {
      NavigableMap<LocalDate, Long> days = transactions.observed(id);
      missing += ChronoUnit.DAYS.between(days.firstKey(), days.lastKey()) + 1 - days.size();
    }
    return missing;
  }

  public RejectedRows rejected() {
    return rejected;
  }

  private static Map<Integer, FavoritaStore> readStores(Path file, RejectedRows.Tally rejected) {
    Map<Integer, FavoritaStore> stores = new TreeMap<>();
    for (CSVRecord r : records(file)) {
      try {
        FavoritaStore s =
            new FavoritaStore(
                Integer.parseInt(r.get("store_nbr").trim()),
                r.get("city").trim(),
                r.get("state").trim(),
                r.get("type").trim(),
                Integer.parseInt(r.get("cluster").trim()));
        stores.put(s.storeNbr(), s);
      } catch (RuntimeException e) {
        rejected.add(RejectReason.MALFORMED, r.getRecordNumber() + 1, STORES + ": " + e);
      }
    }
    return stores;
  }

  private static List<FavoritaHoliday> readHolidays(Path file, RejectedRows.Tally rejected) {
    List<FavoritaHoliday> holidays = new ArrayList<>();
    for (CSVRecord r : records(file)) {
      try {
        holidays.add(
            new FavoritaHoliday(
                LocalDate.parse(r.get("date").trim()),
                r.get("type").trim(),
                r.get("locale").trim(),
                r.get("locale_name").trim(),
                r.get("description").trim(),
                Boolean.parseBoolean(r.get("transferred").trim())));
      } catch (RuntimeException e) {
        rejected.add(RejectReason.MALFORMED, r.getRecordNumber() + 1, HOLIDAYS + ": " + e);
      }
    }
    return List.copyOf(holidays);
  }

  private static DailySeries readTransactions(
      Path file, Map<Integer, FavoritaStore> stores, RejectedRows.Tally rejected) {
    DailySeries.Builder series =
        DailySeries.builder(List.of("store_nbr", "city", "state", "type", "cluster"));
    for (FavoritaStore s : stores.values()) {
      series.attributes(
          seriesIdOf(s.storeNbr()),
          List.of(
              Integer.toString(s.storeNbr()),
              s.city(),
              s.state(),
              s.type(),
              Integer.toString(s.cluster())));
    }
    Set<String> seen = new HashSet<>();
    for (CSVRecord r : records(file)) {
      addTransaction(r, stores, seen, series, rejected);
    }
    return series.keepGaps();
  }

  private static void addTransaction(
      CSVRecord r,
      Map<Integer, FavoritaStore> stores,
      Set<String> seen,
      DailySeries.Builder series,
      RejectedRows.Tally rejected) {
    long line = r.getRecordNumber() + 1;
    LocalDate day;
    int store;
    long count;
    try {
      day = LocalDate.parse(r.get("date").trim());
      store = Integer.parseInt(r.get("store_nbr").trim());
      count = Long.parseLong(r.get("transactions").trim());
    } catch (RuntimeException e) {
      rejected.add(RejectReason.MALFORMED, line, TRANSACTIONS + ": " + e);
      return;
    }
    String where = TRANSACTIONS + ": store " + store + " on " + day;
    if (!stores.containsKey(store)) {
      rejected.add(RejectReason.UNKNOWN_STORE, line, where);
    } else if (count < 0) {
      rejected.add(RejectReason.NEGATIVE_VALUE, line, where + ": " + count);
    } else if (!seen.add(store + "/" + day)) {
      rejected.add(RejectReason.DUPLICATE_ROW, line, where + " again");
    } else {
      series.add(seriesIdOf(store), day, count);
    }
  }

  /** All records of a small CSV file with a header (read fully, then closed). */
  private static List<CSVRecord> records(Path file) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader in = CompressedFiles.openReader(file);
        CSVParser parser = format.parse(in)) {
      return parser.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
