package io.poolcast.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetter;
import io.poolcast.events.RawEvent;
import io.poolcast.events.ShopOrderEvent;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class EventTypesTest {
  @Test
  void shopOrderRoundTripsWithoutKryo() throws Exception {
    TypeInformation<ShopOrderEvent> info = EventTypes.of(ShopOrderEvent.class);
    ShopOrderEvent order = TestOrders.order(3);

    assertThat(info).isInstanceOf(PojoTypeInfo.class);
    assertThat(roundTrip(info, order)).isEqualTo(order);
  }

  @Test
  void dataStreamTypesOfThisModuleNeedNoKryo() {
    assertThat(new RawEventDeserializer().getProducedType()).isInstanceOf(PojoTypeInfo.class);
    assertThat(DeadLetters.TAG.getTypeInfo()).isInstanceOf(PojoTypeInfo.class);
    assertThat(new DecodeFunction<>(ShopOrderEvent.class).getProducedType())
        .isEqualTo(EventTypes.of(ShopOrderEvent.class));
    noGenericTypes(TypeInformation.of(RawEvent.class));
    noGenericTypes(TypeInformation.of(DeadLetter.class));
  }

  private static void noGenericTypes(TypeInformation<?> info) {
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    assertThat(info.createSerializer(config)).isNotNull();
  }

  private static <T> T roundTrip(TypeInformation<T> info, T value) throws Exception {
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false); // throws if any field would need Kryo
    TypeSerializer<T> serializer = info.createSerializer(config);
    DataOutputSerializer out = new DataOutputSerializer(256);
    serializer.serialize(value, out);
    return serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
  }
}
