package io.poolcast.jobs.forecastjob;

import io.poolcast.forecasting.VersionedModelCard;
import io.poolcast.forecasting.daily.DemandHistory;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.forecasting.daily.SeriesRefresh;
import io.poolcast.forecasting.gbm.GbmModelFile;
import io.poolcast.forecasting.gbm.PretrainedGbm;
import io.poolcast.forecasting.gbm.TrainedGbm;
import io.poolcast.forecasting.models.AutoModel;
import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The model the forecast job refreshes with, shipped to every operator:
 *
 * <ul>
 *   <li>{@link #gbm}: the global GBM trained by the batch step ({@code poolcast forecast-train})
 *       and loaded from its versioned file; a refresh only predicts (≈ 3 ms a series);
 *   <li>{@link #auto}: Auto, refit from the kept history at every refresh (no file; ≈ 10× the CPU
 *       of the GBM), for a deployment that has no trained model yet.
 * </ul>
 *
 * {@link #cardId()} goes on every forecast row.
 */
public final class ForecastModelSpec implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Seed of the forecaster (Auto and calibration are deterministic; kept for the card). */
  public static final long SEED = 42L;

  private final TrainedGbm gbm;
  private final String cardId;

  private ForecastModelSpec(TrainedGbm gbm, String cardId) {
    this.gbm = gbm;
    this.cardId = cardId;
  }

  /** The GBM of a model file written by {@code forecast-train} (checked against its hash). */
  public static ForecastModelSpec gbm(Path modelFile) {
    GbmModelFile.Loaded loaded = GbmModelFile.read(modelFile);
    return new ForecastModelSpec(loaded.model(), loaded.id());
  }

  /** Auto, refit at each refresh; its card id is the hash of its configuration. */
  public static ForecastModelSpec auto() {
    return new ForecastModelSpec(null, autoCard().id());
  }

  /** The card of the Auto configuration the job runs (its id is a hash of the card). */
  public static VersionedModelCard autoCard() {
    Map<String, Object> history = new LinkedHashMap<>();
    history.put("historyDays", DemandHistory.DAYS);
    history.put("horizon", SeriesRefresh.HORIZON);
    history.put("eligibility", ForecastEligibility.DEFAULT.describe());
    history.put("seed", SEED);
    return VersionedModelCard.refitEachRefresh(
        new AutoModel(), history, CalibrationSettings.DEFAULT);
  }

  public String cardId() {
    return cardId;
  }

  public String modelName() {
    return gbm == null ? "Auto" : "GBM";
  }

  /** A new refresher (one per operator instance: models are stateless, forecasters cheap). */
  public SeriesRefresh refresher() {
    ForecastModel model = gbm == null ? new AutoModel() : new PretrainedGbm(gbm, cardId);
    return new SeriesRefresh(model, SEED);
  }
}
