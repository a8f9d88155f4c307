package io.poolcast.jobs.replenishment;

import io.poolcast.forecasting.Forecaster;
import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.pooling.PoolingReference;
import io.poolcast.pooling.PoolingReplay;
import io.poolcast.pooling.PoolingReport;
import io.poolcast.pooling.ReleasePolicies;
import io.poolcast.world.OrderPolicy;
import io.poolcast.world.ProgressListener;
import io.poolcast.world.WorldGenerator;
import io.poolcast.world.WorldSize;
import java.time.LocalDate;
import java.util.List;

/**
 * The same generated world run twice on the same true demand: once with the shops' own (s, S)
 * habit, once with shops that follow the replenishment suggestions from the end of a warm-up (both
 * runs are identical until then). Each run's orders of the measured days are pooled by the pooling
 * domain ({@link PoolingReplay}, default release policies) for the savings.
 */
public final class ReplenishmentSimulation {
  /**
   * @param size the world
   * @param seed its seed
   * @param start first simulated day
   * @param warmupDays days on the habit before the suggestions take over (the forecasts' first
   *     history); not measured
   * @param measuredDays days measured after the warm-up
   * @param serviceLevel quantile of demand the suggestions cover (e.g. 0.8)
   * @param refitDays days between forecast refits
   * @param cycleDays days an order covers beyond the next delivery; negative: the habit's cover
   *     days (4 convenience store, 7 supermarket)
   * @param minHistory fewest days of sales a SKU needs for a forecast (else the habit)
   * @param model the forecasting model
   * @param threads forecasting threads
   */
  public record Settings(
      WorldSize size,
      long seed,
      LocalDate start,
      int warmupDays,
      int measuredDays,
      double serviceLevel,
      int refitDays,
      int cycleDays,
      int minHistory,
      ForecastModel model,
      int threads) {

    public Settings {
      if (warmupDays < minHistory || measuredDays < 1) {
        throw new IllegalArgumentException(
            "the warm-up must hold at least the minimum history ("
                + minHistory
                + " days) and at least one day must be measured");
      }
    }

    public LocalDate measuredFrom() {
      return start.plusDays(warmupDays);
    }
  }

  /** Both runs' figures and what the suggestion policy did. */
  public record Result(
      PolicyFigures habit, PolicyFigures suggestions, SuggestionPolicy.Activity activity) {}

  private ReplenishmentSimulation() {}

  public static Result run(Settings settings, ProgressListener progress) {
    WorldGenerator world =
        new WorldGenerator(
            settings.size(),
            settings.seed(),
            settings.start(),
            settings.warmupDays() + settings.measuredDays());
    PoolingReference reference = PoolingReference.of(world.world());
    PolicyFigures habit =
        run(world, OrderPolicy.HABIT, "(s, S) habit", settings, reference, progress);
    Forecaster forecaster =
        new Forecaster(
            List.of(settings.model()), Frequency.DAILY, settings.seed(), settings.threads());
    SuggestionPolicy suggestions =
        new SuggestionPolicy(
            settings.measuredFrom(),
            forecaster,
            settings.serviceLevel(),
            settings.refitDays(),
            settings.cycleDays(),
            settings.minHistory(),
            progress);
    PolicyFigures following = run(world, suggestions, "suggestions", settings, reference, progress);
    return new Result(habit, following, suggestions.activity());
  }

  private static PolicyFigures run(
      WorldGenerator world,
      OrderPolicy policy,
      String name,
      Settings settings,
      PoolingReference reference,
      ProgressListener progress) {
    ShelfTally tally = new ShelfTally(settings.measuredFrom(), settings.measuredDays());
    world.simulate(
        policy,
        tally,
        tally,
        (phase, done, total) -> progress.progress("simulate: " + name, done, total));
    PoolingReport pooled =
        PoolingReplay.run(tally.orders(), reference, ReleasePolicies.defaults()).report(reference);
    progress.progress("pool: " + name, 1, 1);
    return tally.figures(name).withPooling(pooled.listValueCents(), pooled.savingCents());
  }
}
