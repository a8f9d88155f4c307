package io.poolcast.jobs.backfill;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The delivery days a backfill recomputes, and which events it reads for them.
 *
 * <p>Output partitions are days {@code from..to}. Events are read from {@code lookbackDays} before
 * {@code from} (orders placed ahead for those days, and orders rolled over from earlier pools) up
 * to the end of {@code to} plus one day of time-zone margin: an order placed later is delivered
 * after {@code to}, and a later change of an order in range is refused at its cut-off anyway. Pools
 * outside the range are computed (they may roll orders into it) but not written.
 *
 * @param from first delivery day, inclusive
 * @param to last delivery day, inclusive
 * @param lookbackDays days of events read before {@code from}
 */
public record BackfillRange(LocalDate from, LocalDate to, int lookbackDays)
    implements Serializable {
  /** Default look-back: orders are placed at most a few days ahead; four weeks is ample. */
  public static final int DEFAULT_LOOKBACK_DAYS = 28;

  public BackfillRange {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("--to " + to + " is before --from " + from);
    }
    if (lookbackDays < 0) {
      throw new IllegalArgumentException("look-back must not be negative, was " + lookbackDays);
    }
  }

  /** The first event time read. */
  public Instant firstEventTime() {
    return from.minusDays(lookbackDays)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant()
        .minusSeconds(14 * 3600);
  }

  /** Events at or after this instant are not read. */
  public Instant endEventTime() {
    return to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  public boolean readsEventAt(Instant eventTime) {
    return !eventTime.isBefore(firstEventTime()) && eventTime.isBefore(endEventTime());
  }

  public boolean containsDeliveryDay(LocalDate day) {
    return day != null && !day.isBefore(from) && !day.isAfter(to);
  }

  /** The number of days from {@code from} to {@code to}, both included. */
  public int days() {
    return (int) ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** A name for this range's files, e.g. {@code 2026-01-01_2026-03-31}. */
  public String label() {
    return from + "_" + to;
  }
}
