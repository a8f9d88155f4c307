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

    List<String> truth;
    try (InputStream in =
        new GZIPInputStream(Files.newInputStream(tmp.resolve(SampleWorldWriter.TRUTH_FILE)))) {
      truth = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
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
