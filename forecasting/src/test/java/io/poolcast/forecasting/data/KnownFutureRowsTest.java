package io.poolcast.forecasting.data;

import static io.poolcast.forecasting.data.ExogenousInputTest.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --future file: planned prices and promotions after each series' last date. */
class KnownFutureRowsTest {
  private static final LongFormatCsv CSV =
      LongFormatCsv.builder().exogenous("price", "promo").build();

  private static SeriesFrame history() throws IOException {
    return CSV.read(
        new StringReader(
            """
            unique_id,ds,y,price,promo
            a,2024-01-01,5,2.0,0
            a,2024-01-02,6,2.0,1
            b,2024-01-01,1,9.0,0
            """));
  }

  private static KnownFuture future(Path dir, String text) throws IOException {
    Path file = dir.resolve("future.csv");
    Files.writeString(file, text);
    return CSV.readFuture(file, history());
  }

  @Test
  void appendsPlannedValuesAndFillsMissingDaysByRule(@TempDir Path dir) throws IOException {
    KnownFuture f =
        future(
            dir,
            """
            unique_id,ds,price,promo,y
            a,2024-01-03,1.5,1,999
            a,2024-01-05,,1,999
            """);
    Exogenous a = f.frame().get("a").exogenous();
    // day 4 has no row: price carries 1.5 forward, promo 0; day 5's empty price too; past: rule
    assertThat(values(a, "price", 6)).containsExactly(2.0, 2.0, 1.5, 1.5, 1.5, 1.5);
    assertThat(values(a, "promo", 6)).containsExactly(0, 1, 1, 0, 1, 0);
    // the y column of a future file is never read: the demand history is unchanged
    assertThat(f.frame().get("a").y()).containsExactly(5, 6);
    // b has no future rows: its last price holds, promotions are 0
    assertThat(values(f.frame().get("b").exogenous(), "price", 3)).containsExactly(9, 9, 9);
    assertThat(f.seriesWithFuture()).isEqualTo(1);
    assertThat(f.rowsUsed()).isEqualTo(2);
    assertThat(f.warning()).isNull();
  }

  @Test
  void rowsOfUnknownSeriesAndPastDatesAreCountedNotFatal(@TempDir Path dir) throws IOException {
    KnownFuture f =
        future(
            dir,
            """
            unique_id,ds,promo
            zz,2024-01-03,1
            zz,2024-01-04,1
            yy,2024-01-03,1
            a,2024-01-02,1
            b,2024-01-02,1
            """);
    assertThat(f.unknownSeriesRows()).isEqualTo(3);
    assertThat(f.unknownSeries()).isEqualTo(2);
    assertThat(f.notAfterHistoryRows()).isEqualTo(1);
    assertThat(f.warning())
        .isEqualTo(
            "future file: skipped 3 rows of 2 series not in the input and 1 rows dated on or"
                + " before their series' last date");
    // only promo given: price follows its rule
    assertThat(values(f.frame().get("b").exogenous(), "price", 2)).containsExactly(9, 9);
    assertThat(values(f.frame().get("b").exogenous(), "promo", 2)).containsExactly(0, 1);
  }

  @Test
  void badFutureRowsNameTheLine(@TempDir Path dir) {
    assertThatThrownBy(() -> future(dir, "unique_id,ds,promo\na,2024-01-03,yes\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("line 2: promo is not a number: 'yes'");
    assertThatThrownBy(() -> future(dir, "unique_id,ds,promo\na,2024-01-03,1\na,2024-01-03,0\n"))
        .hasMessage("line 3: duplicate (unique_id=a, ds=2024-01-03), first seen on line 2");
    assertThatThrownBy(() -> future(dir, "unique_id,ds,discount\na,2024-01-03,1\n"))
        .hasMessage(
            "line 1: the future file has none of the exogenous columns [price, promo];"
                + " columns: unique_id, ds, discount");
  }
}
