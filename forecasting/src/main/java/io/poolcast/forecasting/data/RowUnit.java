package io.poolcast.forecasting.data;

/**
 * How an input names a row in its error messages: a text file by its line (the header is line 1), a
 * columnar file (Parquet) by its 1-based data row.
 */
public enum RowUnit {
  LINE("line", 1),
  ROW("row", 0);

  private final String word;
  private final long headerPosition;

  RowUnit(String word, long headerPosition) {
    this.word = word;
    this.headerPosition = headerPosition;
  }

  public String word() {
    return word;
  }

  /** Where a problem with the column names is reported: line 1 of a CSV, no row of a Parquet. */
  long headerPosition() {
    return headerPosition;
  }
}
