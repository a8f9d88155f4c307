package io.poolcast.jobs.forecast;

import io.poolcast.forecasting.gbm.GbmModel;
import io.poolcast.forecasting.models.AutoModel;
import io.poolcast.forecasting.models.Croston;
import io.poolcast.forecasting.models.Ets;
import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.forecasting.models.MovingAverage;
import io.poolcast.forecasting.models.Naive;
import io.poolcast.forecasting.models.SeasonalNaive;
import io.poolcast.forecasting.models.Tsb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The model names the command line accepts, and the models they stand for. */
public final class ModelChoice {
  private static final Map<String, Supplier<ForecastModel>> MODELS = new LinkedHashMap<>();

  static {
    MODELS.put("auto", AutoModel::new);
    MODELS.put("naive", Naive::new);
    MODELS.put("snaive", SeasonalNaive::new);
    MODELS.put("ma28", () -> new MovingAverage(28));
    MODELS.put("ets", Ets::dampedSeasonal);
    MODELS.put("croston", Croston::classic);
    MODELS.put("sba", Croston::sba);
    MODELS.put("tsb", Tsb::new);
    MODELS.put("gbm", GbmModel::new);
  }

  private ModelChoice() {}

  /** The names, in the order they are listed in help texts. */
  public static List<String> names() {
    return List.copyOf(MODELS.keySet());
  }

  /**
   * The models for comma-separated names.
   *
   * @throws IllegalArgumentException naming the unknown model and the known ones
   */
  public static List<ForecastModel> parse(String names) {
    List<ForecastModel> models = new ArrayList<>();
    for (String name : names.split(",")) {
      Supplier<ForecastModel> model = MODELS.get(name.trim().toLowerCase(java.util.Locale.ROOT));
      if (model == null) {
        throw new IllegalArgumentException(
            "unknown model '" + name.trim() + "' (known: " + String.join(", ", names()) + ")");
      }
      models.add(model.get());
    }
    return models;
  }
}
