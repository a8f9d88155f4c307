package io.poolcast.jobs.forecastjob;

import io.poolcast.connectors.kafka.DeadLetters;
import io.poolcast.connectors.kafka.DecodeFunction;
import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.DemandForecast;
import io.poolcast.events.PosSale;
import io.poolcast.events.RawEvent;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.jobs.flink.Decoded;
import io.poolcast.jobs.flink.EventTimes;
import io.poolcast.jobs.flink.RegionZones;
import io.poolcast.jobs.flink.StageKey;
import io.poolcast.jobs.flink.TableOutput;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The 30-day forecast job: POS sales in; the daily demand of every region × SKU and shop × SKU
 * series kept in keyed state; when a region's day closes (the watermark passes its local midnight)
 * the series that sold that day get a new forecast, one row per target day, out to the forecasts
 * topic and Parquet. Late sales and unknown references are dead letters.
 */
public final class ForecastJob {

  /** Where results go. */
  public record Sinks(
      Sink<DemandForecast> forecastsTopic,
      TableOutput<DemandForecast> forecastsFiles,
      TableOutput<DeadLetter> deadLetters) {}

  /** How forecasts are made: the model, who is forecast, and from which closed day on. */
  public record Settings(
      ForecastModelSpec model, ForecastEligibility eligibility, LocalDate issueFrom) {
    public Settings {
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(eligibility, "eligibility");
    }

    public static Settings of(ForecastModelSpec model) {
      return new Settings(model, ForecastEligibility.DEFAULT, null);
    }
  }

  private final Source<RawEvent, ?, ?> posSales;
  private final Sinks sinks;
  private final World world;
  private final Settings settings;

  public ForecastJob(Source<RawEvent, ?, ?> posSales, Sinks sinks, World world, Settings settings) {
    this.posSales = Objects.requireNonNull(posSales, "posSales");
    this.sinks = Objects.requireNonNull(sinks, "sinks");
    this.world = Objects.requireNonNull(world, "world");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The pipeline's results. */
  public record Streams(DataStream<DemandForecast> forecasts, DataStream<DeadLetter> deadLetters) {}

  /** Adds the pipeline to {@code env}; the caller executes it. */
  public void build(StreamExecutionEnvironment env) {
    DataStream<RawEvent> raw =
        env.fromSource(posSales, EventTimes.rawEvents(), "forecast pos-sales")
            .uid("forecast-source-pos-sales");
    Streams streams = pipeline(raw, world, settings);
    streams
        .forecasts()
        .sinkTo(sinks.forecastsTopic())
        .name("forecasts topic")
        .uid("forecasts-topic");
    sinks.forecastsFiles().attach(streams.forecasts(), "forecasts-files");
    sinks.deadLetters().attach(streams.deadLetters(), "forecast-dead-letters");
  }

  /**
   * Decodes raw POS sales (with event-time watermarks) into forecasts: the one forecast pipeline,
   * used by the streaming job and by backfills alike.
   */
  public static Streams pipeline(DataStream<RawEvent> raw, World world, Settings settings) {
    return pipeline(decode(raw), world, settings);
  }

  /** Raw POS sales decoded as the forecast job decodes them. */
  public static Decoded<PosSale> decode(DataStream<RawEvent> raw) {
    return Decoded.of(
        raw.process(new DecodeFunction<>(PosSale.class))
            .name("forecast decode pos-sales")
            .uid("forecast-decode-pos-sales"));
  }

  /** Forecasts from decoded POS sales: the pipeline after decoding. */
  public static Streams pipeline(Decoded<PosSale> sales, World world, Settings settings) {
    SingleOutputStreamOperator<SeriesDemand> demand =
        sales
            .events()
            .process(
                new SaleToSeriesFunction(
                    RegionZones.of(world), SkuCatalog.of(world), ShopIds.of(world)))
            .returns(EventTypes.of(SeriesDemand.class))
            .name("forecast sale to series")
            .uid("forecast-sale-to-series");
    SingleOutputStreamOperator<DemandForecast> forecasts =
        refresh(
            demand,
            world,
            settings,
            StageKey.forMode(demand.getExecutionEnvironment(), () -> SeriesNumbers.of(world)));
    DataStream<DeadLetter> deadLetters =
        sales.refusedWith(
            demand.getSideOutput(DeadLetters.TAG), forecasts.getSideOutput(DeadLetters.TAG));
    return new Streams(forecasts, deadLetters);
  }

  private static <K> SingleOutputStreamOperator<DemandForecast> refresh(
      DataStream<SeriesDemand> demand, World world, Settings settings, StageKey<K> key) {
    return demand
        .keyBy(key.selector(new BySeries()), key.type())
        .process(
            new DailyForecastFunction<>(
                RegionZones.of(world),
                SkuCatalog.of(world),
                settings.model(),
                settings.eligibility(),
                settings.issueFrom(),
                key))
        .returns(EventTypes.of(DemandForecast.class))
        .name("forecast daily refresh")
        .uid("forecast-daily-refresh");
  }

  /** Series id: the key of the keyed state. */
  static final class BySeries implements KeySelector<SeriesDemand, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(SeriesDemand d) {
      return d.seriesId();
    }
  }
}
