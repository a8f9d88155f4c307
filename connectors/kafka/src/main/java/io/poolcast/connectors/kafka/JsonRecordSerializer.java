package io.poolcast.connectors.kafka;

import io.poolcast.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.util.function.SerializableFunction;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes each element as JSON ({@link EventJson}) to one topic, keyed by a function of the element
 * (UTF-8; a null key lets Kafka pick the partition). Only usable timestamps are forwarded (see
 * {@link TimestampRule}).
 *
 * @param <T> the element type
 */
public final class JsonRecordSerializer<T> implements KafkaRecordSerializationSchema<T> {
  private static final long serialVersionUID = 1L;

  private final String topic;
  private final SerializableFunction<T, String> keyFn;

  public JsonRecordSerializer(String topic, SerializableFunction<T, String> keyFn) {
    this.topic = PoolcastKafka.requireText(topic, "topic");
    this.keyFn = Objects.requireNonNull(keyFn, "key function");
  }

  @Override
  public ProducerRecord<byte[], byte[]> serialize(
      T element, KafkaSinkContext context, Long timestamp) {
    String key = keyFn.apply(element);
    byte[] keyBytes = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    return new ProducerRecord<>(
        topic, null, TimestampRule.usable(timestamp), keyBytes, EventJson.toBytes(element));
  }

  public String topic() {
    return topic;
  }
}
