package io.poolcast.jobs.flink;

import io.poolcast.events.EventJson;
import io.poolcast.events.RawEvent;
import java.time.Duration;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;

/**
 * Event-time policy of all jobs. Timestamps and watermarks are assigned at the source, on raw
 * records, so that a Kafka source tracks watermarks per partition: reading one partition ahead of
 * another then never makes the other's events late. Idle partitions do not hold back quiet regions'
 * day closes.
 */
public final class EventTimes {
  /** How late an event may arrive behind the newest one of its partition and still count. */
  public static final Duration MAX_OUT_OF_ORDER = Duration.ofMinutes(10);

  /** A partition silent this long stops holding the watermark back. */
  public static final Duration IDLENESS = Duration.ofMinutes(1);

  private EventTimes() {}

  public static WatermarkStrategy<RawEvent> rawEvents() {
    return WatermarkStrategy.<RawEvent>forBoundedOutOfOrderness(MAX_OUT_OF_ORDER)
        .withTimestampAssigner(new RawEventTime())
        .withIdleness(IDLENESS);
  }

  /**
   * The payload's {@code event_time}. A record without a readable one gets the smallest timestamp,
   * so garbage never moves the watermark (it becomes a dead letter downstream).
   */
  static final class RawEventTime implements SerializableTimestampAssigner<RawEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public long extractTimestamp(RawEvent e, long recordTimestamp) {
      return EventJson.eventTimeOf(e.payload()).map(t -> t.toEpochMilli()).orElse(Long.MIN_VALUE);
    }
  }
}
