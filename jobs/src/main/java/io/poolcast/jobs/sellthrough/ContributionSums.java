package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Roll-up contributions added up by their {@link RollupNumbers roll-up number}, in flat arrays: the
 * partial sums one BATCH subtask sends to the roll-up in place of every contribution. They add as
 * {@link SellThroughTally#add} adds two contributions (the roll-up finishes the row), so a roll-up
 * of the partial sums equals one of the contributions they hold.
 *
 * <p>Why arrays: a seed-scale backfill's subtask holds about 4 M region × SKU × day series at once
 * (a shop stage emits all of a shop's days before the next shop's), and a row object per series
 * would take several times the 104 bytes a series takes here. When {@link #isFull} the caller
 * drains the sums and starts again: more partial sums, the same roll-up.
 */
final class ContributionSums {
  // One series is one run of STRIDE longs, so that adding to it touches one place in memory: the
  // number, the closing time, the counts (units sold, value, listed, selling, delivered, stock,
  // stock known, stock-outs) and the two averages (daily units, stock units) as their bits. With a
  // field per array, every add missed the cache once per array: a sixth of the shop stage's time.
  private static final int NUMBER = 0;
  private static final int CLOSED_AT = 1;
  private static final int COUNTS = 2;
  private static final int AVERAGES = 10;
  private static final int STRIDE = 12;

  private static final int FIRST_CAPACITY = 1 << 12;

  private final int maxSeries;
  private long[] series = new long[0];

  /** Open addressing over the series: index + 1, 0 for a free slot; at least twice the capacity. */
  private int[] slots = new int[0];

  private int capacity;
  private int size;

  /**
   * @param maxSeries how many series the sums hold before they must be drained
   */
  ContributionSums(int maxSeries) {
    if (maxSeries < 1 || maxSeries > 1 << 27) {
      throw new IllegalArgumentException("maxSeries out of range: " + maxSeries);
    }
    this.maxSeries = maxSeries;
  }

  /** Whether the next new series would exceed the limit: drain before adding. */
  boolean isFull() {
    return size >= maxSeries;
  }

  /** How many series the sums hold. */
  int size() {
    return size;
  }

  /** Adds a contribution to its series' sums; {@code number} is its roll-up number. */
  void add(long number, SellThroughRow contribution) {
    int at = indexOf(number) * STRIDE;
    long[] s = series;
    if (s[at + CLOSED_AT] == Long.MIN_VALUE) {
      s[at + CLOSED_AT] = contribution.closedAt().toEpochMilli();
    }
    int c = at + COUNTS;
    s[c] += contribution.unitsSold();
    s[c + 1] += contribution.valueCents();
    s[c + 2] += contribution.listedSkus();
    s[c + 3] += contribution.sellingSkus();
    s[c + 4] += contribution.deliveredUnits();
    s[c + 5] += contribution.estimatedStockUnits();
    s[c + 6] += contribution.stockKnownSkus();
    s[c + 7] += contribution.stockOutSkus();
    addDouble(at + AVERAGES, contribution.averageDailyUnits());
    addDouble(at + AVERAGES + 1, contribution.averageStockUnits());
  }

  /** Hands every series' sums to {@code out} as one contribution, in first-added order; empties. */
  void drain(RollupNumbers rollupNumbers, Consumer<SellThroughRow> out) {
    for (int i = 0; i < size; i++) {
      out.accept(contribution(rollupNumbers.series(series[i * STRIDE + NUMBER]), i * STRIDE));
    }
    Arrays.fill(slots, 0);
    size = 0;
  }

  private void addDouble(int at, double value) {
    series[at] = Double.doubleToRawLongBits(Double.longBitsToDouble(series[at]) + value);
  }

  private SellThroughRow contribution(RollupNumbers.Series key, int at) {
    long[] s = series;
    int c = at + COUNTS;
    return new SellThroughRow(
        key.level(),
        key.regionId(),
        null,
        key.supplierId(),
        key.category(),
        key.sku(),
        key.date(),
        s[c],
        s[c + 1],
        s[c + 2],
        s[c + 3],
        0,
        s[c + 4],
        s[c + 5],
        s[c + 6],
        Double.longBitsToDouble(s[at + AVERAGES]),
        null,
        Double.longBitsToDouble(s[at + AVERAGES + 1]),
        null,
        s[c + 7],
        0,
        null,
        null,
        Instant.ofEpochMilli(s[at + CLOSED_AT]));
  }

  /** The series' index, a new zeroed one if the number is new. */
  private int indexOf(long number) {
    if (size == capacity) {
      grow();
    }
    int mask = slots.length - 1;
    for (int slot = spread(number) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        if (isFull()) {
          throw new IllegalStateException("contribution sums full: drain them first");
        }
        slots[slot] = size + 1;
        return start(number);
      }
      if (series[(entry - 1) * STRIDE + NUMBER] == number) {
        return entry - 1;
      }
    }
  }

  private int start(long number) {
    int index = size++;
    int at = index * STRIDE;
    Arrays.fill(series, at, at + STRIDE, 0L); // 0L is also the bits of 0.0
    series[at + NUMBER] = number;
    series[at + CLOSED_AT] = Long.MIN_VALUE;
    return index;
  }

  private void grow() {
    int next = Math.min(maxSeries, Math.max(FIRST_CAPACITY, capacity * 2));
    if (next == capacity) {
      return; // full: indexOf refuses a new series, finds an existing one
    }
    capacity = next;
    series = Arrays.copyOf(series, capacity * STRIDE);
    slots = new int[Integer.highestOneBit(capacity * 2 - 1) << 1];
    int mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = spread(series[i * STRIDE + NUMBER]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  /** Roll-up numbers differ mostly in their low (day) and middle bits: mix them all. */
  private static int spread(long number) {
    long h = number * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
