package io.poolcast.connectors.kafka;

/**
 * Which Flink record timestamps may be written to Kafka. Event-time timers that fire at the end of
 * input carry {@code Long.MAX_VALUE}, which brokers refuse; such records are written with no
 * timestamp, so the producer stamps them.
 */
final class TimestampRule {
  private TimestampRule() {}

  /** The timestamp to give Kafka: null when Flink's is missing, negative or {@code MAX_VALUE}. */
  static Long usable(Long flinkTimestamp) {
    if (flinkTimestamp == null || flinkTimestamp < 0 || flinkTimestamp == Long.MAX_VALUE) {
      return null;
    }
    return flinkTimestamp;
  }
}
