package io.poolcast.jobs.cli;

import io.poolcast.jobs.forecastjob.DailyForecastFunction;
import java.util.Locale;
import org.apache.flink.api.common.JobExecutionResult;

/** One line on what a forecast job run refreshed and the forecasting time it took. */
final class RefreshSummary {
  private RefreshSummary() {}

  static String of(JobExecutionResult result) {
    long series = value(result, DailyForecastFunction.REFRESHED);
    long nanos = value(result, DailyForecastFunction.REFRESH_NANOS);
    return String.format(
        Locale.ROOT,
        "Series forecast: %,d (30 days each); forecasting time %.1f s summed over operators,"
            + " %.2f ms per series",
        series,
        nanos / 1e9,
        series == 0 ? 0.0 : nanos / 1e6 / series);
  }

  private static long value(JobExecutionResult result, String name) {
    Object v = result.getAccumulatorResult(name);
    return v instanceof Number n ? n.longValue() : 0L;
  }
}
