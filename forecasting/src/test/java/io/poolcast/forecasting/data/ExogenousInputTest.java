package io.poolcast.forecasting.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Exogenous daily columns in the history file: reading, gap rules and bad values. */
class ExogenousInputTest {
  private static final LongFormatCsv CSV =
      LongFormatCsv.builder().exogenous("price", "promo", "stockout").build();

  private static SeriesFrame read(LongFormatCsv csv, String text) throws IOException {
    return csv.read(new StringReader(text));
  }

  @Test
  void readsDailyValuesAndFillsGapsByRule() throws IOException {
    SeriesFrame frame =
        read(
            CSV,
            """
            unique_id,ds,y,price,promo,stockout,region
            a,2024-01-01,5,,1,0,north
            a,2024-01-02,6,2.5,0,,north
            a,2024-01-05,4,2.0,,1,north
            """);
    Series a = frame.get("a");
    Exogenous x = a.exogenous();
    assertThat(a.y()).containsExactly(5, 6, 0, 0, 4);
    // price: leading gap takes the first price, gap days (03, 04) carry 2.5 forward
    assertThat(values(x, "price", 5)).containsExactly(2.5, 2.5, 2.5, 2.5, 2.0);
    // promotion and stock-out: empty cells and gap days are 0
    assertThat(values(x, "promo", 5)).containsExactly(1, 0, 0, 0, 0);
    assertThat(values(x, "stockout", 5)).containsExactly(0, 0, 0, 0, 1);
    assertThat(a.attributes()).containsOnlyKeys("region");
    assertThat(frame.exogenousColumns())
        .extracting(ExogenousColumn::kind)
        .containsExactly(
            ExogenousColumn.Kind.PRICE, ExogenousColumn.Kind.EVENT, ExogenousColumn.Kind.STOCKOUT);
  }

  @Test
  void pastTheKnownDaysThePriceHoldsAndEventsAreZero() throws IOException {
    Series a = read(CSV, "unique_id,ds,y,price,promo,stockout\na,2024-01-01,5,3.0,1,1\n").get("a");
    assertThat(values(a.exogenous(), "price", 3)).containsExactly(3.0, 3.0, 3.0);
    assertThat(values(a.exogenous(), "promo", 3)).containsExactly(1, 0, 0);
    assertThat(a.exogenous().value(0, -1)).isNaN();
  }

  @Test
  void withoutExogenousOptionEveryColumnStaysAnAttribute() throws IOException {
    Series a =
        read(new LongFormatCsv(LongFormat.DEFAULT), "unique_id,ds,y,price\na,2024-01-01,5,3\n")
            .get("a");
    assertThat(a.attributes()).containsEntry("price", "3");
    assertThat(a.exogenous().isEmpty()).isTrue();
  }

  @Test
  void unknownColumnIsOneLineListingTheColumns() {
    assertThatThrownBy(() -> read(CSV, "unique_id,ds,y,price,promo\na,2024-01-01,5,1,0\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "line 1: unknown exogenous column 'stockout'; columns: unique_id, ds, y, price, promo");
  }

  @Test
  void badValuesNameTheLineAndTheValue() {
    String header = "unique_id,ds,y,price,promo,stockout\n";
    assertThatThrownBy(() -> read(CSV, header + "a,2024-01-01,5,1,0,0\na,2024-01-02,5,abc,0,0\n"))
        .hasMessage("line 3: price is not a number: 'abc'");
    assertThatThrownBy(() -> read(CSV, header + "a,2024-01-01,5,-1,0,0\n"))
        .hasMessage("line 2: price is negative: '-1'");
    assertThatThrownBy(() -> read(CSV, header + "a,2024-01-01,5,1,Infinity,0\n"))
        .hasMessage("line 2: promo is not a finite number: 'Infinity'");
    assertThatThrownBy(() -> read(CSV, header + "a,2024-01-01,5,1,0,-1\n"))
        .hasMessage("line 2: stockout is negative: '-1'");
  }

  @Test
  void kindsFollowTheNameUnlessGiven() {
    assertThat(ExogenousColumn.parse("unit_price").kind()).isEqualTo(ExogenousColumn.Kind.PRICE);
    assertThat(ExogenousColumn.parse("out_of_stock").kind())
        .isEqualTo(ExogenousColumn.Kind.STOCKOUT);
    assertThat(ExogenousColumn.parse("onpromotion").kind()).isEqualTo(ExogenousColumn.Kind.EVENT);
    assertThat(ExogenousColumn.parse("cost : price").kind()).isEqualTo(ExogenousColumn.Kind.PRICE);
    assertThatThrownBy(() -> ExogenousColumn.parse("promo:flag"))
        .hasMessage("unknown exogenous kind in 'promo:flag'; use price, event or stockout");
  }

  @Test
  void headKeepsTheCovariatesAsKnownFuture() throws IOException {
    Series a =
        read(
                CSV,
                """
                unique_id,ds,y,price,promo,stockout
                a,2024-01-01,5,2,0,0
                a,2024-01-02,6,2,1,0
                """)
            .get("a");
    Series history = a.head(1);
    assertThat(history.y()).containsExactly(5);
    assertThat(history.exogenous().value(1, 1)).isEqualTo(1.0);
    assertThat(history.lastDate()).isEqualTo(LocalDate.of(2024, 1, 1));
  }

  static double[] values(Exogenous x, String column, int days) {
    double[] out = new double[days];
    for (int d = 0; d < days; d++) {
      out[d] = x.value(x.indexOf(column), d);
    }
    return out;
  }
}
