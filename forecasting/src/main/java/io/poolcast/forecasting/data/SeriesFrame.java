package io.poolcast.forecasting.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Many series of one frequency, sorted by unique id so every downstream step iterates in the same
 * order.
 */
public final class SeriesFrame {
  private final List<Series> series;
  private final Frequency frequency;
  private final Map<String, Series> byId = new LinkedHashMap<>();

  public SeriesFrame(List<Series> series) {
    if (series.isEmpty()) {
      throw new IllegalArgumentException("a frame needs at least one series");
    }
    List<Series> sorted = new ArrayList<>(series);
    sorted.sort(Comparator.comparing(Series::uniqueId));
    this.series = List.copyOf(sorted);
    this.frequency = sorted.get(0).frequency();
    for (Series s : this.series) {
      if (s.frequency() != frequency) {
        throw new IllegalArgumentException(
            "series " + s.uniqueId() + " is " + s.frequency() + ", frame is " + frequency);
      }
      if (byId.put(s.uniqueId(), s) != null) {
        throw new IllegalArgumentException("duplicate unique_id " + s.uniqueId());
      }
    }
  }

  public List<Series> series() {
    return series;
  }

  public int size() {
    return series.size();
  }

  public Frequency frequency() {
    return frequency;
  }

  public Series get(String uniqueId) {
    return byId.get(uniqueId);
  }

  public LocalDate firstDate() {
    return series.stream().map(Series::start).min(Comparator.naturalOrder()).orElseThrow();
  }

  public LocalDate lastDate() {
    return series.stream().map(Series::lastDate).max(Comparator.naturalOrder()).orElseThrow();
  }

  /** Exogenous columns present on any series, in input order. */
  public List<ExogenousColumn> exogenousColumns() {
    LinkedHashSet<ExogenousColumn> columns = new LinkedHashSet<>();
    series.forEach(s -> columns.addAll(s.exogenous().columns()));
    return List.copyOf(columns);
  }

  /** Attribute (hierarchy) column names present on any series, sorted. */
  public List<String> attributeKeys() {
    TreeSet<String> keys = new TreeSet<>();
    series.forEach(s -> keys.addAll(s.attributes().keySet()));
    return List.copyOf(keys);
  }
}
