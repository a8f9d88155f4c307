package io.poolcast.connectors.kafka;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.RawEvent;
import java.util.Objects;
import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.util.function.SerializableFunction;

/**
 * Kafka sources and sinks for PoolCast's Flink jobs. Sources read raw records ({@link RawEvent})
 * with {@code read_committed}; sinks write JSON. Incomplete configuration is refused with a message
 * that says what is missing.
 */
public final class PoolcastKafka {
  /**
   * {@code transaction.timeout.ms} of exactly-once sinks unless the connection sets one: Flink's
   * default (1 h) is above the usual broker maximum ({@code transaction.max.timeout.ms}, 15 min),
   * which makes the broker refuse the producer.
   */
  public static final long DEFAULT_TRANSACTION_TIMEOUT_MS =
      EmbeddedKafkaBroker.TRANSACTION_MAX_TIMEOUT_MS;

  private static final String TRANSACTION_TIMEOUT = "transaction.timeout.ms";
  private static final String ISOLATION_LEVEL = "isolation.level";

  private PoolcastKafka() {}

  /**
   * A source of raw records from one topic.
   *
   * @param start where to start when the group has no committed offsets, e.g. {@code
   *     OffsetsInitializer.earliest()} or {@code committedOffsets(OffsetResetStrategy.EARLIEST)}
   * @param bounded stop at the offsets that are latest when the job starts (backfills, tests)
   */
  public static KafkaSource<RawEvent> source(
      KafkaConnection c, String topic, String groupId, OffsetsInitializer start, boolean bounded) {
    Objects.requireNonNull(c, "Kafka connection is required");
    Objects.requireNonNull(
        start, "starting offsets are required (e.g. OffsetsInitializer.earliest())");
    Properties props = c.toProperties();
    // Upstream PoolCast jobs write in transactions: never read what they may still abort.
    props.putIfAbsent(ISOLATION_LEVEL, "read_committed");
    KafkaSourceBuilder<RawEvent> builder =
        KafkaSource.<RawEvent>builder()
            .setProperties(props)
            .setBootstrapServers(c.bootstrapServers())
            .setTopics(requireText(topic, "topic"))
            .setGroupId(requireText(groupId, "consumer group id"))
            .setStartingOffsets(start)
            .setDeserializer(new RawEventDeserializer());
    if (bounded) {
      builder.setBounded(OffsetsInitializer.latest());
    }
    return builder.build();
  }

  /**
   * A sink that writes each element as JSON to {@code topic}.
   *
   * @param keyFn the record key of an element (null for none)
   * @param g delivery guarantee; {@code EXACTLY_ONCE} writes in transactions committed on
   *     checkpoints, so readers see the records only after a checkpoint and must use {@code
   *     read_committed}
   * @param transactionalIdPrefix required for {@code EXACTLY_ONCE}: unique per job and sink on the
   *     cluster; ignored otherwise (may be null)
   */
  public static <T> KafkaSink<T> jsonSink(
      KafkaConnection c,
      String topic,
      SerializableFunction<T, String> keyFn,
      DeliveryGuarantee g,
      String transactionalIdPrefix) {
    Objects.requireNonNull(c, "Kafka connection is required");
    Objects.requireNonNull(g, "delivery guarantee is required");
    KafkaSinkBuilder<T> builder =
        KafkaSink.<T>builder()
            .setKafkaProducerConfig(producerConfig(c, g))
            .setBootstrapServers(c.bootstrapServers())
            .setRecordSerializer(new JsonRecordSerializer<>(topic, keyFn))
            .setDeliveryGuarantee(g);
    if (g == DeliveryGuarantee.EXACTLY_ONCE) {
      builder.setTransactionalIdPrefix(
          requireText(
              transactionalIdPrefix,
              "transactionalIdPrefix (EXACTLY_ONCE needs one, unique per job and sink)"));
    } else if (transactionalIdPrefix != null && !transactionalIdPrefix.isBlank()) {
      builder.setTransactionalIdPrefix(transactionalIdPrefix);
    }
    return builder.build();
  }

  /** A sink for dead letters on {@link Topics#DEAD_LETTERS}, keyed by source topic. */
  public static KafkaSink<DeadLetter> deadLetterSink(
      KafkaConnection c, DeliveryGuarantee g, String txPrefix) {
    return deadLetterSink(c, Topics.DEAD_LETTERS, g, txPrefix);
  }

  /** Dead letters to another topic than the default (e.g. one with an environment prefix). */
  public static KafkaSink<DeadLetter> deadLetterSink(
      KafkaConnection c, String topic, DeliveryGuarantee g, String txPrefix) {
    return jsonSink(c, topic, DeadLetterKey.INSTANCE, g, txPrefix);
  }

  private static Properties producerConfig(KafkaConnection c, DeliveryGuarantee g) {
    Properties props = c.toProperties();
    if (g == DeliveryGuarantee.EXACTLY_ONCE) {
      props.putIfAbsent(TRANSACTION_TIMEOUT, Long.toString(DEFAULT_TRANSACTION_TIMEOUT_MS));
    }
    return props;
  }

  static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value;
  }

  /** Dead letters are keyed by the topic they came from. */
  private enum DeadLetterKey implements SerializableFunction<DeadLetter, String> {
    INSTANCE;

    @Override
    public String apply(DeadLetter letter) {
      return letter.sourceTopic();
    }
  }
}
