package io.poolcast.jobs.backfill;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.PoolcastKafka;
import io.poolcast.events.RawEvent;
import io.poolcast.jobs.flink.EventTimes;
import java.util.Objects;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A bounded read of one event topic: from each partition's first record timestamped at or after the
 * range's event window start to the partition's end offset when the backfill starts. A record is
 * produced after its event happened, so its timestamp is not earlier than its event time and no
 * event of the window lies before the start offset; the range filter drops the records read that
 * are outside the window (older events produced late, events after the range). Reads only committed
 * records, as the live jobs do.
 *
 * @param kafka the cluster
 * @param topic the topic, e.g. {@code poolcast.shop-orders}
 * @param stream which events, e.g. {@code shop-orders}: names the source operator (two inputs of
 *     one backfill must differ)
 */
public record KafkaInput(KafkaConnection kafka, String topic, String stream)
    implements BackfillInput {
  private static final String GROUP_PREFIX = "poolcast-backfill-";

  public KafkaInput {
    Objects.requireNonNull(kafka, "kafka");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(stream, "stream");
  }

  @Override
  public DataStream<RawEvent> read(StreamExecutionEnvironment env, BackfillRange range) {
    OffsetsInitializer start = OffsetsInitializer.timestamp(range.firstEventTime().toEpochMilli());
    // Offsets are never committed: a bounded job has no checkpoints to commit them on.
    return env.fromSource(
            PoolcastKafka.source(kafka, topic, GROUP_PREFIX + stream, start, true),
            EventTimes.rawEvents(),
            "backfill kafka " + stream)
        .uid("backfill-source-kafka-" + stream);
  }

  @Override
  public String describe() {
    return "Kafka topic " + topic + " at " + kafka.bootstrapServers();
  }
}
