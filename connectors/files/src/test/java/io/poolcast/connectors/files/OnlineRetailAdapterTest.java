package io.poolcast.connectors.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.events.EventJson;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import io.poolcast.events.reference.WorldCsv;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnlineRetailAdapterTest {
  private final OnlineRetailData data = OnlineRetailAdapter.fromRows(RetailFixture.rows());

  private ShopOrderEvent event(String orderId, int version) {
    return data.events().stream()
        .filter(e -> e.orderId().equals(orderId) && e.version() == version)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no event " + orderId + " v" + version));
  }

  @Test
  void everyRowIsAcceptedOrRejectedWithOneReason() {
    RejectedRows rejected = data.rejected();
    assertThat(data.dataLines()).isEqualTo(26);
    assertThat(rejected.count(RejectReason.MALFORMED)).isEqualTo(1);
    assertThat(rejected.count(RejectReason.NON_PRODUCT_CODE)).isEqualTo(3);
    assertThat(rejected.count(RejectReason.NO_CUSTOMER_ID)).isEqualTo(1);
    assertThat(rejected.count(RejectReason.NON_POSITIVE_PRICE)).isEqualTo(2);
    assertThat(rejected.count(RejectReason.NON_POSITIVE_QUANTITY)).isEqualTo(1);
    assertThat(rejected.count(RejectReason.CANCELLATION_NOT_NEGATIVE)).isEqualTo(1);
    assertThat(rejected.count(RejectReason.UNMATCHED_CANCELLATION)).isEqualTo(2);
    assertThat(data.saleLines()).isEqualTo(12);
    assertThat(data.cancellationLines()).isEqualTo(5);
    long unmatched = rejected.count(RejectReason.UNMATCHED_CANCELLATION);
    assertThat(data.saleLines() + data.cancellationLines() + rejected.total() - unmatched)
        .isEqualTo(data.dataLines());
    assertThat(rejected.examples(RejectReason.MALFORMED))
        .singleElement()
        .asString()
        .startsWith("line 18: Quantity 'abc'");
    assertThat(rejected.examples(RejectReason.UNMATCHED_CANCELLATION))
        .containsExactly(
            "line 16: C536382 cancels 22633 of customer 17850, which no earlier order holds",
            "line 15: C536381 cancels 22633 of customer 99999, which no earlier order holds");
  }

  @Test
  void floatCustomerIdBecomesTheShop() {
    Map<String, Shop> shops = byId(data.world().shops(), Shop::shopId);
    assertThat(shops).containsOnlyKeys("ret-17850", "ret-12345");
    assertThat(shops.get("ret-17850").regionId()).isEqualTo("united-kingdom");
    assertThat(shops.get("ret-17850").openedOn()).isEqualTo(LocalDate.of(2010, 12, 1));
    assertThat(shops.get("ret-12345").regionId()).isEqualTo("france");
  }

  @Test
  void countriesBecomeRegionsWithTheirZones() {
    assertThat(data.world().regions())
        .containsExactly(
            new Region("france", "France", "Europe/Paris"),
            new Region("united-kingdom", "United Kingdom", "Europe/London"));
    assertThat(data.countriesWithoutZone()).isEmpty();
  }

  @Test
  void skusTakeModalPriceCategoryAndSupplier() {
    Map<String, Sku> skus = byId(data.world().skus(), Sku::sku);
    assertThat(skus).containsOnlyKeys("85123A", "22633", "84879", "85099B");
    Sku heart = skus.get("85123A");
    assertThat(heart.listPriceCents()).isEqualTo(255);
    assertThat(heart.category()).isEqualTo("lights-candles");
    assertThat(heart.supplierId()).isEqualTo("ret-seasonal");
    assertThat(heart.packSize()).isEqualTo(1);
    assertThat(heart.launchedOn()).isEqualTo(LocalDate.of(2010, 12, 1));
    assertThat(skus.get("84879").category()).isEqualTo("home-decor");
    assertThat(skus.get("85099B").category()).isEqualTo("bags");
    assertThat(skus.get("22633").category()).isEqualTo("other");
    // Median line quantity of 85123A is 2 (lines of 6 and 2): tiers at 4x and 16x.
    assertThat(data.world().priceTiers())
        .filteredOn(t -> t.sku().equals("85123A"))
        .containsExactly(new PriceTier("85123A", 1, 8, 500), new PriceTier("85123A", 2, 32, 1000));
  }

  @Test
  void multiSupplierInvoiceIsSplitIntoOneOrderPerSupplier() {
    List<ShopOrderEvent> placed =
        data.events().stream().filter(e -> e.orderId().startsWith("536365-")).toList();
    assertThat(placed)
        .filteredOn(e -> e.type() == OrderEventType.PLACED)
        .extracting(ShopOrderEvent::orderId)
        .containsExactlyInAnyOrder(
            "536365-ret-accessories",
            "536365-ret-home",
            "536365-ret-paper-play",
            "536365-ret-seasonal");
    ShopOrderEvent seasonal = event("536365-ret-seasonal", 1);
    assertThat(seasonal.eventId()).isEqualTo("536365-ret-seasonal-v1");
    assertThat(seasonal.shopId()).isEqualTo("ret-17850");
    assertThat(seasonal.regionId()).isEqualTo("united-kingdom");
    // 85123A and 85123a are the same SKU: merged into one line of 6 + 2.
    assertThat(seasonal.lines()).containsExactly(new OrderLine("85123A", 8, 255));
    assertThat(seasonal.eventTime()).isEqualTo(Instant.parse("2010-12-01T08:26:00Z"));
    assertThat(seasonal.requestedDeliveryDate()).isEqualTo(LocalDate.of(2010, 12, 2));
    assertThat(seasonal.latestDeliveryDate()).isEqualTo(LocalDate.of(2010, 12, 4));
    assertThat(data.placedOrders()).isEqualTo(11);
    assertThat(data.splitInvoices()).isEqualTo(1);
    assertThat(data.saleInvoices()).isEqualTo(8);
  }

  @Test
  void placedUnitsEqualAcceptedSaleUnits() {
    long placedUnits =
        data.events().stream()
            .filter(e -> e.type() == OrderEventType.PLACED)
            .mapToLong(ShopOrderEvent::units)
            .sum();
    assertThat(data.saleUnits()).isEqualTo(6 + 6 + 32 + 10 + 2 + 4 + 5 + 2);
    assertThat(placedUnits).isEqualTo(data.saleUnits());
  }

  @Test
  void matchedCancellationsAmendOrCancelTheOrder() {
    ShopOrderEvent amended = event("536365-ret-seasonal", 2);
    assertThat(amended.type()).isEqualTo(OrderEventType.AMENDED);
    assertThat(amended.eventId()).isEqualTo("536365-ret-seasonal-v2");
    assertThat(amended.lines()).containsExactly(new OrderLine("85123A", 5, 255));
    assertThat(amended.eventTime()).isEqualTo(Instant.parse("2010-12-01T09:41:00Z"));
    assertThat(amended.requestedDeliveryDate()).isEqualTo(LocalDate.of(2010, 12, 2));

    ShopOrderEvent cancelled = event("536365-ret-home", 2);
    assertThat(cancelled.type()).isEqualTo(OrderEventType.CANCELLED);
    assertThat(cancelled.lines()).isEmpty();

    // C536391 cancels 30 bags; the most recent earlier order holding the SKU has 1.
    ShopOrderEvent overCancelled = event("536389-ret-paper-play", 2);
    assertThat(overCancelled.type()).isEqualTo(OrderEventType.CANCELLED);

    assertThat(data.cancellations())
        .isEqualTo(new CancellationStats(3, 2, 3 + 32 + 1, 29, 1, 2, 0));
    assertThat(data.events()).hasSize(11 + 3);
  }

  @Test
  void ukTimesFollowDaylightSaving() {
    // 27 March 2011 and 30 October 2011 are the UK's clock changes.
    assertThat(event("536386-ret-paper-play", 1).eventTime())
        .isEqualTo(Instant.parse("2011-03-26T10:00:00Z"));
    assertThat(event("536387-ret-paper-play", 1).eventTime())
        .isEqualTo(Instant.parse("2011-03-28T09:00:00Z"));
    assertThat(event("536388-ret-paper-play", 1).eventTime())
        .isEqualTo(Instant.parse("2011-10-28T09:00:00Z"));
    assertThat(event("536389-ret-paper-play", 1).eventTime())
        .isEqualTo(Instant.parse("2011-10-31T10:00:00Z"));
  }

  @Test
  void deliveryDatesFollowTheSynthesizedCalendar() {
    // Saturday order: Sunday has no delivery, so Monday.
    assertThat(event("536386-ret-paper-play", 1).requestedDeliveryDate())
        .isEqualTo(LocalDate.of(2011, 3, 28));
    // Thursday before Good Friday (a bank holiday): Saturday.
    assertThat(event("536390-ret-paper-play", 1).requestedDeliveryDate())
        .isEqualTo(LocalDate.of(2011, 4, 23));
    // 19:30 in London is 20:30 in Paris: after the cut-off, so delivered a day later.
    ShopOrderEvent paris = event("536385-ret-accessories", 1);
    assertThat(paris.regionId()).isEqualTo("france");
    assertThat(paris.requestedDeliveryDate()).isEqualTo(LocalDate.of(2010, 12, 3));
    assertThat(paris.latestDeliveryDate()).isEqualTo(LocalDate.of(2010, 12, 5));
  }

  @Test
  void everyEventIsValidAndEventsAreInTimeOrder() {
    for (ShopOrderEvent e : data.events()) {
      assertThat(EventJson.decode(EventJson.toBytes(e), ShopOrderEvent.class).isValid())
          .as(e.eventId())
          .isTrue();
    }
    assertThat(data.events()).isSortedAccordingTo(Comparator.comparing(ShopOrderEvent::eventTime));
    assertThat(data.events()).extracting(ShopOrderEvent::eventId).doesNotHaveDuplicates();
  }

  @Test
  void worldIsCompleteAndRoundTripsThroughCsv(@TempDir Path dir) {
    World world = data.world();
    assertThat(world.suppliers()).hasSize(4);
    assertThat(world.cutoffCalendars()).hasSize(4 * 2);
    assertThat(world.categoryTiers()).hasSize(4 * 2);
    assertThat(world.cutoffCalendars())
        .filteredOn(c -> c.regionId().equals("united-kingdom"))
        .allSatisfy(c -> assertThat(c.holidays()).contains(LocalDate.of(2011, 4, 22)));
    WorldCsv.write(world, dir);
    assertThat(WorldCsv.read(dir)).isEqualTo(world);
  }

  @Test
  void fileWithoutTheExpectedHeaderIsRefused() {
    assertThatThrownBy(() -> OnlineRetailFile.read(new StringReader("a,b\n1,2\n"), "x.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an Online Retail file");
  }

  private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
    return values.stream().collect(Collectors.toMap(id, Function.identity()));
  }
}
