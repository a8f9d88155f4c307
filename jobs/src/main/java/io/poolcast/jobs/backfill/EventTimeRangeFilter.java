package io.poolcast.jobs.backfill;

import io.poolcast.events.EventJson;
import io.poolcast.events.RawEvent;
import java.time.Instant;
import java.util.Optional;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.function.SerializableFunction;

/**
 * Keeps the events a backfill range reads, raw or already decoded. A raw event without a readable
 * event time is kept, so decoding turns it into a dead letter rather than it vanishing. Counts what
 * it read and skipped (accumulators {@value #READ} and {@value #OUTSIDE}) for the backfill's
 * summary.
 *
 * <p>The event time is the record's timestamp, which every {@link BackfillInput} assigns from the
 * event ({@link io.poolcast.jobs.flink.EventTimes} for raw payloads): the JSON is not parsed a
 * second time.
 *
 * @param <T> {@link RawEvent}, or a decoded event type
 */
public final class EventTimeRangeFilter<T> extends ProcessFunction<T, T> {
  private static final long serialVersionUID = 1L;
  public static final String READ = "backfill-events-read";
  public static final String OUTSIDE = "backfill-events-outside-range";

  private final BackfillRange range;
  private final SerializableFunction<T, Optional<Instant>> withoutTimestamp;
  private transient LongCounter read;
  private transient LongCounter outside;
  private transient long firstMillis;
  private transient long endMillis;

  private EventTimeRangeFilter(
      BackfillRange range, SerializableFunction<T, Optional<Instant>> withoutTimestamp) {
    this.range = range;
    this.withoutTimestamp = withoutTimestamp;
  }

  /** For raw events: one without a timestamp has its payload's event time read. */
  public static EventTimeRangeFilter<RawEvent> ofRaw(BackfillRange range) {
    return new EventTimeRangeFilter<>(range, new PayloadEventTime());
  }

  /** For decoded events, each with its event time as the record's timestamp. */
  public static <T> EventTimeRangeFilter<T> ofTimestamped(BackfillRange range) {
    return new EventTimeRangeFilter<>(range, new NoEventTime<>());
  }

  @Override
  public void open(OpenContext openContext) {
    read = new LongCounter();
    outside = new LongCounter();
    getRuntimeContext().addAccumulator(READ, read);
    getRuntimeContext().addAccumulator(OUTSIDE, outside);
    // The range's bounds once, not for every one of millions of events.
    firstMillis = range.firstEventTime().toEpochMilli();
    endMillis = range.endEventTime().toEpochMilli();
  }

  @Override
  public void processElement(T event, Context ctx, Collector<T> out) throws Exception {
    read.add(1);
    if (keeps(event, ctx.timestamp())) {
      out.collect(event);
    } else {
      outside.add(1);
    }
  }

  /** {@code Long.MIN_VALUE} is the timestamp of a payload without a readable event time. */
  private boolean keeps(T event, Long timestamp) throws Exception {
    if (timestamp != null) {
      return timestamp == Long.MIN_VALUE || (timestamp >= firstMillis && timestamp < endMillis);
    }
    Optional<Instant> time = withoutTimestamp.apply(event);
    return time.isEmpty() || range.readsEventAt(time.get());
  }

  private static final class PayloadEventTime
      implements SerializableFunction<RawEvent, Optional<Instant>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Optional<Instant> apply(RawEvent event) {
      return EventJson.eventTimeOf(event.payload());
    }
  }

  private static final class NoEventTime<T> implements SerializableFunction<T, Optional<Instant>> {
    private static final long serialVersionUID = 1L;

    @Override
    public Optional<Instant> apply(T event) {
      return Optional.empty();
    }
  }
}
