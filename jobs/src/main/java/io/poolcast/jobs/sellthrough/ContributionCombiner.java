package io.poolcast.jobs.sellthrough;

import io.poolcast.events.SellThroughRow;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

/**
 * BATCH only: adds up a shop stage subtask's roll-up contributions per series and day ({@link
 * ContributionSums}) and sends the sums when its input ends, so the roll-up's exchange carries one
 * record per series, day and subtask instead of one per shop. On the seed year that is a few
 * million records in place of tens of millions, each of which a BATCH exchange would serialise,
 * sort and spill to disk. Chained to the shop stage: no exchange in between.
 *
 * <p>A live job cannot use it: it would have to hold a day's sums until the watermark closes the
 * day in every shop, which the roll-up's own state already does.
 */
final class ContributionCombiner extends AbstractStreamOperator<SellThroughRow>
    implements OneInputStreamOperator<SellThroughRow, SellThroughRow>, BoundedOneInput {
  private static final long serialVersionUID = 1L;

  /**
   * About 380 MB of sums per subtask when full. A 28-day backfill of the seed year holds about 4 M
   * series a subtask (its look-back included), so it drains about once at most; with half the cap
   * it drained several times, and the backfill took 19 % longer (BENCHMARKS.md). Any range stays
   * within the cap: a longer one only drains more often.
   */
  static final int DEFAULT_MAX_SERIES = 1 << 22;

  private final RollupNumbers numbers;
  private final int maxSeries;
  private transient ContributionSums sums;
  private transient StreamRecord<SellThroughRow> reuse;

  ContributionCombiner(RollupNumbers numbers, int maxSeries) {
    this.numbers = numbers;
    this.maxSeries = maxSeries;
  }

  @Override
  public void open() throws Exception {
    super.open();
    sums = new ContributionSums(maxSeries);
    reuse = new StreamRecord<>(null);
  }

  @Override
  public void processElement(StreamRecord<SellThroughRow> element) {
    if (sums.isFull()) {
      drain();
    }
    SellThroughRow contribution = element.getValue();
    sums.add(numbers.number(contribution), contribution);
  }

  @Override
  public void endInput() {
    drain();
  }

  /** Each sum carries the timestamp of its day's roll-up timer, as the contributions did. */
  private void drain() {
    sums.drain(
        numbers, sum -> output.collect(reuse.replace(sum, sum.closedAt().toEpochMilli() - 1)));
  }
}
