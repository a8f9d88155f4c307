package io.poolcast.connectors.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.poolcast.events.Decoded;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.WorldCsv;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.LineNumberReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against the real UCI file in ../shared/data; skipped when the folder is absent. */
class OnlineRetailRealDataTest {
  static final String FILE = "online-retail/online_retail_2010-12_2011-12.csv.gz";

  @TempDir static Path out;
  static OnlineRetailRows rows;
  static OnlineRetailExportSummary summary;

  /** Skips each test (with the reason) when the data is absent; exports once for all tests. */
  @BeforeEach
  void exportOnce() {
    Path csv = SharedData.require(FILE);
    if (summary == null) {
      rows = OnlineRetailFile.read(csv);
      summary = RealDataExports.exportOnlineRetail(rows, out);
    }
  }

  @Test
  void fileHasTheDocumentedCounts() {
    List<RetailRow> all = rows.rows();
    assertThat(rows.dataLines()).isEqualTo(541_909);
    assertThat(rows.malformed().total()).isZero();
    assertThat(all.stream().map(RetailRow::invoiceNo).distinct().count()).isEqualTo(25_900);
    assertThat(all.stream().map(RetailRow::customerId).filter(Objects::nonNull).distinct().count())
        .isEqualTo(4_372);
    assertThat(all.stream().map(RetailRow::country).distinct().count()).isEqualTo(38);
    assertThat(all.stream().filter(RetailRow::isCancellation).count()).isEqualTo(9_288);
    assertThat(all.stream().filter(r -> r.customerId() == null).count()).isEqualTo(135_080);
  }

  @Test
  void everyLineIsAccountedFor() {
    OnlineRetailData data = summary.data();
    long unmatched = data.rejected().count(RejectReason.UNMATCHED_CANCELLATION);
    assertThat(data.saleLines() + data.cancellationLines() + data.rejected().total() - unmatched)
        .isEqualTo(541_909);
    assertThat(unmatched).isEqualTo(data.cancellations().unmatchedLines());
    assertThat(data.cancellations().matchedLines() + unmatched).isEqualTo(data.cancellationLines());
    // Lines without a CustomerID are all rejected, by that reason or an earlier one.
    assertThat(data.rejected().count(RejectReason.NO_CUSTOMER_ID)).isLessThanOrEqualTo(135_080);
    assertThat(data.countriesWithoutZone()).containsExactly("Unspecified");
  }

  @Test
  void orderUnitsEqualAcceptedSaleUnits() {
    long acceptedUnits =
        rows.rows().stream()
            .filter(r -> RetailRowRules.check(r) == null && !r.isCancellation())
            .mapToLong(RetailRow::quantity)
            .sum();
    long placedUnits =
        summary.data().events().stream()
            .filter(e -> e.type() == OrderEventType.PLACED)
            .mapToLong(ShopOrderEvent::units)
            .sum();
    assertThat(placedUnits).isEqualTo(acceptedUnits).isEqualTo(summary.data().saleUnits());
  }

  @Test
  void writtenEventsAreValidAndInTimeOrder() {
    long count = 0;
    Instant previous = Instant.MIN;
    try (Stream<Decoded<ShopOrderEvent>> events =
        JsonLines.read(out.resolve(RealDataExports.SHOP_ORDERS), ShopOrderEvent.class)) {
      for (Decoded<ShopOrderEvent> e : (Iterable<Decoded<ShopOrderEvent>>) events::iterator) {
        assertThat(e.isValid()).as(e.detail()).isTrue();
        assertThat(e.value().eventTime()).isAfterOrEqualTo(previous);
        previous = e.value().eventTime();
        count++;
      }
    }
    assertThat(count).isEqualTo(summary.eventsWritten()).isEqualTo(summary.data().events().size());
  }

  @Test
  void worldDirectoryReadsBack() {
    assertThat(WorldCsv.read(out.resolve(RealDataExports.WORLD_DIR)))
        .isEqualTo(summary.data().world());
    assertThat(summary.data().world().shops().size()).isBetween(4_000, 4_372);
  }

  @Test
  void demandFileHoldsEveryDemandUnit() throws IOException {
    long units =
        rows.rows().stream()
            .filter(OnlineRetailDemand::isDemand)
            .mapToLong(RetailRow::quantity)
            .sum();
    long fileUnits = 0;
    long lines = 0;
    try (InputStream in = CompressedFiles.openInput(out.resolve(RealDataExports.DAILY_BY_PRODUCT));
        LineNumberReader reader =
            new LineNumberReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      assertThat(reader.readLine()).isEqualTo("unique_id,ds,y,unit_price");
      String line;
      while ((line = reader.readLine()) != null) {
        fileUnits += Long.parseLong(line.split(",", -1)[2]);
        lines++;
      }
    }
    assertThat(lines).isEqualTo(summary.productRows());
    assertThat(fileUnits).isEqualTo(units);
  }
}
