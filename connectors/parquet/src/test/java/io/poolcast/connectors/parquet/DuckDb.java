package io.poolcast.connectors.parquet;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs a query in a fresh in-memory DuckDB, the way an analyst would read our files. */
final class DuckDb {
  private DuckDb() {}

  /** All rows, each as its column values in order. */
  static List<List<Object>> query(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      List<List<Object>> rows = new ArrayList<>();
      while (result.next()) {
        List<Object> row = new ArrayList<>(columns);
        for (int i = 1; i <= columns; i++) {
          row.add(result.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** A statement without a result, e.g. {@code COPY (...) TO 'file' (FORMAT PARQUET)}. */
  static void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static Object single(String sql) throws SQLException {
    return query(sql).get(0).get(0);
  }

  /** A path as a single-quoted SQL string literal. */
  static String literal(Path path) {
    return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  /** {@code read_parquet('base/**}{@code /*.parquet', hive_partitioning = true)}. */
  static String hiveTable(Path base) {
    return "read_parquet("
        + literal(base.resolve("**").resolve("*.parquet"))
        + ", hive_partitioning = true)";
  }
}
