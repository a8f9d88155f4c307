package io.poolcast.world;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the ground truth as gzipped long-format CSV for forecasting tests: {@code
 * unique_id,ds,y,sales,stock_out,on_promotion,shop_closed}, where {@code unique_id} is {@code
 * shop|sku}, {@code y} is the true (uncensored) demand and flags are 0/1. The gzip header carries
 * no timestamp, so the file is byte-identical for the same seed.
 */
public final class TruthCsvWriter implements DemandSink, Closeable {
  public static final String[] HEADER = {
    "unique_id", "ds", "y", "sales", "stock_out", "on_promotion", "shop_closed"
  };

  private final CSVPrinter printer;
  private long rows;

  public TruthCsvWriter(Path file) throws IOException {
    BufferedWriter out =
        new BufferedWriter(
            new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8),
            1 << 20);
    printer =
        CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').build().print(out);
  }

  @Override
  public void observe(DemandObservation o) {
    try {
      printer.printRecord(
          o.uniqueId(),
          o.date(),
          o.demand(),
          o.sales(),
          o.stockOut() ? 1 : 0,
          o.onPromotion() ? 1 : 0,
          o.shopClosed() ? 1 : 0);
      rows++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public long rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}
