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
 * would take several times the 88 bytes a series takes here. When {@link #isFull} the caller drains
 * the sums and starts again: more partial sums, the same roll-up.
 *
 * <p>Why blocks of {@value #BLOCK_DAYS} days: a shop closes its days one after the other, each
 * adding to the same few hundred series. With a series' days side by side, a shop's next days find
 * their sums still in the processor's cache; with each series-day placed by its own hash, every add
 * missed the cache twice (the hash slot, then the sums), a tenth of the shop stage's time.
 */
final class ContributionSums {
  /** Days of a series kept side by side: the low bits of a roll-up number are its day. */
  static final int BLOCK_DAYS = 8;

  private static final int DAY_BITS = 3; // log2(BLOCK_DAYS)

  // One series-day is one run of STRIDE longs: the closing time (Long.MIN_VALUE while the day has
  // no sums), the counts (units sold, value, listed, selling, delivered, stock, stock known,
  // stock-outs) and the two averages (daily units, stock units) as their bits.
  private static final int CLOSED_AT = 0;
  private static final int COUNTS = 1;
  private static final int AVERAGES = 9;
  private static final int STRIDE = 11;
  private static final int BLOCK_STRIDE = BLOCK_DAYS * STRIDE;

  private static final int FIRST_CAPACITY = 1 << 9;

  private final int maxBlocks;
  private long[] sums = new long[0];

  /** Each block's number without its day bits, in the order the blocks were started. */
  private long[] blockKeys = new long[0];

  /** Open addressing over the blocks: index + 1, 0 for a free slot; at least twice the capacity. */
  private int[] slots = new int[0];

  private int capacity;
  private int blocks;
  private int size;

  /**
   * @param maxSeries about how many series-days the sums hold before they must be drained (whole
   *     blocks of {@value #BLOCK_DAYS} days: fewer when blocks are not full)
   */
  ContributionSums(int maxSeries) {
    if (maxSeries < 1 || maxSeries > 1 << 27) {
      throw new IllegalArgumentException("maxSeries out of range: " + maxSeries);
    }
    this.maxBlocks = Math.max(1, maxSeries / BLOCK_DAYS);
  }

  /** Whether a new block might not fit: drain before adding. */
  boolean isFull() {
    return blocks >= maxBlocks;
  }

  /** How many series-days the sums hold. */
  int size() {
    return size;
  }

  /** Adds a contribution to its series' sums; {@code number} is its roll-up number. */
  void add(long number, SellThroughRow contribution) {
    int at =
        blockOf(number >>> DAY_BITS) * BLOCK_STRIDE + (int) (number & (BLOCK_DAYS - 1)) * STRIDE;
    long[] s = sums;
    if (s[at + CLOSED_AT] == Long.MIN_VALUE) {
      s[at + CLOSED_AT] = contribution.closedAt().toEpochMilli();
      size++;
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

  /**
   * Hands every series-day's sums to {@code out} as one contribution: blocks in the order they were
   * started, each block's days in order. Empties the sums.
   */
  void drain(RollupNumbers rollupNumbers, Consumer<SellThroughRow> out) {
    for (int b = 0; b < blocks; b++) {
      for (int day = 0; day < BLOCK_DAYS; day++) {
        int at = b * BLOCK_STRIDE + day * STRIDE;
        if (sums[at + CLOSED_AT] != Long.MIN_VALUE) {
          long number = blockKeys[b] << DAY_BITS | day;
          out.accept(contribution(rollupNumbers.series(number), at));
        }
      }
    }
    Arrays.fill(slots, 0);
    blocks = 0;
    size = 0;
  }

  private void addDouble(int at, double value) {
    sums[at] = Double.doubleToRawLongBits(Double.longBitsToDouble(sums[at]) + value);
  }

  private SellThroughRow contribution(RollupNumbers.Series key, int at) {
    long[] s = sums;
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

  /** The block's index, a new empty one if the key is new. */
  private int blockOf(long key) {
    if (blocks == capacity) {
      grow();
    }
    int mask = slots.length - 1;
    for (int slot = spread(key) & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot];
      if (entry == 0) {
        if (isFull()) {
          throw new IllegalStateException("contribution sums full: drain them first");
        }
        slots[slot] = blocks + 1;
        return start(key);
      }
      if (blockKeys[entry - 1] == key) {
        return entry - 1;
      }
    }
  }

  private int start(long key) {
    int block = blocks++;
    blockKeys[block] = key;
    int at = block * BLOCK_STRIDE;
    Arrays.fill(sums, at, at + BLOCK_STRIDE, 0L); // 0L is also the bits of 0.0
    for (int day = 0; day < BLOCK_DAYS; day++) {
      sums[at + day * STRIDE + CLOSED_AT] = Long.MIN_VALUE;
    }
    return block;
  }

  private void grow() {
    int next = Math.min(maxBlocks, Math.max(FIRST_CAPACITY, capacity * 2));
    if (next == capacity) {
      return; // full: blockOf refuses a new block, finds an existing one
    }
    capacity = next;
    sums = Arrays.copyOf(sums, capacity * BLOCK_STRIDE);
    blockKeys = Arrays.copyOf(blockKeys, capacity);
    slots = new int[Integer.highestOneBit(capacity * 2 - 1) << 1];
    int mask = slots.length - 1;
    for (int i = 0; i < blocks; i++) {
      int slot = spread(blockKeys[i]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  /** Block keys differ mostly in their low (day) and middle bits: mix them all. */
  private static int spread(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
