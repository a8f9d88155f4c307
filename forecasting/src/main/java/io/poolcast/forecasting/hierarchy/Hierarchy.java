package io.poolcast.forecasting.hierarchy;

import io.poolcast.forecasting.data.Frequency;
import io.poolcast.forecasting.data.Series;
import io.poolcast.forecasting.data.SeriesFrame;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Aggregate levels built from series attributes. The frame's series are the bottom level (e.g. shop
 * × sku); each level names the attributes it groups by, e.g. {@code "region,sku"}, {@code
 * "region,category"}, and {@code "total"} (or an empty string) for the grand total. Levels need not
 * nest (a grouped hierarchy works the same). A level naming a column that no series has is refused;
 * a series without a level's attribute is grouped under {@code (missing)} and listed in {@link
 * #warnings()}.
 *
 * <p>Node ids: {@code total}; for other levels {@code column=value} pairs in the level's column
 * order joined by {@code /} (e.g. {@code region=R1/sku=S7}); bottom nodes keep their unique_id.
 */
public final class Hierarchy {
  static final String MISSING = "(missing)";

  /** The attribute every node of {@link #aggregatedFrame()} carries: its level. */
  public static final String LEVEL = "level";

  private final SeriesFrame bottom;
  private final SummingMatrix summing;
  private final List<String> warnings;
  private final Map<String, String> levelById = new HashMap<>();

  private Hierarchy(SeriesFrame bottom, SummingMatrix summing, List<String> warnings) {
    this.bottom = bottom;
    this.summing = summing;
    this.warnings = List.copyOf(warnings);
    summing.nodes().forEach(n -> levelById.put(n.id(), n.level()));
  }

  /**
   * @throws IllegalArgumentException if a level names a column no series has (the message lists the
   *     available ones), if the input has a {@code level} column (that name labels the hierarchy
   *     level of every node), or if a unique_id equals an aggregate id
   */
  public static Hierarchy of(SeriesFrame bottom, List<String> levels) {
    checkColumns(bottom, levels);
    List<Node> nodes = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Series> series = bottom.series();
    for (String level : levels) {
      List<String> keys = keys(level);
      Map<String, List<Integer>> groups = new TreeMap<>();
      for (int b = 0; b < series.size(); b++) {
        groups
            .computeIfAbsent(nodeId(series.get(b), keys, warnings), k -> new ArrayList<>())
            .add(b);
      }
      String levelName = keys.isEmpty() ? Node.TOTAL : String.join(",", keys);
      groups.forEach(
          (id, members) ->
              nodes.add(
                  new Node(id, levelName, members.stream().mapToInt(Integer::intValue).toArray())));
    }
    for (int b = 0; b < series.size(); b++) {
      String id = series.get(b).uniqueId();
      if (nodes.stream().anyMatch(n -> n.id().equals(id))) {
        throw new IllegalArgumentException("unique_id " + id + " collides with an aggregate id");
      }
      nodes.add(new Node(id, Node.BOTTOM, new int[] {b}));
    }
    return new Hierarchy(bottom, new SummingMatrix(nodes, series.size()), warnings);
  }

  private static void checkColumns(SeriesFrame bottom, List<String> levels) {
    List<String> available = bottom.attributeKeys();
    if (available.contains(LEVEL)) {
      throw new IllegalArgumentException(
          "the input has a column '" + LEVEL + "', which names the hierarchy level; rename it");
    }
    for (String level : levels) {
      for (String key : keys(level)) {
        if (!available.contains(key)) {
          throw new IllegalArgumentException(
              "unknown column '"
                  + key
                  + "' in level '"
                  + level
                  + "'; available: "
                  + (available.isEmpty() ? "none" : String.join(", ", available))
                  + " or "
                  + Node.TOTAL);
        }
      }
    }
  }

