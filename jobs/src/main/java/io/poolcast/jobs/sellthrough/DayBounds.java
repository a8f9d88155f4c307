package io.poolcast.jobs.sellthrough;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The days a sell-through run publishes rows for, and the day a bounded input closes through. A
 * live job is {@link #LIVE}: every day's rows, days closed by the watermark alone.
 *
 * @param rowsFrom rows of earlier days are not emitted, though the days still close into each
 *     listing's stock ledger: a backfill needs rows only from the first day its region × SKU
 *     classes look back to, and emitting the rest of its look-back would shuffle them for nothing;
 *     null emits every day
 * @param closeThrough at the end of a bounded input, close every shop's days through this day (as a
 *     streaming job's watermark would), not only through the shop's last event day; null for a live
 *     job
 */
public record DayBounds(LocalDate rowsFrom, LocalDate closeThrough) implements Serializable {
  /** A live job's bounds: none. */
  public static final DayBounds LIVE = new DayBounds(null, null);

  /** Whether rows of {@code day} are emitted. */
  public boolean emits(LocalDate day) {
    return rowsFrom == null || !day.isBefore(rowsFrom);
  }
}
