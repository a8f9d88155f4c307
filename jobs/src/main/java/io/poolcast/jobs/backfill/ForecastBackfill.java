package io.poolcast.jobs.backfill;

import io.poolcast.events.DemandForecast;
import io.poolcast.events.PosSale;
import io.poolcast.events.reference.World;
import io.poolcast.forecasting.daily.DemandHistory;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.jobs.forecastjob.ForecastJob;
import io.poolcast.jobs.forecastjob.ForecastModelSpec;
import io.poolcast.jobs.forecastjob.ForecastWiring;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Recomputes {@code forecasts/} for the issue days {@code from..to} from archived POS sales: the
 * forecast job's own pipeline ({@link ForecastJob#pipeline}) in BATCH mode with {@code --issue-from
 * FROM}, so earlier days only build history, staged and swapped in by {@link StagedBackfill}.
 *
 * <p>Sales are read from {@link DemandHistory#DAYS} days before {@code from}: the series' histories
 * the job keeps. In BATCH every sale is in the ring before the first day closes, and the ring
 * follows the newest sale, so on a long range the first issue days of a series older than the ring
 * see up to {@code to - from} fewer days of history than the streaming job did; backfill long
 * ranges in chunks of a few days when identical forecasts matter.
 */
public final class ForecastBackfill {
  /** Look-back: the history a series keeps. */
  public static final int DEFAULT_LOOKBACK_DAYS = DemandHistory.DAYS;

  static final String DATE_COLUMN = "issued_on";

  private final BackfillRange range;
  private final World world;
  private final ForecastModelSpec model;
  private final StagedBackfill staged;

  public ForecastBackfill(BackfillRange range, World world, ForecastModelSpec model, Path out) {
    this.range = Objects.requireNonNull(range, "range");
    this.world = Objects.requireNonNull(world, "world");
    this.model = Objects.requireNonNull(model, "model");
    this.staged = new StagedBackfill("forecast", range, out);
  }

  /** Adds the pipeline to {@code env} (a BATCH environment); {@link #run} executes it. */
  public void build(StreamExecutionEnvironment env, BackfillInput sales) {
    ForecastJob.Settings settings =
        new ForecastJob.Settings(model, ForecastEligibility.DEFAULT, range.from());
    ForecastJob.Streams streams =
        ForecastJob.pipeline(
            staged.eventsInWindow(env, sales, PosSale.class, "pos-sales", ForecastJob::decode),
            world,
            settings);
    staged.write(
        streams.forecasts(),
        DemandForecast.class,
        ForecastWiring.partitions(),
        new DeliveryDayFilter<>(range, DemandForecast::issuedOn),
        ForecastWiring.FORECASTS);
    staged.writeDeadLetters(streams.deadLetters());
  }

  /** Builds and runs the backfill; a failed job leaves {@code forecasts/} as it was. */
  public StagedBackfill.Summary run(
      StreamExecutionEnvironment env, BackfillInput sales, StagedBackfill.JobRunner execute)
      throws Exception {
    return runJob(env, sales, execute).summary("forecast", range);
  }

  /**
   * As {@link #run}, with the job's result: its accumulators tell the series forecast and the time
   * the model took ({@link io.poolcast.jobs.forecastjob.DailyForecastFunction#REFRESH_NANOS}).
   */
  public StagedBackfill.Result runJob(
      StreamExecutionEnvironment env, BackfillInput sales, StagedBackfill.JobRunner execute)
      throws Exception {
    build(env, sales);
    return staged.run(
        env,
        execute,
        List.of(StagedBackfill.RangeTable.byDate(ForecastWiring.FORECASTS, DATE_COLUMN)));
  }
}