  private static List<String> keys(String level) {
    String trimmed = level.trim();
    if (trimmed.isEmpty() || trimmed.equalsIgnoreCase(Node.TOTAL)) {
      return List.of();
    }
    return Arrays.stream(trimmed.split(",")).map(String::trim).toList();
  }

  private static String nodeId(Series s, List<String> keys, List<String> warnings) {
    if (keys.isEmpty()) {
      return Node.TOTAL;
    }
    List<String> parts = new ArrayList<>();
    for (String key : keys) {
      String value = s.attributes().get(key);
      if (value == null) {
        warnings.add(s.uniqueId() + ": no attribute " + key + ", grouped under " + MISSING);
        value = MISSING;
      }
      parts.add(key + "=" + value);
    }
    return String.join("/", parts);
  }

  public SummingMatrix summingMatrix() {
    return summing;
  }

  public List<Node> nodes() {
    return summing.nodes();
  }

  public List<String> warnings() {
    return warnings;
  }

  /** The level of a node id ({@code region,sku}, {@code total}, {@code bottom}), null if none. */
  public String levelOf(String nodeId) {
    return levelById.get(nodeId);
  }

  /** The level names in node order: the requested levels, then {@code bottom}. */
  public List<String> levels() {
    return summing.nodes().stream().map(Node::level).distinct().toList();
  }

  /**
   * Every node as a series ending on the frame's last date, so all forecasts (and backtest cutoffs)
   * fall on the same days. Bottom series keep their own start — a shop that opened later starts
   * later, as in a forecast without levels — and are padded with zeros after their last date (no
   * order line = no demand). Aggregates run from the frame's first date and are the sums of their
   * bottom series (missing values count as 0). Every node carries {@code level} ({@code bottom} for
   * the input series, which keep their attributes); aggregates carry their level's attributes.
   */
  public SeriesFrame aggregatedFrame() {
    Frequency freq = bottom.frequency();
    LocalDate first = bottom.firstDate();
    int length = steps(freq, first, bottom.lastDate()) + 1;
    double[][] padded = new double[bottom.size()][];
    for (int b = 0; b < bottom.size(); b++) {
      Series s = bottom.series().get(b);
      padded[b] = new double[length];
      int offset = steps(freq, first, s.start());
      for (int i = 0; i < s.length(); i++) {
        double v = s.y(i);
        padded[b][offset + i] = Double.isFinite(v) ? v : 0;
      }
    }
    List<Series> out = new ArrayList<>();
    for (Node node : summing.nodes()) {
      double[] y = new double[length];
      for (int b : node.bottom()) {
        for (int t = 0; t < length; t++) {
          y[t] += padded[b][t];
        }
      }
      int start =
          node.isBottom() ? steps(freq, first, bottom.series().get(node.bottom()[0]).start()) : 0;
      Series series =
          new Series(
              node.id(),
              freq.plus(first, start),
              freq,
              Arrays.copyOfRange(y, start, length),
              attributes(node));
      // bottom nodes keep their daily covariates (GBM); sums of prices would mean nothing
      out.add(
          node.isBottom()
              ? series.withExogenous(bottom.series().get(node.bottom()[0]).exogenous())
              : series);
    }
    return new SeriesFrame(out);
  }

  private Map<String, String> attributes(Node node) {
    Map<String, String> attrs = new LinkedHashMap<>();
    if (node.isBottom()) {
      attrs.putAll(bottom.series().get(node.bottom()[0]).attributes());
    }
    attrs.put(LEVEL, node.level());
    if (node.isBottom()) {
      return attrs;
    }
    if (!node.level().equals(Node.TOTAL)) {
      for (String part : node.id().split("/")) {
        int eq = part.indexOf('=');
        attrs.put(part.substring(0, eq), part.substring(eq + 1));
      }
    }
    return attrs;
  }

  private static int steps(Frequency freq, LocalDate from, LocalDate to) {
    return (int) ((to.toEpochDay() - from.toEpochDay()) / freq.stepDays());
  }
}
