package io.poolcast.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.poolcast.connectors.kafka.EventTypes;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.DeadLetterReason;
import io.poolcast.events.Insight;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.OrderLine;
import io.poolcast.events.PosSale;
import io.poolcast.events.RawEvent;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.ReplenishmentSuggestion;
import io.poolcast.events.SellThroughRow;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.CutoffCalendar;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Region;
import io.poolcast.events.reference.Shop;
import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.Supplier;
import io.poolcast.forecasting.insight.DailyHistory;
import io.poolcast.forecasting.insight.MoverClasses;
import io.poolcast.forecasting.insight.StockLedger;
import io.poolcast.jobs.replenishment.ForecastDays;
import io.poolcast.jobs.replenishment.ShelfInput;
import io.poolcast.jobs.sellthrough.ShopDays;
import io.poolcast.jobs.sellthrough.SkuDaySales;
import io.poolcast.pooling.Pool;
import io.poolcast.pooling.PoolBook;
import io.poolcast.pooling.PoolKey;
import io.poolcast.pooling.SupplierTerms;
import io.poolcast.pooling.model.PoolAllocation;
import io.poolcast.pooling.model.PooledOrderLine;
import io.poolcast.pooling.model.ReleaseReason;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every type that flows through a job has a real Flink serializer: with generic types disabled (as
 * the jobs run), creating the serializer would fail if any field fell back to Kryo. Each value also
 * survives a serialize/deserialize round trip.
 */
class NoKryoTest {
  private static final Instant T = Instant.parse("2026-01-05T09:30:00Z");
  private static final LocalDate D = LocalDate.of(2026, 1, 6);

  static Stream<Object> samples() {
    return Stream.of(
        new ShopOrderEvent(
            "e",
            "o",
            1,
            OrderEventType.PLACED,
            "s",
            "p",
            "r",
            List.of(new OrderLine("sku", 2, 100)),
            T,
            D,
            D),
        new OrderLine("sku", 2, 100),
        new PosSale("x", "s", "r", "sku", 1, 250, T),
        new DeadLetter(DeadLetterReason.UNPARSEABLE, "bad", "t", 0, 12L, "{", T),
        new RawEvent("t", 0, 1L, 2L, new byte[] {1}, new byte[] {2, 3}),
        new RegionDailyOrderSummary("r", D, 1, 2, 3, 4, 5, 6),
        new Region("r", "R", "Asia/Shanghai"),
        new Shop("s", "S", "r", io.poolcast.events.reference.ShopFormat.COMMUNITY_SUPERMARKET, D),
        new Supplier("p", "P", List.of("a", "b"), List.of("r"), 1, 2, 3, 4),
        new Sku("sku", "p", "c", "n", 12, 1, 2, 3, D),
        new PriceTier("sku", 1, 100, 800),
        new CategoryTier("p", 1, 5_000_000, 2, 300),
        new CutoffCalendar(
            "p",
            "r",
            "Asia/Shanghai",
            LocalTime.of(20, 0),
            1,
            List.of(DayOfWeek.SUNDAY),
            List.of(D)),
        new PooledOrderLine(
            "p|r|" + D,
            "p",
            "r",
            D,
            "sku",
            "c",
            10,
            100,
            92,
            1,
            0,
            2,
            3,
            1,
            ReleaseReason.CUTOFF,
            T),
        new PoolAllocation("p|r|" + D, "o", "s", "sku", 10, 100, 92, 80),
        book(),
        new io.poolcast.events.DemandForecast(
            "shop_sku",
            "r",
            "sku",
            "s",
            "p",
            "c",
            D,
            D.plusDays(1),
            1,
            0.5,
            1.0,
            2.0,
            1.1,
            "GBM",
            "GBM",
            "0123456789abcdef",
            null),
        new io.poolcast.jobs.forecastjob.SeriesDemand("r|sku", D, 3, T),
        io.poolcast.forecasting.daily.DemandHistory.start(D, 2).add(D.plusDays(2), 5),
        new SellThroughRow(
            "shop_sku",
            "r",
            "s",
            "p",
            "c",
            "sku",
            D,
            3,
            750,
            1,
            1,
            1.0,
            12,
            9,
            1,
            3.0,
            3.0,
            0,
            null,
            0,
            0,
            null,
            null,
            T),
        new SellThroughRow(
            "region_category",
            "r",
            null,
            null,
            "c",
            null,
            D,
            0,
            0,
            2,
            0,
            0,
            0,
            5,
            2,
            0,
            null,
            0,
            null,
            0,
            0,
            null,
            null,
            T),
        new Insight("i", "TREND", "supplier", "r", "p", "p", D, "up", 10, 8, 0.25, 0.01, 0, 0, T),
        StockLedger.start().closeDay(12, 3, true).ledger(),
        DailyHistory.empty().record(100, 5).record(102, 7),
        MoverClasses.SkuDays.empty().record(100, 4, 1_000).record(101, 2, 500),
        new SkuDaySales("sku", D, 3, 750),
        new ShopDays(D, true, D.plusDays(1)),
        new ReplenishmentSuggestion(
            "s",
            "r",
            "p",
            "sku",
            D,
            0.8,
            3,
            12,
            12,
            3,
            36,
            40.2,
            3,
            9,
            D.plusDays(2),
            "3 cases",
            D,
            "card",
            T),
        new ShelfInput(
            ShelfInput.Kind.FORECAST,
            "s",
            "r",
            "p",
            "sku",
            D,
            0,
            12,
            1,
            5,
            8,
            "card",
            null,
            0,
            T.toEpochMilli()),
        new ForecastDays(D, "card", new double[] {5, Double.NaN}, new double[] {8, Double.NaN}));
  }

