package io.poolcast.jobs.backfill;

import io.poolcast.events.EventJson;
import io.poolcast.events.RawEvent;
import java.time.Instant;
import java.util.Optional;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keeps the raw events a backfill range reads. An event without a readable event time is kept, so
 * decoding turns it into a dead letter rather than it vanishing. Counts what it read and skipped
 * (accumulators {@value #READ} and {@value #OUTSIDE}) for the backfill's summary.
 *
 * <p>The event time is the record's timestamp, which every {@link BackfillInput} assigns from the
 * payload ({@link io.poolcast.jobs.flink.EventTimes}): the JSON is not parsed a second time.
 */
public final class EventTimeRangeFilter extends ProcessFunction<RawEvent, RawEvent> {
  private static final long serialVersionUID = 1L;
  public static final String READ = "backfill-events-read";
  public static final String OUTSIDE = "backfill-events-outside-range";

  private final BackfillRange range;
  private transient LongCounter read;
  private transient LongCounter outside;

  public EventTimeRangeFilter(BackfillRange range) {
    this.range = range;
  }

  @Override
  public void open(OpenContext openContext) {
    read = new LongCounter();
    outside = new LongCounter();
    getRuntimeContext().addAccumulator(READ, read);
    getRuntimeContext().addAccumulator(OUTSIDE, outside);
  }

  @Override
  public void processElement(RawEvent event, Context ctx, Collector<RawEvent> out) {
    read.add(1);
    if (keeps(event, ctx.timestamp())) {
      out.collect(event);
    } else {
      outside.add(1);
    }
  }

  /** {@code Long.MIN_VALUE} is the timestamp of a payload without a readable event time. */
  private boolean keeps(RawEvent event, Long timestamp) {
    Optional<Instant> time =
        timestamp == null
            ? EventJson.eventTimeOf(event.payload())
            : Optional.of(timestamp).filter(t -> t != Long.MIN_VALUE).map(Instant::ofEpochMilli);
    return time.isEmpty() || range.readsEventAt(time.get());
  }
}
