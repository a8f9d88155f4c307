package io.poolcast.forecasting;

import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The card of a model a long-running job forecasts with, named by a content hash ({@code id}) that
 * every forecast row carries, so a row can always be traced to the exact model that made it.
 *
 * <ul>
 *   <li>A <b>trained file</b> (e.g. the global GBM): {@code id} is the hash of the model file's
 *       bytes; the file is {@code <model>-<id>.model} and this card sits next to it. A retrain with
 *       other data gives another id, the same data and seed the same id.
 *   <li>A model <b>refit at every refresh</b> from the job's history (e.g. Auto): nothing is saved
 *       but the configuration, so {@code id} is the hash of this card's JSON (models,
 *       hyperparameters, history window, intervals, library versions): changing any setting or
 *       library version changes the id.
 * </ul>
 *
 * @param id first 16 hex digits of a SHA-256 (see above)
 * @param model the model name on the forecast rows (GBM, Auto, ...)
 * @param kind {@code trained-file} or {@code refit-each-refresh}
 * @param file the model file's name; null for refit models
 * @param hyperparameters the model's hyperparameters
 * @param training what the model learnt from (dates, series, seed, inputs) or the history a refit
 *     sees
 * @param intervals how p10/p50/p90 are calibrated
 * @param libraries library versions
 */
public record VersionedModelCard(
    String id,
    String model,
    String kind,
    String file,
    Map<String, Object> hyperparameters,
    Map<String, Object> training,
    Map<String, Object> intervals,
    Map<String, String> libraries) {

  public static final String TRAINED_FILE = "trained-file";
  public static final String REFIT_EACH_REFRESH = "refit-each-refresh";

  /** The card of a model file whose bytes hash to {@code id}. */
  public static VersionedModelCard trainedFile(
      String id,
      String file,
      ForecastModel model,
      Map<String, Object> training,
      CalibrationSettings calibration) {
    return new VersionedModelCard(
        id,
        model.name(),
        TRAINED_FILE,
        file,
        new TreeMap<>(model.hyperparameters()),
        new TreeMap<>(training),
        intervals(calibration),
        ModelCard.currentLibraries());
  }

  /** The card of a model refit from {@code history} at each refresh; id = hash of the card. */
  public static VersionedModelCard refitEachRefresh(
      ForecastModel model, Map<String, Object> history, CalibrationSettings calibration) {
    VersionedModelCard unnamed =
        new VersionedModelCard(
            "",
            model.name(),
            REFIT_EACH_REFRESH,
            null,
            new TreeMap<>(model.hyperparameters()),
            new TreeMap<>(history),
            intervals(calibration),
            ModelCard.currentLibraries());
    String id = contentId(unnamed.toJson().getBytes(StandardCharsets.UTF_8));
    return new VersionedModelCard(
        id,
        unnamed.model,
        unnamed.kind,
        null,
        unnamed.hyperparameters,
        unnamed.training,
        unnamed.intervals,
        unnamed.libraries);
  }

  /** The first 16 hex digits of the SHA-256 of {@code bytes}. */
  public static String contentId(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  private static Map<String, Object> intervals(CalibrationSettings cal) {
    Map<String, Object> intervals = new LinkedHashMap<>();
    intervals.put("method", "split-conformal over rolling origins, per horizon step");
    intervals.put("windows", cal.windows());
    intervals.put("stride", cal.stride());
    intervals.put("minPool", cal.minPool());
    return intervals;
  }

  public String toJson() {
    return ModelCard.toJson(this);
  }

  public void write(Path path) {
    ModelCard.write(this, path);
  }

  public static VersionedModelCard read(Path path) {
    return ModelCard.read(path, VersionedModelCard.class);
  }
}
