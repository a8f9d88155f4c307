package io.poolcast.jobs.forecastjob;

import io.poolcast.events.DemandForecast;
import io.poolcast.forecasting.daily.SeriesKey;
import io.poolcast.forecasting.daily.SeriesRefresh;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns a series' refreshed forecast into the published rows, one per target day. */
public final class ForecastRows {
  private ForecastRows() {}

  public static List<DemandForecast> of(
      SeriesKey key,
      SkuCatalog.Entry sku,
      LocalDate issuedOn,
      SeriesRefresh.Refreshed refreshed,
      String modelCardId) {
    List<DemandForecast> rows = new ArrayList<>(refreshed.points().size());
    for (SeriesRefresh.Point p : refreshed.points()) {
      // the library clamps at 0 and sorts the quantiles; kept here too, as the topic promises it
      double p10 = Math.max(0, p.p10());
      double p50 = Math.max(p10, p.p50());
      double p90 = Math.max(p50, p.p90());
      rows.add(
          new DemandForecast(
              key.level(),
              key.region(),
              key.sku(),
              key.shop(),
              sku.supplierId(),
              sku.category(),
              issuedOn,
              p.ds(),
              p.step(),
              p10,
              p50,
              p90,
              Math.max(0, p.mean()),
              refreshed.model(),
              refreshed.fitted(),
              modelCardId,
              refreshed.note()));
    }
    return rows;
  }
}
