package io.poolcast.connectors.kafka;

import io.poolcast.events.EventJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Publishes events as JSON to one topic with a plain, idempotent producer ({@code acks=all}); for
 * the CLI, the demo and tests. Sends are asynchronous; {@link #flush()} and {@link #close()} wait
 * for all of them and fail if any failed.
 *
 * <pre>{@code
 * try (var writer = JsonTopicWriter.to(conn, Topics.SHOP_ORDERS, ShopOrderEvent::orderId)) {
 *   long n = writer.writeAll(orders);
 * }
 * }</pre>
 *
 * @param <T> the event type
 */
public final class JsonTopicWriter<T> implements AutoCloseable {
  private final String topic;
  private final Function<? super T, String> keyFn;
  private final KafkaProducer<byte[], byte[]> producer;
  private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
  private final List<Header> headers = new ArrayList<>();
  private Function<? super T, Instant> timestampFn;
  private long progressEvery;
  private LongConsumer progress;
  private long written;

  private JsonTopicWriter(KafkaConnection c, String topic, Function<? super T, String> keyFn) {
    this.topic = PoolcastKafka.requireText(topic, "topic");
    this.keyFn = Objects.requireNonNull(keyFn, "key function");
    this.producer = new KafkaProducer<>(producerConfig(c));
  }

  /** A writer to {@code topic}; {@code keyFn} gives each event's key (null for none). */
  public static <T> JsonTopicWriter<T> to(
      KafkaConnection c, String topic, Function<? super T, String> keyFn) {
    Objects.requireNonNull(c, "Kafka connection is required");
    return new JsonTopicWriter<>(c, topic, keyFn);
  }

  /** Publishes all events and waits until they are acknowledged; returns how many. */
  public static <T> long publish(
      KafkaConnection c,
      String topic,
      Iterable<? extends T> events,
      Function<? super T, String> keyFn) {
    try (JsonTopicWriter<T> writer = to(c, topic, keyFn)) {
      return writer.writeAll(events);
    }
  }

  /** Stamps each record with the event's time instead of the producer's clock. */
  public JsonTopicWriter<T> withTimestamps(Function<? super T, Instant> timestampFn) {
    this.timestampFn = Objects.requireNonNull(timestampFn, "timestamp function");
    return this;
  }

  /**
   * Adds a header (UTF-8 value) to every record, e.g. a marker that tells these records from the
   * live job's without changing their JSON.
   */
  public JsonTopicWriter<T> withHeader(String name, String value) {
    headers.add(
        new RecordHeader(
            PoolcastKafka.requireText(name, "header name"),
            Objects.requireNonNull(value, "header value").getBytes(StandardCharsets.UTF_8)));
    return this;
  }

  /** Calls {@code callback} with the running count after every {@code every} records. */
  public JsonTopicWriter<T> onProgress(long every, LongConsumer callback) {
    if (every < 1) {
      throw new IllegalArgumentException("progress interval must be at least 1, was " + every);
    }
    this.progressEvery = every;
    this.progress = Objects.requireNonNull(callback, "progress callback");
    return this;
  }

  /** Sends one event. */
  public void write(T event) {
    Long timestamp = timestampFn == null ? null : timestampFn.apply(event).toEpochMilli();
    send(keyFn.apply(event), EventJson.toBytes(event), timestamp);
  }

  /**
   * Sends a value as it is, e.g. a malformed record for a demo of dead letters. The value is sent
   * as UTF-8; null sends a record without value.
   */
  public void writeRaw(String key, String value) {
    send(key, value == null ? null : value.getBytes(StandardCharsets.UTF_8), null);
  }

  /** Sends all events, waits for their acknowledgements and returns how many were sent. */
  public long writeAll(Iterable<? extends T> events) {
    long before = written;
    for (T event : events) {
      write(event);
    }
    flush();
    return written - before;
  }

  /** Sends all events, waits for their acknowledgements and returns how many were sent. */
  public long writeAll(Stream<? extends T> events) {
    long before = written;
    events.forEachOrdered(this::write);
    flush();
    return written - before;
  }

  /** Records sent so far. */
  public long written() {
    return written;
  }

  /** Waits until every record sent so far is acknowledged; throws if any send failed. */
  public void flush() {
    producer.flush();
    Exception failure = firstFailure.get();
    if (failure != null) {
      throw new IllegalStateException(
          "writing to " + topic + " failed: " + failure.getMessage(), failure);
    }
  }

  @Override
  public void close() {
    try {
      flush();
    } finally {
      producer.close();
    }
  }

  private void send(String key, byte[] value, Long timestamp) {
    byte[] keyBytes = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    producer.send(
        new ProducerRecord<>(topic, null, timestamp, keyBytes, value, headers),
        (metadata, e) -> {
          if (e != null) {
            firstFailure.compareAndSet(null, e);
          }
        });
    written++;
    if (progress != null && written % progressEvery == 0) {
      progress.accept(written);
    }
  }

  private static Properties producerConfig(KafkaConnection c) {
    Properties props = c.toProperties();
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
    return props;
  }
}
