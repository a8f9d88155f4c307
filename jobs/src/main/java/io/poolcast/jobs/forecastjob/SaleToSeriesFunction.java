package io.poolcast.jobs.forecastjob;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.PosSale;
import io.poolcast.forecasting.daily.SeriesKey;
import io.poolcast.jobs.flink.DeadLetterFactory;
import io.poolcast.jobs.flink.RegionZones;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Splits each POS sale into the series it counts for ({@link SaleSeries}). Sales of an unknown
 * region, shop or SKU are dead letters ({@code UNKNOWN_REFERENCE}); sales whose region-local day
 * has already closed are dead letters ({@code TOO_LATE}), checked once here so a late sale is one
 * dead letter, not one per series.
 */
public final class SaleToSeriesFunction extends ProcessFunction<PosSale, SeriesDemand> {
  private static final long serialVersionUID = 1L;

  /** What the job's dead letters name as their source. */
  public static final String SOURCE = "forecast";

  private final RegionZones zones;
  private final SkuCatalog skus;
  private final ShopIds shops;

  public SaleToSeriesFunction(RegionZones zones, SkuCatalog skus, ShopIds shops) {
    this.zones = zones;
    this.skus = skus;
    this.shops = shops;
  }

  @Override
  public void processElement(PosSale sale, Context ctx, Collector<SeriesDemand> out) {
    Optional<ZoneId> zone = zones.zoneOf(sale.regionId());
    if (zone.isEmpty() || skus.of(sale.sku()).isEmpty() || !shops.knows(sale.shopId())) {
      String what =
          zone.isEmpty()
              ? "region '" + sale.regionId() + "'"
              : skus.of(sale.sku()).isEmpty()
                  ? "SKU '" + sale.sku() + "'"
                  : "shop '" + sale.shopId() + "'";
      refuse(ctx, DeadLetterReason.UNKNOWN_REFERENCE, "unknown " + what, sale);
      return;
    }
    LocalDate day = SaleSeries.dayOf(sale, zone.get());
    if (SaleSeries.isLate(ctx.timerService().currentWatermark(), day, zone.get())) {
      refuse(
          ctx,
          DeadLetterReason.TOO_LATE,
          "day " + day + " of region " + sale.regionId() + " was already closed and forecast",
          sale);
      return;
    }
    for (SeriesKey key : SaleSeries.keysOf(sale)) {
      out.collect(new SeriesDemand(key.id(), day, sale.quantity(), sale.eventTime()));
    }
  }

  private static void refuse(Context ctx, DeadLetterReason reason, String detail, PosSale sale) {
    ctx.output(
        DeadLetters.TAG,
        DeadLetterFactory.refused(
            reason, detail + " in sale " + sale.saleId(), SOURCE, sale, sale.eventTime()));
  }
}
