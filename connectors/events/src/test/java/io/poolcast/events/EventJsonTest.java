package io.poolcast.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventJsonTest {
  static final Instant T = Instant.parse("2026-01-05T09:30:00Z");
  static final LocalDate D = LocalDate.of(2026, 1, 6);

  static ShopOrderEvent order(List<OrderLine> lines) {
    return new ShopOrderEvent(
        "ev-1",
        "o-1",
        1,
        OrderEventType.PLACED,
        "shop-1",
        "sup-1",
        "east-hz",
        lines,
        T,
        D,
        D.plusDays(2));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void roundTripsAnOrderWithSnakeCaseFieldsAndIsoTimes() {
    ShopOrderEvent o = order(List.of(new OrderLine("sku-1", 3, 1_250)));
    String json = EventJson.toJson(o);
    assertThat(json)
        .contains("\"order_id\":\"o-1\"")
        .contains("\"list_price_cents\":1250")
        .contains("\"event_time\":\"2026-01-05T09:30:00Z\"")
        .contains("\"requested_delivery_date\":\"2026-01-06\"");
    Decoded<ShopOrderEvent> back = EventJson.decode(bytes(json), ShopOrderEvent.class);
    assertThat(back.isValid()).isTrue();
    assertThat(back.value()).isEqualTo(o);
  }

  @Test
  void garbageIsRefusedAsUnparseable() {
    Decoded<ShopOrderEvent> d = EventJson.decode(bytes("{not json"), ShopOrderEvent.class);
    assertThat(d.isValid()).isFalse();
    assertThat(d.reason()).isEqualTo(DeadLetterReason.UNPARSEABLE);
    assertThat(EventJson.decode(new byte[0], ShopOrderEvent.class).reason())
        .isEqualTo(DeadLetterReason.UNPARSEABLE);
  }

  @Test
  void missingFieldIsNamed() {
    Decoded<ShopOrderEvent> d =
        EventJson.decode(
            bytes("{\"event_id\":\"e\",\"order_id\":\"o\",\"version\":1}"), ShopOrderEvent.class);
    assertThat(d.reason()).isEqualTo(DeadLetterReason.MISSING_FIELD);
    assertThat(d.detail()).isEqualTo("type is missing");
  }

  @Test
  void missingNumberIsAMissingFieldNotGarbage() {
    Decoded<PosSale> d = EventJson.decode(bytes("{\"sale_id\":\"s2\"}"), PosSale.class);
    assertThat(d.reason()).isEqualTo(DeadLetterReason.MISSING_FIELD);
    assertThat(d.detail()).isEqualTo("quantity is missing");
  }

  @Test
  void nonPositiveQuantityIsInvalid() {
    String json = EventJson.toJson(order(List.of(new OrderLine("sku-1", 0, 100))));
    Decoded<ShopOrderEvent> d = EventJson.decode(bytes(json), ShopOrderEvent.class);
    assertThat(d.reason()).isEqualTo(DeadLetterReason.INVALID_VALUE);
    assertThat(d.detail()).contains("lines[0].quantity");
  }

  @Test
  void latestDeliveryBeforeRequestedIsInvalid() {
    ShopOrderEvent o = order(List.of(new OrderLine("a", 1, 1)));
    ShopOrderEvent bad =
        new ShopOrderEvent(
            o.eventId(),
            o.orderId(),
            1,
            o.type(),
            o.shopId(),
            o.supplierId(),
            o.regionId(),
            o.lines(),
            o.eventTime(),
            D,
            D.minusDays(1));
    assertThat(EventJson.decode(bytes(EventJson.toJson(bad)), ShopOrderEvent.class).detail())
        .contains("is before requested_delivery_date");
  }

  @Test
  void placedOrderWithoutLinesIsInvalidButCancellationIsFine() {
    ShopOrderEvent empty = order(List.of());
    assertThat(EventJson.decode(bytes(EventJson.toJson(empty)), ShopOrderEvent.class).reason())
        .isEqualTo(DeadLetterReason.INVALID_VALUE);
    ShopOrderEvent cancel =
        new ShopOrderEvent(
            "ev-2",
            "o-1",
            2,
            OrderEventType.CANCELLED,
            "shop-1",
            "sup-1",
            "east-hz",
            List.of(),
            T,
            D,
            D);
    assertThat(EventJson.decode(bytes(EventJson.toJson(cancel)), ShopOrderEvent.class).isValid())
        .isTrue();
  }

  @Test
  void posSaleRules() {
    PosSale ok = new PosSale("s-1", "shop-1", "east-hz", "sku-1", 2, 350, T);
    assertThat(EventJson.decode(bytes(EventJson.toJson(ok)), PosSale.class).value()).isEqualTo(ok);
    PosSale negative = new PosSale("s-1", "shop-1", "east-hz", "sku-1", 2, -1, T);
    assertThat(EventJson.decode(bytes(EventJson.toJson(negative)), PosSale.class).reason())
        .isEqualTo(DeadLetterReason.INVALID_VALUE);
  }

  @Test
  void unknownFieldsAreIgnoredForForwardCompatibility() {
    String json = EventJson.toJson(order(List.of(new OrderLine("a", 1, 1))));
    String extended = json.replaceFirst("\\{", "{\"new_field\":{\"x\":[1,2]},");
    assertThat(EventJson.decode(bytes(extended), ShopOrderEvent.class).isValid()).isTrue();
  }

  @Test
  void eventTimeIsReadWithoutDecodingTheRest() {
    String json = EventJson.toJson(order(List.of(new OrderLine("a", 1, 1))));
    assertThat(EventJson.eventTimeOf(bytes(json))).contains(T);
    assertThat(EventJson.eventTimeOf(bytes("{\"lines\":[{\"event_time\":\"x\"}]}"))).isEmpty();
    assertThat(EventJson.eventTimeOf(bytes("garbage"))).isEmpty();
    assertThat(EventJson.eventTimeOf(bytes("{\"event_time\":\"not a time\"}"))).isEmpty();
  }
}
