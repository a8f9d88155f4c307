package io.poolcast.jobs.forecastjob;

import io.poolcast.events.Decoded;
import io.poolcast.events.EventJson;
import io.poolcast.events.PosSale;
import io.poolcast.forecasting.ModelCard;
import io.poolcast.forecasting.VersionedModelCard;
import io.poolcast.forecasting.daily.DemandHistory;
import io.poolcast.forecasting.daily.ForecastEligibility;
import io.poolcast.forecasting.daily.SeriesKey;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.gbm.GbmModel;
import io.poolcast.forecasting.gbm.GbmModelFile;
import io.poolcast.forecasting.gbm.GbmSettings;
import io.poolcast.forecasting.gbm.TrainedGbm;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import io.poolcast.jobs.flink.RegionZones;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The batch training step of the forecast job's GBM: POS sales (a JSON-lines file) are folded into
 * the same series and the same 182-day histories the job keeps ({@link SaleSeries}, {@link
 * DemandHistory}), the series the job would forecast on the last day are the training frame, and
 * the trained model is saved as a versioned file ({@link GbmModelFile}). Run it on a schedule (e.g.
 * weekly) and restart the job with the new file.
 */
public final class ForecastTraining {
  private final RegionZones zones;
  private final ForecastEligibility eligibility;
  private final Map<String, DemandHistory> histories = new TreeMap<>();
  private long sales;
  private long refused;
  private String firstRefusal;

  public ForecastTraining(RegionZones zones, ForecastEligibility eligibility) {
    this.zones = zones;
    this.eligibility = eligibility;
  }

  /** What a training run learnt from and wrote. */
  public record Result(
      GbmModelFile.Saved saved, int series, LocalDate through, long sales, long refused) {}

  /** Reads every line of the file (gzip detected by name); bad lines are counted, not fatal. */
  public ForecastTraining read(Path file) {
    long line = 0;
    try (BufferedReader in = open(file)) {
      for (String text = in.readLine(); text != null; text = in.readLine()) {
        line++;
        if (!text.isBlank()) {
          accept(text, file.getFileName() + " line " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return this;
  }

  private void accept(String json, String where) {
    Decoded<PosSale> decoded =
        EventJson.decode(json.getBytes(StandardCharsets.UTF_8), PosSale.class);
    Optional<ZoneId> zone =
        decoded.isValid() ? zones.zoneOf(decoded.value().regionId()) : Optional.empty();
    if (zone.isEmpty()) {
      refused++;
      if (firstRefusal == null) {
        firstRefusal = where + ": " + (decoded.isValid() ? "unknown region" : decoded.detail());
      }
      return;
    }
    add(decoded.value(), zone.get());
  }

  /** Adds one sale to its series (a sale older than a series' window is ignored). */
  public void add(PosSale sale, ZoneId zone) {
    LocalDate day = SaleSeries.dayOf(sale, zone);
    sales++;
    for (SeriesKey key : SaleSeries.keysOf(sale)) {
      DemandHistory h = histories.get(key.id());
      if (h == null) {
        histories.put(key.id(), DemandHistory.start(day, sale.quantity()));
      } else if (h.canRecord(day)) {
        histories.put(key.id(), h.add(day, sale.quantity()));
      }
    }
  }

  /** The first refused line, e.g. {@code pos-sales.jsonl line 7: quantity must be positive}. */
  public Optional<String> firstRefusal() {
    return Optional.ofNullable(firstRefusal);
  }

  /** The newest day with a sale; empty before any sale. */
  public Optional<LocalDate> lastDay() {
    return histories.values().stream()
        .map(h -> LocalDate.ofEpochDay(h.lastSaleDay()))
        .max(LocalDate::compareTo);
  }

  /** The series the job would forecast when {@code through} closes, cut at that day. */
  public SeriesFrame frame(LocalDate through) {
    List<Series> series = new ArrayList<>();
    histories.forEach(
        (id, h) -> {
          SeriesKey key = SeriesKey.parse(id);
          if (h.daysUpTo(through) > 0 && eligibility.forecasts(key, h, through)) {
            series.add(h.series(id, through, key.attributes()));
          }
        });
    if (series.isEmpty()) {
      throw new IllegalArgumentException("no series has enough history by " + through);
    }
    return new SeriesFrame(series);
  }

  /** Trains the GBM on the frame through {@code through} and saves it under {@code dir}. */
  public Result train(LocalDate through, GbmSettings settings, long seed, Path input, Path dir) {
    SeriesFrame frame = frame(through);
    GbmModel model = new GbmModel(settings);
    TrainedGbm trained = model.train(frame, seed);
    Map<String, Object> training = new LinkedHashMap<>();
    training.put("firstDate", frame.firstDate().toString());
    training.put("through", through.toString());
    training.put("series", frame.size());
    training.put("sales", sales);
    training.put("seed", seed);
    training.put("historyDays", DemandHistory.DAYS);
    training.put("eligibility", eligibility.describe());
    training.put("input", ModelCard.InputFile.of(input));
    GbmModelFile.Saved saved =
        GbmModelFile.write(
            dir,
            trained,
            id ->
                VersionedModelCard.trainedFile(
                    id, GbmModelFile.fileName(id), model, training, CalibrationSettings.DEFAULT));
    return new Result(saved, frame.size(), through, sales, refused);
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
