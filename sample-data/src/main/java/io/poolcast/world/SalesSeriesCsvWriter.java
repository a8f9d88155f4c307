package io.poolcast.world;

import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Writes POS sell-through as a gzipped long-format series file for the forecaster: {@code
 * unique_id,ds,y,shop,sku,region,category}, one row per active shop × SKU × day (zeros included, so
 * every series runs to the last day), where {@code unique_id} is {@code shop|sku} and {@code y} the
 * units sold (demand censored by stock-outs, as a retailer sees it). It is the event stream's POS
 * sales in the shape of the M5 data, without the tens of gigabytes of JSON lines.
 *
 * <p>Rows are written by hand rather than through a CSV library: at M5 size there are 59 million of
 * them, and every value is a generator-made id, date or number that never needs quoting. The gzip
 * header carries no timestamp, so the file is byte-identical for the same seed.
 */
public final class SalesSeriesCsvWriter implements DemandSink, Closeable {
  public static final String HEADER = "unique_id,ds,y,shop,sku,region,category";

  private final Writer out;
  private final Map<String, String> regionOfShop = new HashMap<>();
  private final Map<String, String> categoryOfSku = new HashMap<>();
  private LocalDate lastDate;
  private String lastDateText;

  public SalesSeriesCsvWriter(Path file, World world) throws IOException {
    for (Shop shop : world.shops()) {
      regionOfShop.put(shop.shopId(), shop.regionId());
    }
    for (Sku sku : world.skus()) {
      categoryOfSku.put(sku.sku(), sku.category());
    }
    out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8),
            1 << 20);
    out.write(HEADER);
    out.write('\n');
  }

  @Override
  public void observe(DemandObservation o) {
    if (!o.date().equals(lastDate)) { // observations come day by day: format each date once
      lastDate = o.date();
      lastDateText = lastDate.toString();
    }
    try {
      out.write(o.shopId());
      out.write('|');
      out.write(o.sku());
      out.write(',');
      out.write(lastDateText);
      out.write(',');
      out.write(Integer.toString(o.sales()));
      out.write(',');
      out.write(o.shopId());
      out.write(',');
      out.write(o.sku());
      out.write(',');
      out.write(regionOfShop.get(o.shopId()));
      out.write(',');
      out.write(categoryOfSku.get(o.sku()));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
