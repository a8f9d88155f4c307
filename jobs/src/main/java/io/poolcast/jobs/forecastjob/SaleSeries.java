package io.poolcast.jobs.forecastjob;

import io.poolcast.events.PosSale;
import io.poolcast.forecasting.daily.SeriesKey;
import io.poolcast.pooling.LocalDays;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Where one POS sale counts: its units go to the region × SKU series and the shop × SKU series, on
 * the sale's day in the region's time zone. The same rule feeds the streaming job and the batch
 * training step, so a model is trained on exactly the series it later forecasts.
 */
public final class SaleSeries {
  private SaleSeries() {}

  /** The series the sale adds to: region × SKU first, then shop × SKU. */
  public static List<SeriesKey> keysOf(PosSale sale) {
    return List.of(
        SeriesKey.regionSku(sale.regionId(), sale.sku()),
        SeriesKey.shopSku(sale.regionId(), sale.shopId(), sale.sku()));
  }

  /** The region-local day of the sale. */
  public static LocalDate dayOf(PosSale sale, ZoneId zone) {
    return LocalDays.dayOf(sale.eventTime(), zone);
  }

  /**
   * A sale is late when its local day has closed: the watermark has reached that day's last
   * millisecond, so the day's forecasts may already be out. Late sales are not added to the history
   * (a forecast is published once per closed day, never revised); they are dead-lettered.
   */
  public static boolean isLate(long watermark, LocalDate day, ZoneId zone) {
    return watermark >= closeTimer(day, zone);
  }

  /** The event-time timer that closes {@code day}: its last millisecond in the zone. */
  public static long closeTimer(LocalDate day, ZoneId zone) {
    return LocalDays.endOf(day, zone).toEpochMilli() - 1;
  }

  /** The day a close timer (from {@link #closeTimer}) belongs to. */
  public static LocalDate dayOfTimer(long timer, ZoneId zone) {
    return LocalDays.dayOf(java.time.Instant.ofEpochMilli(timer), zone);
  }
}
