package io.poolcast.jobs.sellthrough;

import io.poolcast.forecasting.insight.MoverClasses;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The days a sell-through run publishes rows for, the days it only classifies, and the day a
 * bounded input closes through. A live job is {@link #LIVE}: every day's rows, days closed by the
 * watermark alone.
 *
 * @param classesFrom from this day (up to {@code rowsFrom}) the shops' region × SKU contributions
 *     are emitted but nothing else: the ABC / XYZ classes of the first published day look back over
 *     its trailing {@value MoverClasses#WINDOW_DAYS} days; null when no day before {@code rowsFrom}
 *     is classified
 * @param rowsFrom rows of earlier days are not published, though the days still close into each
 *     listing's stock ledger: a backfill publishes only its range, and emitting the rest of its
 *     look-back would shuffle rows (in a BATCH run, sort and spill them) for nothing; null
 *     publishes every day
 * @param closeThrough at the end of a bounded input, close every shop's days through this day (as a
 *     streaming job's watermark would), not only through the shop's last event day; null for a live
 *     job
 */
public record DayBounds(LocalDate classesFrom, LocalDate rowsFrom, LocalDate closeThrough)
    implements Serializable {
  /** A live job's bounds: none. */
  public static final DayBounds LIVE = new DayBounds(null, null, null);

  /** A backfill's bounds: rows of {@code from..to}, classes that look back from {@code from}. */
  public static DayBounds backfill(LocalDate from, LocalDate to) {
    return new DayBounds(from.minusDays(MoverClasses.WINDOW_DAYS - 1), from, to);
  }

  /** Whether rows of {@code day} are published. */
  public boolean publishes(LocalDate day) {
    return rowsFrom == null || !day.isBefore(rowsFrom);
  }

  /** Whether {@code day}'s region × SKU roll-ups are computed: published, or a classes' day. */
  public boolean classifies(LocalDate day) {
    return publishes(day) || (classesFrom != null && !day.isBefore(classesFrom));
  }
}
