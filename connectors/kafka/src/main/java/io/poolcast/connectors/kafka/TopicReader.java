package io.poolcast.connectors.kafka;

import io.poolcast.events.Decoded;
import io.poolcast.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a whole topic (or what was added to it since a mark, {@link #readAllFrom}), from the
 * beginning up to the end offsets it has when reading starts, with {@code read_committed} (only
 * committed transactions) and without a consumer group. For the CLI, the demo and tests. Records
 * come in partition order; within a partition, in offset order.
 */
public final class TopicReader {
  private static final Duration POLL = Duration.ofMillis(200);

  private TopicReader() {}

  /**
   * Every value of {@code topic}, decoded and validated as {@code type}.
   *
   * @throws IllegalStateException if a record does not decode (naming its partition, offset and
   *     reason), or the end is not reached within {@code timeout}
   */
  public static <T> List<T> readAll(
      KafkaConnection c, String topic, Class<T> type, Duration timeout) {
    Objects.requireNonNull(type, "type");
    return read(c, topic, Map.of(), timeout, record -> decode(record, type));
  }

  /**
   * The values of {@code topic} written after {@code from}, a mark taken with {@link #endOffsets}
   * (partitions the mark does not name are read from their beginning): what one run added to a
   * topic that earlier runs wrote too.
   */
  public static <T> List<T> readAllFrom(
      KafkaConnection c,
      String topic,
      Map<TopicPartition, Long> from,
      Class<T> type,
      Duration timeout) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(type, "type");
    return read(c, topic, from, timeout, record -> decode(record, type));
  }

  /**
   * Where each partition of {@code topic} ends now (its high watermark; empty when the topic does
   * not exist): a mark to read on from with {@link #readAllFrom}, or to start a Kafka source at.
   */
  public static Map<TopicPartition, Long> endOffsets(
      KafkaConnection c, String topic, Duration timeout) {
    Objects.requireNonNull(c, "Kafka connection is required");
    PoolcastKafka.requireText(topic, "topic");
    Objects.requireNonNull(timeout, "timeout");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(c))) {
      List<TopicPartition> partitions = partitions(consumer, topic, timeout);
      Map<TopicPartition, Long> end = highWatermarks(c, partitions, timeout);
      Map<TopicPartition, Long> inOrder = new LinkedHashMap<>(); // serializable, for a source
      partitions.forEach(p -> inOrder.put(p, end.get(p)));
      return inOrder;
    }
  }

  /** Every value of {@code topic} as UTF-8 text (null for a record without value). */
  public static List<String> readAllRaw(KafkaConnection c, String topic, Duration timeout) {
    return read(c, topic, Map.of(), timeout, TopicReader::text);
  }

  /** Every record of {@code topic} as a raw event. */
  public static List<io.poolcast.events.RawEvent> readAllRecords(
      KafkaConnection c, String topic, Duration timeout) {
    return read(c, topic, Map.of(), timeout, RawEventDeserializer::toRawEvent);
  }

  /**
   * Every record of {@code topic} as {@code convert} makes it, e.g. to look at a record's headers.
   */
  public static <R> List<R> readAll(
      KafkaConnection c,
      String topic,
      Duration timeout,
      Function<ConsumerRecord<byte[], byte[]>, R> convert) {
    Objects.requireNonNull(convert, "convert");
    return read(c, topic, Map.of(), timeout, convert);
  }

  private static <R> List<R> read(
      KafkaConnection c,
      String topic,
      Map<TopicPartition, Long> from,
      Duration timeout,
      Function<ConsumerRecord<byte[], byte[]>, R> convert) {
    Objects.requireNonNull(c, "Kafka connection is required");
    PoolcastKafka.requireText(topic, "topic");
    Objects.requireNonNull(timeout, "timeout");
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(c))) {
      List<TopicPartition> partitions = partitions(consumer, topic, timeout);
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      from.forEach(
          (partition, offset) -> {
            if (partitions.contains(partition)) {
              consumer.seek(partition, offset);
            }
          });
      // The end is the high watermark, not the last stable offset a read_committed consumer is
      // told: right after a commit, the broker may not have written the commit markers yet, and
      // the last stable offset still points before the transaction. Polling on to the high
      // watermark waits for them (and fails loudly on a transaction that never ends).
      Map<TopicPartition, Long> end = highWatermarks(c, partitions, timeout);
      List<R> values = new ArrayList<>();
      Instant deadline = Instant.now().plus(timeout); // a client-side time-out, not event time
      while (!reachedEnd(consumer, end)) {
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "did not reach the end of "
                  + topic
                  + " within "
                  + timeout
                  + " (end offsets "
                  + end
                  + ")");
        }
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          values.add(convert.apply(record));
        }
      }
      return values;
    }
  }

  private static Map<TopicPartition, Long> highWatermarks(
      KafkaConnection c, List<TopicPartition> partitions, Duration timeout) {
    Properties props = consumerConfig(c);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
    try (KafkaConsumer<byte[], byte[]> probe = new KafkaConsumer<>(props)) {
      return probe.endOffsets(partitions, timeout);
    }
  }

  private static List<TopicPartition> partitions(
      KafkaConsumer<byte[], byte[]> consumer, String topic, Duration timeout) {
    List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo info : infos == null ? List.<PartitionInfo>of() : infos) {
      partitions.add(new TopicPartition(topic, info.partition()));
    }
    partitions.sort(Comparator.comparingInt(TopicPartition::partition));
    return partitions;
  }

  private static boolean reachedEnd(
      KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
    for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
      if (consumer.position(e.getKey()) < e.getValue()) {
        return false;
      }
    }
    return true;
  }

  private static <T> T decode(ConsumerRecord<byte[], byte[]> record, Class<T> type) {
    Decoded<T> decoded = EventJson.decode(record.value(), type);
    if (!decoded.isValid()) {
      throw new IllegalStateException(
          String.format(
              "%s partition %d offset %d is not a valid %s: %s %s",
              record.topic(),
              record.partition(),
              record.offset(),
              type.getSimpleName(),
              decoded.reason(),
              decoded.detail()));
    }
    return decoded.value();
  }

  private static String text(ConsumerRecord<byte[], byte[]> record) {
    return record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
  }

  private static Properties consumerConfig(KafkaConnection c) {
    Properties props = c.toProperties();
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return props;
  }
}
