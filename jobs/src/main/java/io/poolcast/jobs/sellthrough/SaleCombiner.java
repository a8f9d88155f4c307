package io.poolcast.jobs.sellthrough;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * BATCH only: gathers a subtask's numbered sales per shop and region-local day into one {@link
 * ShopDaySales} each, so that the shop stage's exchange serialises, sorts and spills a record per
 * shop and day instead of one per sale (on the seed year, about a hundred sales each). It sends
 * what it holds once it holds {@link #DEFAULT_MAX_SALES} sales, and when its input ends; a shop's
 * day may then come in several records (also when its sales lie in two files of the archive, which
 * is partitioned by UTC day), and the shop stage adds them up as it adds up single sales. Chained
 * to the reading of the sales: no exchange in between.
 *
 * <p>A live job cannot use it: it would hold each sale until it sends the day's, and the shop stage
 * already holds the day's sales in its state.
 */
final class SaleCombiner extends AbstractStreamOperator<ShopDaySales>
    implements OneInputStreamOperator<ShopDaySales, ShopDaySales>, BoundedOneInput {
  private static final long serialVersionUID = 1L;

  /** Sales held before they are sent: 16 bytes each, about 16 MB a subtask. */
  static final int DEFAULT_MAX_SALES = 1 << 20;

  private final int maxSales;
  private transient Map<Long, Gathered> gathered;
  // Each shop's last gathered day, by shop number: most sales find their day here, without boxing
  // a key and a lookup in the map (which had been half of the gathering's time).
  private transient Gathered[] lastOfShop;
  private transient int held;
  private transient StreamRecord<ShopDaySales> reuse;

  SaleCombiner(int maxSales) {
    this.maxSales = maxSales;
  }

  @Override
  public void open() throws Exception {
    super.open();
    gathered = new LinkedHashMap<>();
    lastOfShop = new Gathered[0];
    reuse = new StreamRecord<>(null);
  }

  @Override
  public void processElement(StreamRecord<ShopDaySales> element) {
    ShopDaySales sales = element.getValue();
    Gathered day = lastOf(sales.shop());
    if (day == null || day.day != sales.day()) {
      day =
          gathered.computeIfAbsent(
              (long) sales.shop() << 32 | (sales.day() & 0xffffffffL),
              k -> new Gathered(sales.shop(), sales.day()));
      lastOfShop[sales.shop()] = day;
    }
    day.add(sales, element.hasTimestamp() ? element.getTimestamp() : Long.MIN_VALUE);
    held += sales.size();
    if (held >= maxSales) {
      send();
    }
  }

  /** The shop's last gathered day, with room made for its number. */
  private Gathered lastOf(int shop) {
    if (shop >= lastOfShop.length) {
      lastOfShop = Arrays.copyOf(lastOfShop, Math.max(shop + 1, 2 * lastOfShop.length));
    }
    return lastOfShop[shop];
  }

  @Override
  public void endInput() {
    send();
  }

  /** Each record carries the latest timestamp of its sales. */
  private void send() {
    for (Gathered day : gathered.values()) {
      output.collect(reuse.replace(day.sales(), day.latest));
    }
    gathered.clear();
    Arrays.fill(lastOfShop, null);
    held = 0;
  }

  /** One shop's sales of one day so far. */
  private static final class Gathered {
    private final int shop;
    private final int day;
    private int[] skus = new int[16];
    private int[] units = new int[16];
    private long[] valueCents = new long[16];
    private int size;
    private long latest = Long.MIN_VALUE;

    Gathered(int shop, int day) {
      this.shop = shop;
      this.day = day;
    }

    void add(ShopDaySales sales, long timestamp) {
      int needed = size + sales.size();
      if (needed > skus.length) {
        int capacity = Math.max(needed, skus.length * 2);
        skus = Arrays.copyOf(skus, capacity);
        units = Arrays.copyOf(units, capacity);
        valueCents = Arrays.copyOf(valueCents, capacity);
      }
      System.arraycopy(sales.skus(), 0, skus, size, sales.size());
      System.arraycopy(sales.units(), 0, units, size, sales.size());
      System.arraycopy(sales.valueCents(), 0, valueCents, size, sales.size());
      size = needed;
      latest = Math.max(latest, timestamp);
    }

    ShopDaySales sales() {
      return new ShopDaySales(
          shop,
          day,
          Arrays.copyOf(skus, size),
          Arrays.copyOf(units, size),
          Arrays.copyOf(valueCents, size),
          null);
    }
  }
}
