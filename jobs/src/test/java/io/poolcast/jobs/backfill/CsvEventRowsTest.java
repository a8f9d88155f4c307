package io.poolcast.jobs.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.Decoded;
import io.poolcast.events.EventJson;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.PosSale;
import io.poolcast.events.ShopOrderEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvEventRowsTest {
  private static final CsvEventRows ORDERS = CsvEventRows.of(ShopOrderEvent.class);
  private static final CsvEventRows SALES = CsvEventRows.of(PosSale.class);

  private static Map<String, String> orderRow(String eventId, String sku, String quantity) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("event_id", eventId);
    row.put("order_id", "o-1");
    row.put("version", "1");
    row.put("type", "PLACED");
    row.put("shop_id", "shop-1");
    row.put("supplier_id", "sup-1");
    row.put("region_id", "north");
    row.put("event_time", "2026-01-05T08:50:15Z");
    row.put("requested_delivery_date", "2026-01-07");
    row.put("latest_delivery_date", "2026-01-10");
    row.put("sku", sku);
    row.put("quantity", quantity);
    row.put("list_price_cents", "90783");
    row.put("note", "not a field: ignored");
    return row;
  }

  @Test
  void aShopOrdersRowsAreItsLinesAndItDecodesAsTheStreamingJobDecodesIt() {
    Map<String, String> first = orderRow("e-1", "sku-1", "2");
    Map<String, String> second = orderRow("e-1", "sku-2", "5");
    assertThat(ORDERS.sameEvent(first, second)).isTrue();
    assertThat(ORDERS.sameEvent(first, orderRow("e-2", "sku-1", "1"))).isFalse();

    Decoded<ShopOrderEvent> decoded =
        EventJson.decode(ORDERS.toJson(List.of(first, second)), ShopOrderEvent.class);

    assertThat(decoded.isValid()).as(decoded.detail()).isTrue();
    assertThat(decoded.value())
        .isEqualTo(
            new ShopOrderEvent(
                "e-1",
                "o-1",
                1,
                OrderEventType.PLACED,
                "shop-1",
                "sup-1",
                "north",
                List.of(new OrderLine("sku-1", 2, 90783), new OrderLine("sku-2", 5, 90783)),
                Instant.parse("2026-01-05T08:50:15Z"),
                LocalDate.of(2026, 1, 7),
                LocalDate.of(2026, 1, 10)));
  }

  @Test
  void aBadCellBecomesTheDecodersRefusalNotAFailure() {
    Map<String, String> sale = new LinkedHashMap<>();
    sale.put("sale_id", "s-1");
    sale.put("shop_id", "shop-1");
    sale.put("region_id", "north");
    sale.put("sku", "sku-1");
    sale.put("quantity", "three");
    sale.put("unit_price_cents", "4780");
    sale.put("event_time", "2026-01-04T16:00:04Z");
    assertThat(SALES.sameEvent(sale, sale)).isFalse(); // a sale has no list: one row each

    Decoded<PosSale> decoded = EventJson.decode(SALES.toJson(List.of(sale)), PosSale.class);

    assertThat(decoded.reason()).isEqualTo(DeadLetterReason.UNPARSEABLE);
    assertThat(decoded.detail()).contains("three");
  }
}
