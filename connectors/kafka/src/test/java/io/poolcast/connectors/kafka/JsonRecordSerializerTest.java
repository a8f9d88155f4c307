package io.poolcast.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.EventJson;
import io.poolcast.events.ShopOrderEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class JsonRecordSerializerTest {
  private final JsonRecordSerializer<ShopOrderEvent> serializer =
      new JsonRecordSerializer<>("out", ShopOrderEvent::orderId);

  @Test
  void endOfInputTimestampIsNotForwarded() {
    ProducerRecord<byte[], byte[]> record =
        serializer.serialize(TestOrders.order(1), null, Long.MAX_VALUE);

    assertThat(record.timestamp()).isNull();
  }

  @Test
  void missingOrNegativeTimestampsAreNotForwarded() {
    assertThat(serializer.serialize(TestOrders.order(1), null, null).timestamp()).isNull();
    assertThat(serializer.serialize(TestOrders.order(1), null, -1L).timestamp()).isNull();
  }

  @Test
  void eventTimestampIsForwarded() {
    long millis = 1_740_816_000_000L;
    assertThat(serializer.serialize(TestOrders.order(1), null, millis).timestamp())
        .isEqualTo(millis);
  }

  @Test
  void writesKeyAndJsonValueToTheTopic() {
    ShopOrderEvent order = TestOrders.order(7);

    ProducerRecord<byte[], byte[]> record = serializer.serialize(order, null, 0L);

    assertThat(record.topic()).isEqualTo("out");
    assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("ord-7");
    assertThat(EventJson.decode(record.value(), ShopOrderEvent.class).value()).isEqualTo(order);
  }
}
