package io.poolcast.jobs.sellthrough;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.PosSale;
import io.poolcast.jobs.flink.DeadLetterFactory;
import io.poolcast.jobs.pooling.WorldSnapshot;
import io.poolcast.pooling.LocalDayLookup;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * POS sales as the shop stage takes them, before its exchange: each on its own as a {@link
 * ShopDaySales}, its shop and SKU numbered, its region-local day. A sale naming a shop or SKU the
 * reference data does not list (or a shop of a region it has no zone for) is an {@link
 * DeadLetterReason#UNKNOWN_REFERENCE} dead letter, counted ({@code unknownReferences}).
 */
public final class SaleNumbering extends ProcessFunction<PosSale, ShopDaySales> {
  private static final long serialVersionUID = 1L;

  private final WorldSnapshot world;
  private final boolean keepEvents;
  private transient SaleNumbers numbers;
  private transient Counter unknown;

  /**
   * @param keepEvents whether each record carries its sale, for the dead letter of a sale the shop
   *     stage finds late (a STREAMING job; a BATCH run never does)
   */
  public SaleNumbering(WorldSnapshot world, boolean keepEvents) {
    this.world = world;
    this.keepEvents = keepEvents;
  }

  @Override
  public void open(OpenContext openContext) {
    numbers = new SaleNumbers(world.world());
    unknown =
        getRuntimeContext().getMetricGroup().addGroup("poolcast").counter("unknownReferences");
  }

  @Override
  public void processElement(PosSale sale, Context ctx, Collector<ShopDaySales> out) {
    int shop = numbers.shop(sale.shopId());
    int sku = numbers.sku(sale.sku());
    LocalDayLookup days = shop == SaleNumbers.UNKNOWN ? null : numbers.days(shop);
    if (days == null || sku == SaleNumbers.UNKNOWN) {
      unknown.inc();
      ctx.output(
          DeadLetters.TAG,
          DeadLetterFactory.refused(
              DeadLetterReason.UNKNOWN_REFERENCE,
              "unknown shop or SKU in sale",
              ShopStockFunction.SOURCE,
              sale,
              sale.eventTime()));
      return;
    }
    int day = Math.toIntExact(days.epochDayOf(sale.eventTime()));
    out.collect(
        ShopDaySales.of(
            shop, day, sku, sale.quantity(), sale.valueCents(), keepEvents ? sale : null));
  }
}
