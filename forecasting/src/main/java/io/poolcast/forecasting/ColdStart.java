package io.poolcast.forecasting;

import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import io.poolcast.forecasting.uncertainty.QuantileLevels;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Forecasts for series with too little history (fewer than {@code minHistory} observations, e.g. a
 * SKU just listed in a region) from the profile of their attribute group instead of their own data:
 * the mean daily level of the mature series in the group (e.g. category × region) over their last
 * {@code profileDays}, times the group's weekday pattern. Quantiles scale the forecast by the
 * group's empirical quantiles of actual / profile. If the group has no mature series the last
 * attribute is dropped (category × region → category → all mature series); with no mature series at
 * all the series' own mean is used. Every row carries the reason.
 *
 * <pre>{@code
 * ForecastResult all = new ColdStart(28, List.of("category", "region")).forecast(fc, frame, 30, q);
 * }</pre>
 */
public final class ColdStart {
  public static final String LABEL = "ColdStart";

  private final int minHistory;
  private final List<String> groupBy;
  private final int profileDays;

  public ColdStart(int minHistory, List<String> groupBy) {
    this(minHistory, groupBy, 28);
  }

  public ColdStart(int minHistory, List<String> groupBy, int profileDays) {
    if (minHistory < 1 || profileDays < 1) {
      throw new IllegalArgumentException("minHistory and profileDays must be >= 1");
    }
    this.minHistory = minHistory;
    this.groupBy = List.copyOf(groupBy);
    this.profileDays = profileDays;
  }

  public boolean isCold(Series s) {
    return s.length() < minHistory;
  }

  /**
   * The forecaster's result on the mature series, plus profile rows for the cold ones under every
   * model of the forecaster (label {@code ColdStart}, reason on the row).
   */
  public ForecastResult forecast(Forecaster fc, SeriesFrame frame, int h, double[] quantiles) {
    double[] levels = QuantileLevels.validate(quantiles);
    List<Series> warm = frame.series().stream().filter(s -> !isCold(s)).toList();
    List<String> models = fc.models().stream().map(m -> m.name()).toList();
    ForecastResult base =
        warm.isEmpty()
            ? ForecastResult.of(List.of(), levels, models, h)
            : fc.forecast(new SeriesFrame(warm), h, levels);
    List<ForecastRow> rows = new ArrayList<>();
    List<SeriesFit> fits = new ArrayList<>();
    for (Series s : frame.series()) {
      if (!isCold(s)) {
        continue;
      }
      Profile p = profile(s, warm, h, levels);
      for (String model : models) {
        fits.add(new SeriesFit(s.uniqueId(), model, LABEL, p.reason()));
        for (int j = 0; j < h; j++) {
          double[] q = new double[levels.length];
          for (int l = 0; l < levels.length; l++) {
            q[l] = p.quantiles()[l][j];
          }
          rows.add(new ForecastRow(s.uniqueId(), p.dates()[j], model, p.mean()[j], q, p.reason()));
        }
      }
    }
    return base.withRows(rows, fits);
  }

  /** The profile forecast of one cold series from the mature series {@code warm}. */
  public Profile profile(Series cold, List<Series> warm, int h, double[] levels) {
    String why = "cold start: " + cold.length() + " observations < " + minHistory;
    for (int keys = groupBy.size(); keys >= 0; keys--) {
      List<String> by = groupBy.subList(0, keys);
      List<Series> group = warm.stream().filter(w -> sameGroup(w, cold, by)).toList();
      if (!group.isEmpty()) {
        String name = by.isEmpty() ? "all series" : groupName(cold, by);
        return GroupProfile.of(group, profileDays)
            .forecast(
                cold, h, levels, why + "; profile of " + name + " (" + group.size() + " series)");
      }
    }
    return ownMean(cold, h, levels, why + "; no mature series: own mean");
  }

  private static boolean sameGroup(Series a, Series b, List<String> keys) {
    for (String k : keys) {
      if (!String.valueOf(a.attributes().get(k)).equals(String.valueOf(b.attributes().get(k)))) {
        return false;
      }
    }
    return true;
  }

