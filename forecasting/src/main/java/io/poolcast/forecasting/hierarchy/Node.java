package io.poolcast.forecasting.hierarchy;

/**
 * One series of the hierarchy: an aggregate (e.g. {@code region=north/category=food} at level
 * {@code region,category}, or {@code total}) or a bottom series (level {@code bottom}, id = the
 * series' unique_id). {@code bottom} lists the bottom series (indices) it sums.
 */
public record Node(String id, String level, int[] bottom) {
  public static final String BOTTOM = "bottom";
  public static final String TOTAL = "total";

  public boolean isBottom() {
    return BOTTOM.equals(level);
  }
}
