package io.poolcast.jobs.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** DuckDB as the independent reader of the jobs' Parquet: a query's rows as text. */
public final class DuckDbRows {
  private DuckDbRows() {}

  /** Each row of {@code sql} as its columns joined by {@code |} (null as "null"), in order. */
  public static List<String> of(String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int c = 1; c <= columns; c++) {
          row.append(c > 1 ? "|" : "").append(rs.getString(c));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }

  /** Every row of a Hive-partitioned table under {@code out}, partition columns too, sorted. */
  public static List<String> table(Path out, String table) throws Exception {
    return of(
        "SELECT * FROM read_parquet('"
            + out.resolve(table)
            + "/**/*.parquet', hive_partitioning = true) ORDER BY ALL");
  }
}