  /** The pooling job's keyed state, with one open pool holding one order. */
  static PoolBook book() {
    Pool pool = new Pool();
    pool.key = new PoolKey("p", "r", D);
    pool.cutoff = T;
    pool.orders.add(
        new ShopOrderEvent(
            "e",
            "o",
            1,
            OrderEventType.PLACED,
            "s",
            "p",
            "r",
            List.of(new OrderLine("sku", 2, 100)),
            T,
            D,
            D));
    pool.acceptedEventIds.add("e");
    SupplierTerms terms =
        SupplierTerms.of(
            new Supplier("p", "P", List.of("c"), List.of("r"), 1, 2, 3, 4),
            List.of(new PriceTier("sku", 1, 10, 500)),
            List.of(new CategoryTier("p", 1, 1_000, 2, 200)));
    pool.termsVersion = terms.version;
    PoolBook book = new PoolBook();
    book.terms.add(terms);
    book.pools.put(D.toString(), pool);
    book.homes.put("o", D.toString());
    return book;
  }

  @ParameterizedTest
  @MethodSource("samples")
  void hasAFlinkSerializerWithoutKryo(Object sample) throws Exception {
    @SuppressWarnings("unchecked")
    Class<Object> type = (Class<Object>) sample.getClass();
    TypeInformation<Object> info = EventTypes.of(type);
    assertThat(info).isNotInstanceOf(GenericTypeInfo.class);

    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    TypeSerializer<Object> serializer = info.createSerializer(config);

    DataOutputSerializer out = new DataOutputSerializer(256);
    serializer.serialize(sample, out);
    Object back = serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
    if (sample instanceof PoolBook book) {
      PoolBook b = (PoolBook) back;
      assertThat(b.homes).isEqualTo(book.homes);
      assertThat(b.pools.get(D.toString()).orders).isEqualTo(book.pools.get(D.toString()).orders);
      assertThat(b.pools.get(D.toString()).key).isEqualTo(book.pools.get(D.toString()).key);
      assertThat(b.termsOf(b.pools.get(D.toString()), null))
          .usingRecursiveComparison()
          .isEqualTo(book.terms.get(0));
    } else if (sample instanceof RawEvent raw) {
      RawEvent r = (RawEvent) back;
      assertThat(r.payload()).isEqualTo(raw.payload());
      assertThat(r.offset()).isEqualTo(raw.offset());
    } else if (sample instanceof ForecastDays f) {
      ForecastDays b = (ForecastDays) back; // arrays: compared by content (NaN = not received)
      assertThat(b.issuedOn()).isEqualTo(f.issuedOn());
      assertThat(b.modelCardId()).isEqualTo(f.modelCardId());
      assertThat(b.mean()).containsExactly(f.mean());
      assertThat(b.p90()).containsExactly(f.p90());
    } else {
      assertThat(back).isEqualTo(sample);
    }
  }

  /** Proves the check above can fail: a type Flink cannot analyse is refused. */
  @Test
  void aGenericTypeIsRefusedWithGenericTypesDisabled() {
    TypeInformation<Object> info = TypeInformation.of(Object.class);
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    assertThatThrownBy(() -> info.createSerializer(config))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
