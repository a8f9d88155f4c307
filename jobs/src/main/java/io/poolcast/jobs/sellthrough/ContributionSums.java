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
  /** Summed counts per series: units sold, value, listed, selling, delivered, stock, known, out. */
  private static final int COUNTS = 8;

  /** Summed averages per series: daily units and stock units. */
  private static final int AVERAGES = 2;

  private static final int FIRST_CAPACITY = 1 << 12;

  private final int maxSeries;
  private long[] numbers = new long[0];
  private long[] closedAt = new long[0];
  private long[] counts = new long[0];
  private double[] averages = new double[0];

  /** Open addressing over the series: index + 1, 0 for a free slot; at least twice the capacity. */
  private int[] slots = new int[0];

  private int size;

  /**
   * @param maxSeries how many series the sums hold before they must be drained
   */
  ContributionSums(int maxSeries) {
    if (maxSeries < 1 || maxSeries > 1 << 29) {
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
    int index = indexOf(number);
    int c = index * COUNTS;
    counts[c] += contribution.unitsSold();
    counts[c + 1] += contribution.valueCents();
    counts[c + 2] += contribution.listedSkus();
    counts[c + 3] += contribution.sellingSkus();
    counts[c + 4] += contribution.deliveredUnits();
    counts[c + 5] += contribution.estimatedStockUnits();
    counts[c + 6] += contribution.stockKnownSkus();
    counts[c + 7] += contribution.stockOutSkus();
    int a = index * AVERAGES;
    averages[a] += contribution.averageDailyUnits();
    averages[a + 1] += contribution.averageStockUnits();
    if (closedAt[index] == Long.MIN_VALUE) {
      closedAt[index] = contribution.closedAt().toEpochMilli();
    }
  }

  /** Hands every series' sums to {@code out} as one contribution, in first-added order; empties. */
  void drain(RollupNumbers rollupNumbers, Consumer<SellThroughRow> out) {
    for (int i = 0; i < size; i++) {
      out.accept(contribution(rollupNumbers.series(numbers[i]), i));
    }
    Arrays.fill(slots, 0);
    size = 0;
  }

  private SellThroughRow contribution(RollupNumbers.Series series, int index) {
    int c = index * COUNTS;
    int a = index * AVERAGES;
    return new SellThroughRow(
        series.level(),
        series.regionId(),
        null,
        series.supplierId(),
        series.category(),
        series.sku(),
        series.date(),
        counts[c],
        counts[c + 1],
        counts[c + 2],
        counts[c + 3],
        0,
        counts[c + 4],
        counts[c + 5],
        counts[c + 6],
        averages[a],
        null,
        averages[a + 1],
        null,
        counts[c + 7],
        0,
        null,
        null,
        Instant.ofEpochMilli(closedAt[index]));
  }

  /** The series' index, a new zeroed one if the number is new. */
  private int indexOf(long number) {
    if (size == numbers.length) {
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
      if (numbers[entry - 1] == number) {
        return entry - 1;
      }
    }
  }

  private int start(long number) {
    int index = size++;
    numbers[index] = number;
    closedAt[index] = Long.MIN_VALUE;
    Arrays.fill(counts, index * COUNTS, (index + 1) * COUNTS, 0L);
    Arrays.fill(averages, index * AVERAGES, (index + 1) * AVERAGES, 0.0);
    return index;
  }

  private void grow() {
    int capacity = Math.min(maxSeries, Math.max(FIRST_CAPACITY, numbers.length * 2));
    if (capacity == numbers.length) {
      return; // full: indexOf refuses a new series, finds an existing one
    }
    numbers = Arrays.copyOf(numbers, capacity);
    closedAt = Arrays.copyOf(closedAt, capacity);
    counts = Arrays.copyOf(counts, capacity * COUNTS);
    averages = Arrays.copyOf(averages, capacity * AVERAGES);
    slots = new int[Integer.highestOneBit(capacity * 2 - 1) << 1];
    int mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = spread(numbers[i]) & mask;
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
