package io.poolcast.jobs.forecastjob;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.DemandForecast;
import io.poolcast.forecasting.daily.DemandHistory;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.forecasting.daily.SeriesKey;
import io.poolcast.forecasting.daily.SeriesRefresh;
import io.poolcast.jobs.flink.DeadLetterFactory;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.flink.StageKey;
import java.time.LocalDate;
import java.time.ZoneId;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keeps one series' daily demand ({@link DemandHistory}, a fixed ring of the last 182 days) and
 * refreshes its 30-day forecast when a day with sales closes: an event-time timer at the last
 * millisecond of the region-local day. The series must pass {@link ForecastEligibility}; days
 * before {@code issueFrom} (if set) only build history. A series without a sale for 182 days is
 * dropped (a timer at that day's close), so state stays bounded as SKUs come and go.
 */
public final class DailyForecastFunction<K>
    extends KeyedProcessFunction<K, SeriesDemand, DemandForecast> {
  private static final long serialVersionUID = 1L;

  /** Accumulator: series refreshed so far (the CLI shows it as progress). */
  public static final String REFRESHED = "forecast-series-refreshed";

  /** Accumulator: nanoseconds spent forecasting, summed over operator instances. */
  public static final String REFRESH_NANOS = "forecast-refresh-nanos";

  private final RegionZones zones;
  private final SkuCatalog skus;
  private final ForecastModelSpec model;
  private final ForecastEligibility eligibility;
  private final LocalDate issueFrom;
  private final StageKey<K> key;

  private transient ValueState<DemandHistory> history;
  private transient SeriesRefresh refresher;
  private transient LongCounter refreshed;
  private transient LongCounter refreshNanos;

  /**
   * @param issueFrom first closed day to publish forecasts for; null = every day
   * @param key how the series are keyed: by id, or by {@link SeriesNumbers} in BATCH
   */
  public DailyForecastFunction(
      RegionZones zones,
      SkuCatalog skus,
      ForecastModelSpec model,
      ForecastEligibility eligibility,
      LocalDate issueFrom,
      StageKey<K> key) {
    this.zones = zones;
    this.skus = skus;
    this.model = model;
    this.eligibility = eligibility;
    this.issueFrom = issueFrom;
    this.key = key;
  }

  @Override
  public void open(OpenContext openContext) {
    history =
        getRuntimeContext()
            .getState(
                new ValueStateDescriptor<>("demand-history", EventTypes.of(DemandHistory.class)));
    refresher = model.refresher();
    refreshed = getRuntimeContext().getLongCounter(REFRESHED);
    refreshNanos = getRuntimeContext().getLongCounter(REFRESH_NANOS);
  }

  @Override
  public void processElement(SeriesDemand sale, Context ctx, Collector<DemandForecast> out)
      throws Exception {
    String seriesId = sale.seriesId(); // the current key's id
    ZoneId zone = zoneOf(seriesId);
    DemandHistory before = history.value();
    if (before != null && !before.canRecord(sale.day())) {
      // only in a bounded run (no watermark there): older than this series' kept window
      ctx.output(
          DeadLetters.TAG,
          DeadLetterFactory.refused(
              DeadLetterReason.TOO_LATE,
              seriesId
                  + ": day "
                  + sale.day()
                  + " is older than the "
                  + DemandHistory.DAYS
                  + " days kept",
              SaleToSeriesFunction.SOURCE,
              sale,
              sale.eventTime()));
      return;
    }
    DemandHistory after =
        before == null
            ? DemandHistory.start(sale.day(), sale.units())
            : before.add(sale.day(), sale.units());
    history.update(after);
    ctx.timerService().registerEventTimeTimer(SaleSeries.closeTimer(sale.day(), zone));
    if (before == null || after.lastSaleDay() != before.lastSaleDay()) {
      if (before != null) {
        ctx.timerService().deleteEventTimeTimer(idleTimer(before, zone));
      }
      ctx.timerService().registerEventTimeTimer(idleTimer(after, zone));
    }
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext ctx, Collector<DemandForecast> out)
      throws Exception {
    DemandHistory h = history.value();
    if (h == null) {
      return;
    }
    String seriesId = key.id(ctx.getCurrentKey());
    SeriesKey series = SeriesKey.parse(seriesId);
    LocalDate day = SaleSeries.dayOfTimer(timestamp, zoneOf(seriesId));
    if (h.daysSinceLastSale(day) >= DemandHistory.DAYS) {
      history.clear(); // idle for the whole window: nothing left to forecast from
      return;
    }
    boolean changed = h.unitsOn(day) > 0;
    boolean publish = issueFrom == null || !day.isBefore(issueFrom);
    if (changed && publish && eligibility.forecasts(series, h, day)) {
      refresh(series, h, day, out);
    }
  }

  private void refresh(
      SeriesKey key, DemandHistory h, LocalDate day, Collector<DemandForecast> out) {
    SkuCatalog.Entry sku = skus.of(key.sku()).orElseThrow(); // checked before keying
    long started = System.nanoTime();
    SeriesRefresh.Refreshed forecast =
        refresher.forecast(h.series(key.id(), day, key.attributes()));
    refreshNanos.add(System.nanoTime() - started);
    ForecastRows.of(key, sku, day, forecast, model.cardId()).forEach(out::collect);
    refreshed.add(1);
  }

  private static long idleTimer(DemandHistory h, ZoneId zone) {
    return SaleSeries.closeTimer(
        LocalDate.ofEpochDay(h.lastSaleDay()).plusDays(DemandHistory.DAYS), zone);
  }

  private ZoneId zoneOf(String seriesId) {
    // the sale's region was checked before keying
    return zones.zoneOf(SeriesKey.parse(seriesId).region()).orElseThrow();
  }
}
