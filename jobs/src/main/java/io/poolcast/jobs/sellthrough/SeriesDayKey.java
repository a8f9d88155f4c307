package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import org.apache.flink.api.java.functions.KeySelector;

/**
 * Keys a row by its series and day ({@link SellThroughTally#seriesKey}), behind that key's hash in
 * hex. The hash changes no grouping (equal series keys give equal keys, and the first {@code |}
 * ends the hash); it is there for BATCH runs, which sort every keyed record by its serialized key
 * and compare only the first 16 bytes cheaply. The bare series keys of a level and region share
 * those bytes ({@code region_sku|east…}), so the sort compared nearly every pair byte by byte, a
 * quarter of a sell-through backfill's CPU. (A savepoint of a job before this prefix restores the
 * open day's roll-ups under their old keys; the day's rows arriving after the restore sum under the
 * new ones, so that one day publishes a series' roll-up in two parts.)
 */
public final class SeriesDayKey implements KeySelector<SellThroughRow, String> {
  private static final long serialVersionUID = 1L;

  @Override
  public String getKey(SellThroughRow row) {
    String series = SellThroughTally.seriesKey(row);
    return Integer.toHexString(series.hashCode()) + "|" + series;
  }
}
