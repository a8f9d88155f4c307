package io.poolcast.jobs.backfill;

import io.poolcast.events.EventJson;
import io.poolcast.events.RawEvent;
import java.time.Instant;
import java.util.Optional;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFilterFunction;

/**
 * Keeps the raw events a backfill range reads. An event without a readable event time is kept, so
 * decoding turns it into a dead letter rather than it vanishing. Counts what it read and skipped
 * (accumulators {@value #READ} and {@value #OUTSIDE}) for the backfill's summary.
 */
public final class EventTimeRangeFilter extends RichFilterFunction<RawEvent> {
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
  public boolean filter(RawEvent event) {
    read.add(1);
    Optional<Instant> time = EventJson.eventTimeOf(event.payload());
    boolean keep = time.isEmpty() || range.readsEventAt(time.get());
    if (!keep) {
      outside.add(1);
    }
    return keep;
  }
}
