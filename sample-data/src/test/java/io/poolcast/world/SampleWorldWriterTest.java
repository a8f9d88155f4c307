package io.poolcast.world;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.EventJson;
import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorldWriterTest {
  private static final WorldSize SIZE = new WorldSize(2, 30, 16, 200, 15, 40, 14);
  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  @TempDir Path tmp;

  @Test
  void sameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws Exception {
    List<String> progress = new ArrayList<>();
    SampleWorldSummary first =
        SampleWorldWriter.write(
            tmp.resolve("a"),
            SIZE,
            42,
            START,
            14,
            true,
            (p, d, t) -> progress.add(p + d + "/" + t));
    SampleWorldWriter.write(tmp.resolve("b"), SIZE, 42, START, 14, true, ProgressListener.NONE);
    SampleWorldWriter.write(tmp.resolve("c"), SIZE, 43, START, 14, true, ProgressListener.NONE);

    TreeMap<String, String> a = hashes(tmp.resolve("a"));
    assertThat(a.keySet())
        .contains(
            "world/shops.csv",
            "world/skus.csv",
            "world/cutoff_calendars.csv",
            SampleWorldWriter.ORDERS_FILE,
            SampleWorldWriter.SALES_FILE,
            SampleWorldWriter.TRUTH_FILE);
    assertThat(hashes(tmp.resolve("b"))).isEqualTo(a);
    TreeMap<String, String> c = hashes(tmp.resolve("c"));
    assertThat(c.get(SampleWorldWriter.SALES_FILE))
        .isNotEqualTo(a.get(SampleWorldWriter.SALES_FILE));
    assertThat(c.get("world/skus.csv")).isNotEqualTo(a.get("world/skus.csv"));
    assertThat(progress).contains("events14/14");
    assertThat(first.files()).hasSize(a.size());
  }

  @Test
  void filesHoldTheEventsTheWorldAndTheTruth() throws IOException {
    SampleWorldSummary summary =
        SampleWorldWriter.write(tmp, SIZE, 5, START, 14, true, ProgressListener.NONE);
    World world = WorldCsv.read(tmp.resolve(SampleWorldWriter.WORLD_DIR));
    assertThat(world.shops()).hasSize(SIZE.shops());
    assertThat(world.skus()).hasSize(SIZE.skus());
    assertThat(world.suppliers()).hasSize(SIZE.suppliers());

    List<String> orders = Files.readAllLines(tmp.resolve(SampleWorldWriter.ORDERS_FILE));
    List<String> sales = Files.readAllLines(tmp.resolve(SampleWorldWriter.SALES_FILE));
    assertThat(orders).hasSize((int) summary.stats().orderEvents());
    assertThat(sales).hasSize((int) summary.stats().saleEvents());
    for (String line : orders) {
      assertThat(
              EventJson.decode(line.getBytes(StandardCharsets.UTF_8), ShopOrderEvent.class)
                  .isValid())
          .isTrue();
    }
    for (String line : sales) {
      assertThat(EventJson.decode(line.getBytes(StandardCharsets.UTF_8), PosSale.class).isValid())
          .isTrue();
    }

    List<String> truth = gunzipLines(tmp.resolve(SampleWorldWriter.TRUTH_FILE));
    assertThat(truth.get(0)).isEqualTo("unique_id,ds,y,sales,stock_out,on_promotion,shop_closed");
    assertThat(truth).hasSize((int) summary.truthRows() + 1);
    assertThat(summary.truthRows()).isEqualTo(summary.stats().activeShopSkuDays());
    assertThat(truth.get(1))
        .matches("shop-\\d{5}\\|sku-\\d{6},2026-01-05,\\d+,\\d+,[01],[01],[01]");
  }

  @Test
  void truthCanBeLeftOut() {
    SampleWorldSummary summary =
        SampleWorldWriter.write(tmp, SIZE, 5, START, 3, false, ProgressListener.NONE);
    assertThat(summary.truthRows()).isZero();
    assertThat(Files.exists(tmp.resolve(SampleWorldWriter.TRUTH_FILE))).isFalse();
  }

  @Test
  void seriesOnlyIsDeterministicAndHoldsThePosSalesOfTheTruth() throws IOException {
    SampleWorldSummary series =
        SampleWorldWriter.writeSeries(tmp.resolve("a"), SIZE, 42, START, 14, ProgressListener.NONE);
    SampleWorldWriter.writeSeries(tmp.resolve("b"), SIZE, 42, START, 14, ProgressListener.NONE);
    SampleWorldWriter.write(tmp.resolve("full"), SIZE, 42, START, 14, true, ProgressListener.NONE);

    TreeMap<String, String> a = hashes(tmp.resolve("a"));
    assertThat(a)
        .containsKey(SampleWorldWriter.SERIES_FILE)
        .doesNotContainKey(SampleWorldWriter.SALES_FILE);
    assertThat(hashes(tmp.resolve("b"))).isEqualTo(a);
    assertThat(a.get("world/skus.csv"))
        .isEqualTo(hashes(tmp.resolve("full")).get("world/skus.csv"));

    List<String> rows = gunzipLines(tmp.resolve("a").resolve(SampleWorldWriter.SERIES_FILE));
    List<String> truth = gunzipLines(tmp.resolve("full").resolve(SampleWorldWriter.TRUTH_FILE));
    assertThat(rows.get(0)).isEqualTo("unique_id,ds,y,shop,sku,region,category");
    assertThat(rows).hasSize(truth.size());
    assertThat(rows.size() - 1L).isEqualTo(series.stats().activeShopSkuDays());
    for (int i = 1; i < rows.size(); i++) {
      String[] row = rows.get(i).split(",");
      String[] t = truth.get(i).split(",");
      // same series and day, y = the units sold (truth column "sales"), not the true demand
      assertThat(new String[] {row[0], row[1], row[2]}).containsExactly(t[0], t[1], t[3]);
      assertThat(row[0]).isEqualTo(row[3] + "|" + row[4]);
    }
    assertThat(rows.get(1))
        .matches("shop-\\d{5}\\|sku-\\d{6},2026-01-05,\\d+,shop-\\d{5},sku-\\d{6},[a-z-]+,[a-z_]+");
  }

  @Test
  void aMarketWhereEveryShopListsEverySkuHasShopsTimesSkusSeries() throws IOException {
    WorldSize everything = new WorldSize(3, 4, 16, 60, 60, 60, 14);
    assertThat(everything.listsEverySku()).isTrue();
    assertThat(Scale.M5.size().listsEverySku()).isTrue();
    assertThat(SIZE.listsEverySku()).isFalse();
    SampleWorldWriter.writeSeries(tmp, everything, 3, START, 14, ProgressListener.NONE);
    List<String> rows = gunzipLines(tmp.resolve(SampleWorldWriter.SERIES_FILE));
    long series = rows.stream().skip(1).map(r -> r.substring(0, r.indexOf(','))).distinct().count();
    assertThat(series).isEqualTo(4 * 60);
  }

  private static List<String> gunzipLines(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  private static TreeMap<String, String> hashes(Path dir) throws IOException {
    TreeMap<String, String> out = new TreeMap<>();
    try (var files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), sha256(p));
      }
    }
    return out;
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
