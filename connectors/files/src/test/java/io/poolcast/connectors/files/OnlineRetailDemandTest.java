package io.poolcast.connectors.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnlineRetailDemandTest {
  private final OnlineRetailDemand demand = OnlineRetailDemand.fromRows(RetailFixture.rows());

  @Test
  void demandCountsPositiveProductLinesWithOrWithoutCustomer() {
    // 6 + 1 + 5 product sale lines + 22139 without a CustomerID; not POST/DOT, zero prices,
    // negative quantities, cancellations or the voucher.
    assertThat(demand.demandLines()).isEqualTo(13);
    assertThat(demand.linesWithoutCustomer()).isEqualTo(1);
    assertThat(demand.byProduct().uniqueIds())
        .containsExactly("22139", "22633", "84879", "85099B", "85123A");
    assertThat(demand.byProduct().observed("85123A"))
        .containsExactly(Map.entry(LocalDate.of(2010, 12, 1), 8L));
    assertThat(demand.byProduct().totalY()).isEqualTo(6 + 6 + 32 + 10 + 2 + 5 + 4 + 5 + 2);
  }

  @Test
  void zerosFillTradingDaysFromTheFirstSaleToTheDataEnd() {
    DailySeries products = demand.byProduct();
    // 8 trading days (2010-12-01 ... 2011-11-02, any row counts); all 5 products first sold on
    // 2010-12-01, so each has all 8 days: 40 rows, 11 of them observed sales.
    assertThat(products.zeroFilledRows()).isEqualTo(40 - 11);
    assertThat(products.rowCount()).isEqualTo(5 * 8);
    DailySeries countries = demand.byProductCountry();
    assertThat(countries.uniqueIds())
        .containsExactly(
            "22139@united-kingdom",
            "22633@france",
            "22633@united-kingdom",
            "84879@united-kingdom",
            "85099B@united-kingdom",
            "85123A@united-kingdom");
    // All 6 product × country series were first sold on 2010-12-01: 8 trading days each.
    assertThat(countries.rowCount()).isEqualTo(6 * 8);
  }

  @Test
  void writesLongFormatCsvGz(@TempDir Path dir) throws IOException {
    Path byProduct = dir.resolve("p.csv.gz");
    Path byCountry = dir.resolve("pc.csv.gz");
    assertThat(demand.writeByProduct(byProduct)).isEqualTo(40);
    assertThat(demand.writeByProductCountry(byCountry)).isEqualTo(48);
    List<String> lines = readLines(byProduct);
    assertThat(lines.get(0)).isEqualTo("unique_id,ds,y,unit_price");
    // the day's mean line price in pounds; empty on a zero-filled day
    assertThat(lines)
        .containsSubsequence(
            "22633,2010-12-01,10,1.85", "22633,2011-03-26,0,", "22633,2011-03-28,2,1.85");
    assertThat(lines).hasSize(41).contains("22633,2011-11-02,0,"); // zeros to the data's end
    List<String> countryLines = readLines(byCountry);
    assertThat(countryLines.get(0)).isEqualTo("unique_id,ds,y,sku,region_id");
    assertThat(countryLines).contains("22633@france,2011-03-26,0,22633,france");
  }

  @Test
  void unitPriceIsTheMeanOverTheDaysLinesEachCountingOnce(@TempDir Path dir) throws IOException {
    DailySeries.Builder b =
        DailySeries.builder(List.of()).meanColumns(List.of(OnlineRetailDemand.UNIT_PRICE));
    LocalDate day = LocalDate.of(2011, 1, 4);
    b.add("x", day, 100).addToMean("unit_price", "x", day, 1.00);
    b.add("x", day, 1).addToMean("unit_price", "x", day, 2.00);
    b.add("x", day.plusDays(1), 3).addToMean("unit_price", "x", day.plusDays(1), 1.0 / 3);
    Path out = dir.resolve("x.csv");
    b.keepGaps().write(out);
    assertThat(readLines(out))
        .containsExactly(
            "unique_id,ds,y,unit_price", "x,2011-01-04,101,1.5", "x,2011-01-05,3,0.3333");
  }

  static List<String> readLines(Path file) throws IOException {
    try (InputStream in = CompressedFiles.openInput(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