  private static String groupName(Series s, List<String> keys) {
    List<String> parts = new ArrayList<>();
    for (String k : keys) {
      parts.add(k + "=" + s.attributes().get(k));
    }
    return String.join("/", parts);
  }

  private static Profile ownMean(Series s, int h, double[] levels, String reason) {
    double sum = 0;
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Double.isFinite(s.y(i))) {
        sum += s.y(i);
        count++;
      }
    }
    double[] mean = new double[h];
    Arrays.fill(mean, count == 0 ? 0 : sum / count);
    double[][] q = new double[levels.length][];
    for (int l = 0; l < levels.length; l++) {
      q[l] = mean.clone();
    }
    return new Profile(dates(s, h), mean, q, reason);
  }

  private static LocalDate[] dates(Series s, int h) {
    LocalDate[] out = new LocalDate[h];
    for (int j = 0; j < h; j++) {
      out[j] = s.dateAt(s.length() + j);
    }
    return out;
  }

  /** A cold series' forecast: dates, mean, quantiles {@code [level][step]} and the reason. */
  public record Profile(LocalDate[] dates, double[] mean, double[][] quantiles, String reason) {}

  /** Level, weekday index and actual/profile ratios of a group of mature series. */
  private record GroupProfile(double level, Map<DayOfWeek, Double> weekday, double[] ratios) {

    static GroupProfile of(List<Series> group, int days) {
      Map<DayOfWeek, double[]> byDay = new TreeMap<>(); // sum, count
      double levelSum = 0;
      for (Series s : group) {
        double[] tail = tail(s, days);
        levelSum += mean(tail);
        for (int i = 0; i < tail.length; i++) {
          if (Double.isFinite(tail[i])) {
            double[] acc = byDay.computeIfAbsent(day(s, tail.length, i), d -> new double[2]);
            acc[0] += tail[i];
            acc[1]++;
          }
        }
      }
      double overall =
          byDay.values().stream().mapToDouble(a -> a[0]).sum()
              / Math.max(1, byDay.values().stream().mapToDouble(a -> a[1]).sum());
      Map<DayOfWeek, Double> index = new TreeMap<>();
      byDay.forEach((d, a) -> index.put(d, overall > 0 ? (a[0] / a[1]) / overall : 1.0));
      double level = levelSum / group.size();
      return new GroupProfile(level, index, ratios(group, days, index));
    }

    /** actual / (series level × weekday index) over the group's profile days. */
    private static double[] ratios(List<Series> group, int days, Map<DayOfWeek, Double> index) {
      List<Double> out = new ArrayList<>();
      for (Series s : group) {
        double[] tail = tail(s, days);
        double level = mean(tail);
        for (int i = 0; i < tail.length; i++) {
          double expected = level * index.getOrDefault(day(s, tail.length, i), 1.0);
          if (expected > 0 && Double.isFinite(tail[i])) {
            out.add(tail[i] / expected);
          }
        }
      }
      return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    Profile forecast(Series cold, int h, double[] levels, String reason) {
      LocalDate[] dates = dates(cold, h);
      double[] mean = new double[h];
      double[][] q = new double[levels.length][h];
      for (int j = 0; j < h; j++) {
        mean[j] = level * weekday.getOrDefault(dates[j].getDayOfWeek(), 1.0);
        for (int l = 0; l < levels.length; l++) {
          q[l][j] = ratios.length == 0 ? mean[j] : mean[j] * quantile(ratios, levels[l]);
        }
      }
      return new Profile(dates, mean, q, reason);
    }

    private static double quantile(double[] sorted, double tau) {
      int i = (int) Math.min(sorted.length - 1, Math.floor(tau * sorted.length));
      return sorted[i];
    }

    private static double[] tail(Series s, int days) {
      return s.slice(Math.max(0, s.length() - days), s.length());
    }

    private static DayOfWeek day(Series s, int tailLength, int i) {
      return s.dateAt(s.length() - tailLength + i).getDayOfWeek();
    }

    private static double mean(double[] values) {
      double sum = 0;
      int count = 0;
      for (double v : values) {
        if (Double.isFinite(v)) {
          sum += v;
          count++;
        }
      }
      return count == 0 ? 0 : sum / count;
    }
  }
}
