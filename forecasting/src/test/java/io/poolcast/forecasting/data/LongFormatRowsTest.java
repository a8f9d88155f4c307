package io.poolcast.forecasting.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The row rules with typed values, as a columnar reader (Parquet) hands them over. */
class LongFormatRowsTest {
  private static final List<String> COLUMNS = List.of("unique_id", "ds", "y", "region");

  private static Map<String, Object> row(Object id, Object ds, Object y, Object region) {
    Map<String, Object> row = new HashMap<>();
    row.put("unique_id", id);
    row.put("ds", ds);
    row.put("y", y);
    row.put("region", region);
    return row;
  }

  private static LongFormatRows rows() {
    return new LongFormatRows(LongFormat.DEFAULT, COLUMNS, RowUnit.ROW);
  }

  @Test
  void acceptsDatesTimestampsTextAndAnyNumber() {
    LongFormatRows rows = rows();
    rows.add(1, row(7, LocalDate.of(2024, 1, 1), 2, "north")::get);
    rows.add(2, row(7, LocalDateTime.of(2024, 1, 2, 23, 0), 1.5f, null)::get);
    rows.add(3, row(7, Instant.parse("2024-01-04T00:00:00Z"), new BigDecimal("12.50"), "x")::get);
    rows.add(4, row(new StringBuilder("8"), "2024-01-02 00:00:00", 3L, "south")::get);
    SeriesFrame frame = rows.frame();
    assertThat(frame.get("7").y()).containsExactly(2, 1.5, 0, 12.5);
    assertThat(frame.get("7").attributes()).containsEntry("region", "north");
    assertThat(frame.get("8").start()).isEqualTo(LocalDate.of(2024, 1, 2));
  }

  @Test
  void errorsNameTheRowAndTheValue() {
    LongFormatRows negative = rows();
    negative.add(1, row("a", LocalDate.of(2024, 1, 1), 1, "n")::get);
    assertThatThrownBy(() -> negative.add(2, row("a", LocalDate.of(2024, 1, 2), -2, "n")::get))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("row 2: y is negative: '-2'");
    assertThatThrownBy(() -> rows().add(5, row("a", LocalDate.of(2024, 1, 2), null, "n")::get))
        .hasMessage("row 5: y is not a number: 'null'");
    assertThatThrownBy(() -> rows().add(6, row("a", 20240102, 1, "n")::get))
        .hasMessage("row 6: ds is not a date: '20240102'");
    assertThatThrownBy(() -> rows().add(7, row(null, LocalDate.of(2024, 1, 2), 1, "n")::get))
        .hasMessage("row 7: empty unique_id");
    assertThatThrownBy(() -> rows().add(8, row("a", LocalDate.of(2024, 1, 2), Double.NaN, "")::get))
        .hasMessageContaining("row 8: y is not a finite number");
  }

  @Test
  void duplicatesNameBothRowsAndAMissingColumnNoRow() {
    LongFormatRows rows = rows();
    rows.add(1, row("a", LocalDate.of(2024, 1, 1), 1, "n")::get);
    rows.add(2, row("a", LocalDate.of(2024, 1, 1), 1, "n")::get);
    assertThatThrownBy(rows::frame)
        .hasMessage("row 2: duplicate (unique_id=a, ds=2024-01-01), first seen on row 1");
    assertThatThrownBy(
            () -> new LongFormatRows(LongFormat.DEFAULT, List.of("unique_id", "y"), RowUnit.ROW))
        .hasMessage("missing column 'ds' in [unique_id, y]");
    assertThatThrownBy(() -> rows().frame()).hasMessage("no data rows");
  }
}
