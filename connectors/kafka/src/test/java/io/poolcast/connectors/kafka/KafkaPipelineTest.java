package io.poolcast.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.EventJson;
import io.poolcast.events.RawEvent;
import io.poolcast.events.ShopOrderEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.IntStream;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.SerializableTimestampAssigner;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plain clients and a Flink job against one real embedded broker. */
class KafkaPipelineTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static EmbeddedKafkaBroker broker;
  private static KafkaConnection conn;

  @BeforeAll
  static void startBroker() {
    broker = EmbeddedKafkaBroker.start();
    conn = broker.connection();
    broker.createTopics(
        Map.of("test.written", 2, "test.orders-in", 2, "test.orders-out", 2, "test.empty", 1));
    broker.createTopics(Map.of(Topics.DEAD_LETTERS, 1));
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void plainProducerOrdersReadBackWithTopicReader() throws Exception {
    List<ShopOrderEvent> orders = IntStream.range(0, 20).mapToObj(TestOrders::order).toList();
    try (KafkaProducer<String, String> producer = stringProducer()) {
      for (ShopOrderEvent o : orders) {
        producer.send(new ProducerRecord<>("test.written", o.orderId(), EventJson.toJson(o)));
      }
    }

    List<ShopOrderEvent> read =
        TopicReader.readAll(conn, "test.written", ShopOrderEvent.class, TIMEOUT);

    assertThat(read).containsExactlyInAnyOrderElementsOf(orders);
    assertThat(TopicReader.readAllRaw(conn, "test.written", TIMEOUT)).hasSize(20);
    assertThat(TopicReader.readAll(conn, "test.empty", ShopOrderEvent.class, TIMEOUT)).isEmpty();
    assertThat(TopicReader.readAllRaw(conn, "test.no-such-topic", TIMEOUT)).isEmpty();
  }

  @Test
  void readerReadsOnlyWhatWasAddedAfterAMark() throws Exception {
    broker.createTopics(Map.of("test.marked", 2));
    List<ShopOrderEvent> before = IntStream.range(200, 210).mapToObj(TestOrders::order).toList();
    List<ShopOrderEvent> after = IntStream.range(210, 214).mapToObj(TestOrders::order).toList();
    send("test.marked", before);
    Map<TopicPartition, Long> mark = TopicReader.endOffsets(conn, "test.marked", TIMEOUT);
    send("test.marked", after);

    assertThat(mark.keySet()).extracting(TopicPartition::partition).containsExactly(0, 1);
    assertThat(mark.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(10);
    assertThat(TopicReader.readAllFrom(conn, "test.marked", mark, ShopOrderEvent.class, TIMEOUT))
        .containsExactlyInAnyOrderElementsOf(after);
    assertThat(
            TopicReader.readAllFrom(conn, "test.marked", Map.of(), ShopOrderEvent.class, TIMEOUT))
        .hasSize(14);
    assertThat(TopicReader.endOffsets(conn, "test.no-such-topic", TIMEOUT)).isEmpty();
  }

  private static void send(String topic, List<ShopOrderEvent> orders) throws Exception {
    try (KafkaProducer<String, String> producer = stringProducer()) {
      for (ShopOrderEvent o : orders) {
        producer.send(new ProducerRecord<>(topic, o.orderId(), EventJson.toJson(o))).get();
      }
    }
  }

  @Test
  void jsonTopicWriterPublishesAndReportsProgress() {
    List<ShopOrderEvent> orders = IntStream.range(100, 125).mapToObj(TestOrders::order).toList();
    List<Long> progress = new ArrayList<>();
    long written;
    try (JsonTopicWriter<ShopOrderEvent> writer =
        JsonTopicWriter.to(conn, "test.writer", ShopOrderEvent::orderId)
            .withTimestamps(ShopOrderEvent::eventTime)
            .withHeader("marker", "2026-01-01..2026-01-02")
            .onProgress(10, progress::add)) {
      written = writer.writeAll(orders.stream());
    }

    List<RawEvent> records = TopicReader.readAllRecords(conn, "test.writer", TIMEOUT);
    assertThat(written).isEqualTo(25);
    assertThat(progress).containsExactly(10L, 20L);
    assertThat(TopicReader.readAll(conn, "test.writer", ShopOrderEvent.class, TIMEOUT))
        .containsExactlyElementsOf(orders); // one auto-created partition keeps the order
    assertThat(records.get(0).timestampMillis())
        .isEqualTo(orders.get(0).eventTime().toEpochMilli());
    assertThat(new String(records.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("ord-100");
    assertThat(
            TopicReader.readAll(
                conn,
                "test.writer",
                TIMEOUT,
                r -> new String(r.headers().lastHeader("marker").value(), StandardCharsets.UTF_8)))
        .hasSize(25)
        .containsOnly("2026-01-01..2026-01-02");
  }

  @Test
  void readerNamesTheRecordThatDoesNotDecode() throws Exception {
    try (KafkaProducer<String, String> producer = stringProducer()) {
      producer.send(new ProducerRecord<>("test.garbage", "k", "not json")).get();
    }
    assertThatThrownBy(
            () -> TopicReader.readAll(conn, "test.garbage", ShopOrderEvent.class, TIMEOUT))
        .hasMessageContaining("test.garbage partition 0 offset 0")
        .hasMessageContaining("UNPARSEABLE");
  }

  @Test
  void flinkJobDecodesWritesExactlyOnceAndDeadLettersBadRecords() throws Exception {
    List<ShopOrderEvent> valid = IntStream.range(0, 6).mapToObj(TestOrders::order).toList();
    RecordMetadata malformed;
    RecordMetadata invalid;
    try (KafkaProducer<String, String> producer = stringProducer()) {
      for (ShopOrderEvent o : valid.subList(0, 3)) {
        producer.send(new ProducerRecord<>("test.orders-in", o.orderId(), EventJson.toJson(o)));
      }
      malformed = producer.send(new ProducerRecord<>("test.orders-in", "bad", "not json")).get();
      invalid =
          producer
              .send(
                  new ProducerRecord<>(
                      "test.orders-in", "ord-99", EventJson.toJson(TestOrders.order(99, 0))))
              .get();
      for (ShopOrderEvent o : valid.subList(3, 6)) {
        producer.send(new ProducerRecord<>("test.orders-in", o.orderId(), EventJson.toJson(o)));
      }
    }

    runDecodeJob();

    List<ShopOrderEvent> out =
        TopicReader.readAll(conn, "test.orders-out", ShopOrderEvent.class, TIMEOUT);
    assertThat(out).containsExactlyInAnyOrderElementsOf(valid); // each exactly once
    // the job stamped every order with Long.MAX_VALUE; the sink let the producer stamp it
    assertThat(TopicReader.readAllRecords(conn, "test.orders-out", TIMEOUT))
        .allSatisfy(r -> assertThat(r.timestampMillis()).isPositive().isLessThan(Long.MAX_VALUE));

    List<DeadLetter> letters =
        new ArrayList<>(TopicReader.readAll(conn, Topics.DEAD_LETTERS, DeadLetter.class, TIMEOUT));
    letters.sort(Comparator.comparing(DeadLetter::reason));
    assertThat(letters).hasSize(2);
    DeadLetter unparseable = letters.get(0);
    assertThat(unparseable.reason()).isEqualTo(DeadLetterReason.UNPARSEABLE);
    assertThat(unparseable.payload()).isEqualTo("not json");
    assertThat(unparseable.sourceTopic()).isEqualTo("test.orders-in");
    assertThat(unparseable.sourcePartition()).isEqualTo(malformed.partition());
    assertThat(unparseable.sourceOffset()).isEqualTo(malformed.offset());
    assertThat(unparseable.recordedAt().toEpochMilli()).isEqualTo(malformed.timestamp());
    DeadLetter badQuantity = letters.get(1);
    assertThat(badQuantity.reason()).isEqualTo(DeadLetterReason.INVALID_VALUE);
    assertThat(badQuantity.detail()).contains("quantity");
    assertThat(badQuantity.sourcePartition()).isEqualTo(invalid.partition());
    assertThat(badQuantity.sourceOffset()).isEqualTo(invalid.offset());
  }

  @Test
  void exactlyOnceSinkRefusesAMissingTransactionalIdPrefix() {
    assertThatThrownBy(
            () ->
                PoolcastKafka.jsonSink(
                    conn, "x", ShopOrderEvent::orderId, DeliveryGuarantee.EXACTLY_ONCE, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transactionalIdPrefix");
    assertThatThrownBy(
            () -> PoolcastKafka.source(conn, "", "group", OffsetsInitializer.earliest(), true))
        .hasMessageContaining("topic is required");
  }

  private static void runDecodeJob() throws Exception {
    Configuration config = new Configuration();
    config.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    config.set(PipelineOptions.GENERIC_TYPES, false);
    config.set(ExecutionOptions.RUNTIME_MODE, RuntimeExecutionMode.STREAMING);
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
    env.setParallelism(2);
    env.enableCheckpointing(500);

    SingleOutputStreamOperator<ShopOrderEvent> orders =
        env.fromSource(
                PoolcastKafka.source(
                    conn, "test.orders-in", "test-decode", OffsetsInitializer.earliest(), true),
                WatermarkStrategy.noWatermarks(),
                "orders-in")
            .process(new DecodeFunction<>(ShopOrderEvent.class))
            .name("decode");
    orders
        .assignTimestampsAndWatermarks(
            WatermarkStrategy.<ShopOrderEvent>noWatermarks()
                .withTimestampAssigner(new EndOfTimeStamp()))
        .sinkTo(
            PoolcastKafka.jsonSink(
                conn,
                "test.orders-out",
                ShopOrderEvent::orderId,
                DeliveryGuarantee.EXACTLY_ONCE,
                "test-orders-out"));
    orders
        .getSideOutput(DeadLetters.TAG)
        .sinkTo(
            PoolcastKafka.deadLetterSink(
                conn, DeliveryGuarantee.EXACTLY_ONCE, "test-dead-letters"));
    env.execute("decode-test");
  }

  private static KafkaProducer<String, String> stringProducer() {
    Properties props = conn.toProperties();
    props.put("key.serializer", StringSerializer.class.getName());
    props.put("value.serializer", StringSerializer.class.getName());
    return new KafkaProducer<>(props);
  }

  /** What an event-time timer firing at the end of input stamps on its output. */
  private static final class EndOfTimeStamp
      implements SerializableTimestampAssigner<ShopOrderEvent> {
    @Override
    public long extractTimestamp(ShopOrderEvent element, long recordTimestamp) {
      return Long.MAX_VALUE;
    }
  }
}
