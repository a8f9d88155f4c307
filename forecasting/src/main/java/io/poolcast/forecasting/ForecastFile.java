package io.poolcast.forecasting;

import io.poolcast.forecasting.data.InvalidInputException;
import io.poolcast.forecasting.data.LongFormatCsv;
import io.poolcast.forecasting.uncertainty.QuantileLevels;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A forecast file written by any tool, in long format: {@code unique_id, ds}, quantile columns
 * ({@code p10, p50, p90} or {@code q0.025}), optionally {@code mean} and {@code model}. PoolCast's
 * own {@code forecasts.csv} and the R peer's output both read as they are.
 *
 * <p>The point forecast is {@code mean} when the file has it, else {@code p50} (the R peer writes
 * its forecast mean there). Without a {@code model} column every row belongs to the model named
 * after the file ({@code r-ets.csv} → {@code r-ets}). A cell of {@code NA}, {@code NaN} or nothing
 * (a tool that could not forecast a point) drops the row; {@link #blankRows} counts them, so a
 * report shows them instead of crashing. Anything else that is not a number fails with the line.
 */
public record ForecastFile(Path path, double[] levels, List<ForecastRow> rows, int blankRows) {
  private static final Pattern PERCENT = Pattern.compile("p(\\d{1,2}(\\.\\d+)?)");
  private static final Pattern FRACTION = Pattern.compile("q(0\\.\\d+)");
  private static final Set<String> BLANK = Set.of("", "NA", "NaN", "nan", "null");

  public ForecastFile {
    levels = levels.clone();
    rows = List.copyOf(rows);
  }

  @Override
  public double[] levels() {
    return levels.clone();
  }

  public static ForecastFile read(Path path) {
    try (Reader reader = new InputStreamReader(LongFormatCsv.open(path), StandardCharsets.UTF_8);
        CSVParser parser =
            CSVParser.parse(
                reader,
                CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .build())) {
      return read(path, parser);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static ForecastFile read(Path path, CSVParser parser) {
    List<String> header = parser.getHeaderNames();
    for (String required : List.of("unique_id", "ds")) {
      if (!header.contains(required)) {
        throw new InvalidInputException(1, "missing column '" + required + "' in " + header);
      }
    }
    TreeMap<Double, String> quantileColumns = quantileColumns(header);
    if (quantileColumns.size() < 2) {
      throw new InvalidInputException(
          1, "need at least two quantile columns such as p10 and p90 in " + header);
    }
    String point = header.contains("mean") ? "mean" : quantileColumns.get(0.5);
    if (point == null) {
      throw new InvalidInputException(1, "need a 'mean' or 'p50' column in " + header);
    }
    String defaultModel = modelName(path);
    List<String> columns = new ArrayList<>(quantileColumns.values());
    List<ForecastRow> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int blank = 0;
    for (CSVRecord record : parser) {
      long line = record.getRecordNumber() + 1;
      ForecastRow row = row(record, line, header, point, columns, defaultModel);
      if (row == null) {
        blank++;
        continue;
      }
      if (!seen.add(row.model() + '\u0000' + row.uniqueId() + '\u0000' + row.ds())) {
        throw new InvalidInputException(
            line,
            "duplicate forecast (" + row.model() + ", " + row.uniqueId() + ", " + row.ds() + ")");
      }
      rows.add(row);
    }
    double[] levels = quantileColumns.keySet().stream().mapToDouble(Double::doubleValue).toArray();
    return new ForecastFile(path, QuantileLevels.validate(levels), rows, blank);
  }

  /** One row, or null when one of its numbers is blank. */
  private static ForecastRow row(
      CSVRecord record,
      long line,
      List<String> header,
      String point,
      List<String> quantileColumns,
      String defaultModel) {
    if (!record.isConsistent()) {
      throw new InvalidInputException(line, "expected " + header.size() + " columns");
    }
    String id = record.get("unique_id");
    if (id.isEmpty()) {
      throw new InvalidInputException(line, "empty unique_id");
    }
    LocalDate ds = LongFormatCsv.isoDate(record.get("ds"), "ds", line);
    String model = header.contains("model") ? record.get("model") : defaultModel;
    double mean = number(record, point, line);
    double[] quantiles = new double[quantileColumns.size()];
    for (int i = 0; i < quantiles.length; i++) {
      quantiles[i] = number(record, quantileColumns.get(i), line);
    }
    if (Double.isNaN(mean) || Arrays.stream(quantiles).anyMatch(Double::isNaN)) {
      return null;
    }
    String reason = header.contains("fallback_reason") ? record.get("fallback_reason") : "";
    return new ForecastRow(id, ds, model, mean, quantiles, reason.isEmpty() ? null : reason);
  }

  /** The cell as a number; NaN when blank. */
  private static double number(CSVRecord record, String column, long line) {
    String raw = record.get(column);
    if (BLANK.contains(raw)) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(line, column + " is not a number: '" + raw + "'");
    }
  }

  /** Quantile level → column name, e.g. 0.1 → p10, 0.025 → q0.025. */
  private static TreeMap<Double, String> quantileColumns(List<String> header) {
    TreeMap<Double, String> columns = new TreeMap<>();
    for (String name : header) {
      Matcher percent = PERCENT.matcher(name);
      Matcher fraction = FRACTION.matcher(name);
      if (percent.matches()) {
        columns.put(Double.parseDouble(percent.group(1)) / 100, name);
      } else if (fraction.matches()) {
        columns.put(Double.parseDouble(fraction.group(1)), name);
      }
    }
    return columns;
  }

  /** {@code out/r-ets.csv.gz} → {@code r-ets}. */
  static String modelName(Path path) {
    String name = path.getFileName().toString();
    name = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
  }
}
