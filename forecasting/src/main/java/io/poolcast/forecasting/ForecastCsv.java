package io.poolcast.forecasting;

import io.poolcast.forecasting.uncertainty.QuantileLevels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes forecasts ({@code unique_id, ds, model, mean, p10.., fallback_reason}; hierarchical ones
 * with {@code level} after {@code unique_id}) and cross-validation rows ({@code unique_id, cutoff,
 * ds, model, y, mean, p10.., fallback_reason}) as CSV, in result order. Numbers use {@link
 * Double#toString}, so equal results give byte-identical files.
 */
public final class ForecastCsv {
  private ForecastCsv() {}

  public static void write(ForecastResult result, Path path) {
    write(result.rows(), result.quantileLevels(), null, path);
  }

  /**
   * Forecast rows of a hierarchy with a {@code level} column after {@code unique_id} ({@code
   * levelOf} maps a node id to its level); without {@code levelOf} no level column.
   */
  public static void write(
      List<ForecastRow> rows,
      double[] quantileLevels,
      Function<String, String> levelOf,
      Path path) {
    List<String> header = new ArrayList<>(List.of("unique_id", "ds", "model", "mean"));
    if (levelOf != null) {
      header.add(1, "level");
    }
    addQuantileHeaders(header, quantileLevels);
    header.add("fallback_reason");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format(header))) {
      for (ForecastRow r : rows) {
        List<Object> values = new ArrayList<>(List.of(r.uniqueId(), r.ds(), r.model(), r.mean()));
        if (levelOf != null) {
          values.add(1, levelOf.apply(r.uniqueId()));
        }
        addQuantiles(values, r.quantiles());
        values.add(r.fallbackReason() == null ? "" : r.fallbackReason());
        csv.printRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  public static void write(CrossValidationResult result, Path path) {
    List<String> header =
        new ArrayList<>(List.of("unique_id", "cutoff", "ds", "model", "y", "mean"));
    addQuantileHeaders(header, result.quantileLevels());
    header.add("fallback_reason");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
        CSVPrinter csv = new CSVPrinter(out, format(header))) {
      for (CvRow r : result.rows()) {
        List<Object> values =
            new ArrayList<>(List.of(r.uniqueId(), r.cutoff(), r.ds(), r.model(), r.y(), r.mean()));
        addQuantiles(values, r.quantiles());
        values.add(r.fallbackReason() == null ? "" : r.fallbackReason());
        csv.printRecord(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    }
  }

  private static CSVFormat format(List<String> header) {
    return CSVFormat.DEFAULT
        .builder()
        .setHeader(header.toArray(String[]::new))
        .setRecordSeparator('\n')
        .build();
  }

  private static void addQuantileHeaders(List<String> header, double[] levels) {
    for (double level : levels) {
      header.add(QuantileLevels.label(level));
    }
  }

  private static void addQuantiles(List<Object> values, double[] quantiles) {
    for (double q : quantiles) {
      values.add(q);
    }
  }
}
