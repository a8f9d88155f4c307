package io.poolcast.world;

import io.poolcast.events.EventJson;
import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes orders and sales as JSON lines ({@link EventJson}) to two files, in arrival order. JSON
 * encoding is the most expensive step at SEED scale, so events are encoded in batches on all cores
 * (the order of lines is kept, so files stay byte-identical).
 */
public final class JsonlEventSink implements EventSink, Closeable {
  private static final int BUFFER = 1 << 20;
  private static final int BATCH = 16_384;

  private final Writer orders;
  private final Writer sales;
  private final List<Object> batch = new ArrayList<>(BATCH);

  public JsonlEventSink(Path ordersFile, Path salesFile) throws IOException {
    this.orders = open(ordersFile);
    this.sales = open(salesFile);
  }

  private static Writer open(Path file) throws IOException {
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER);
  }

  @Override
  public void order(ShopOrderEvent event) {
    add(event);
  }

  @Override
  public void sale(PosSale sale) {
    add(sale);
  }

  private void add(Object event) {
    batch.add(event);
    if (batch.size() >= BATCH) {
      flushBatch();
    }
  }

  private void flushBatch() {
    List<String> json = batch.parallelStream().map(EventJson::toJson).toList();
    try {
      for (int i = 0; i < json.size(); i++) {
        Writer out = batch.get(i) instanceof PosSale ? sales : orders;
        out.write(json.get(i));
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    batch.clear();
  }

  @Override
  public void close() throws IOException {
    try (orders;
        sales) {
      flushBatch();
      orders.flush();
      sales.flush();
    }
  }
}
