package io.poolcast.forecasting;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.poolcast.forecasting.data.ExogenousColumn;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.models.ForecastModel;
import io.poolcast.forecasting.uncertainty.CalibrationSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import tech.tablesaw.api.Table;

/**
 * Where a forecast came from (after Tribuo's provenance): input files with SHA-256, the data's date
 * range, series count and frequency, horizon and quantiles, the seed, every model with its
 * hyperparameters and how many series each fitted variant covers, the interval method, library
 * versions, optionally the backtest summary, and the exogenous columns with their fill rules (only
 * the GBM model reads them).
 *
 * <p>The card holds no wall-clock time: {@code asOf} is the data's last date. Input files are named
 * by file name (not absolute path) and thread count is left out (it does not change results), so
 * the same input and seed give a byte-identical card on any machine with the same library versions.
 */
public record ModelCard(
    int cardVersion,
    String asOf,
    List<InputFile> inputs,
    String firstDate,
    String lastDate,
    int seriesCount,
    String frequency,
    int horizon,
    double[] quantiles,
    long seed,
    Map<String, Object> intervals,
    List<ModelEntry> models,
    Map<String, String> libraries,
    Map<String, Map<String, Double>> backtest,
    Map<String, Object> exogenous) {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .build();

  /** An input file by name, size and content hash. */
  public record InputFile(String name, long bytes, String sha256) {
    public static InputFile of(Path path) {
      try (InputStream in = new DigestInputStream(Files.newInputStream(path), sha256Digest())) {
        MessageDigest digest = ((DigestInputStream) in).getMessageDigest();
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return new InputFile(
            path.getFileName().toString(),
            Files.size(path),
            HexFormat.of().formatHex(digest.digest()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot hash " + path, e);
      }
    }
  }

  /** A model with its hyperparameters, fitted variants per series and fallback count. */
  public record ModelEntry(
      String name,
      Map<String, Object> hyperparameters,
      Map<String, Integer> fittedSeries,
      long fallbacks) {}

  public static ModelCard of(
      List<Path> inputs,
      SeriesFrame frame,
      Forecaster forecaster,
      ForecastResult result,
      BacktestReport backtest) {
    List<InputFile> files = inputs.stream().map(InputFile::of).toList();
    List<ModelEntry> models = new ArrayList<>();
    for (ForecastModel m : forecaster.models()) {
      models.add(
          new ModelEntry(
              m.name(),
              new TreeMap<>(m.hyperparameters()),
              result.labelCounts(m.name()),
              result.fallbackCount(m.name())));
    }
    CalibrationSettings cal = forecaster.calibration();
    Map<String, Object> intervals = new LinkedHashMap<>();
    intervals.put(
        "method",
        "split-conformal over rolling origins, per horizon step; days without demand stay at zero");
    intervals.put("windows", cal.windows());
    intervals.put("stride", cal.stride());
    intervals.put("minPool", cal.minPool());
    return new ModelCard(
        1,
        frame.lastDate().toString(),
        files,
        frame.firstDate().toString(),
        frame.lastDate().toString(),
        frame.size(),
        frame.frequency().name(),
        result.horizon(),
        result.quantileLevels(),
        forecaster.seed(),
        intervals,
        models,
        currentLibraries(),
        backtest == null ? Map.of() : summary(backtest.byModel()),
        exogenous(frame));
  }

  /** The exogenous columns, their rules and who reads them; empty without any. */
  private static Map<String, Object> exogenous(SeriesFrame frame) {
    List<ExogenousColumn> columns = frame.exogenousColumns();
    if (columns.isEmpty()) {
      return Map.of();
    }
    Map<String, String> rules = new LinkedHashMap<>();
    columns.forEach(c -> rules.put(c.name(), c.rule()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("columns", rules);
    out.put("usedBy", "GBM only; statistical models (Auto, ETS, Croston, ...) ignore them");
    out.put(
        "knownFuture",
        "forecast: the future file, else the rules; backtest: the actual held-out rows");
    return out;
  }

  private static Map<String, Map<String, Double>> summary(Table table) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    for (int r = 0; r < table.rowCount(); r++) {
      Map<String, Double> metrics = new TreeMap<>();
      for (String column : table.columnNames()) {
        if (table.column(column) instanceof tech.tablesaw.api.NumericColumn<?> numeric) {
          metrics.put(column, numeric.getDouble(r));
        }
      }
      out.put(table.stringColumn("model").get(r), metrics);
    }
    return out;
  }

  /** Versions of the libraries that shape a forecast (no wall clock, no paths). */
  public static Map<String, String> currentLibraries() {
    Map<String, String> libs = new TreeMap<>();
    libs.put("java", System.getProperty("java.specification.version"));
    libs.put(
        "commons-math3",
        mavenVersion(
            "org.apache.commons", "commons-math3", org.apache.commons.math3.util.FastMath.class));
    libs.put(
        "jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
    String smileVersion =
        smile.regression.GradientTreeBoost.class.getPackage().getImplementationVersion();
    libs.put("smile-core", smileVersion == null ? "unknown" : smileVersion);
    libs.put(
        "poolcast-forecasting",
        mavenVersion("io.poolcast", "poolcast-forecasting", ModelCard.class));
    return libs;
  }

  private static String mavenVersion(String group, String artifact, Class<?> anchor) {
    String resource = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = anchor.getResourceAsStream(resource)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  public String toJson() {
    return toJson(this);
  }

  public void write(Path path) {
    write(this, path);
  }

  public static ModelCard read(Path path) {
    return read(path, ModelCard.class);
  }

  /** A card as JSON: sorted keys, indented, one trailing newline (same card, same bytes). */
  static String toJson(Object card) {
    try {
      return JSON.writeValueAsString(card) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Object card, Path path) {
    try {
      Files.writeString(path, toJson(card));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  static <T> T read(Path path, Class<T> type) {
    try {
      return JSON.readValue(path.toFile(), type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
