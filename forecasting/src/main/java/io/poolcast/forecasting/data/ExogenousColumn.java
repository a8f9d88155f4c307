package io.poolcast.forecasting.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A numeric input column that varies per day (price, promotion, stock-out flag) and how its missing
 * days are filled. One rule serves gap days inside the history, days a future file does not cover
 * and days past every known value, so a forecast, a backtest and a training row see the same value:
 *
 * <ul>
 *   <li>{@link Kind#PRICE}: the last known price carries forward (a price holds until it changes);
 *       days before the first known price take that first price; a series without any price keeps
 *       NaN (the model sees "unknown");
 *   <li>{@link Kind#EVENT} (promotion flag or depth) and {@link Kind#STOCKOUT}: 0 — no row means no
 *       promotion and no stock-out.
 * </ul>
 *
 * <p>The kind follows the name unless given ({@code cost:price}): a name containing {@code price}
 * is a price, one containing {@code stock} or {@code oos} a stock-out flag, anything else an event.
 */
public record ExogenousColumn(String name, Kind kind) implements java.io.Serializable {
  /** How a column is filled and what the gradient-boosting features make of it. */
  public enum Kind {
    PRICE,
    EVENT,
    STOCKOUT;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ExogenousColumn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    if (name.isBlank()) {
      throw new IllegalArgumentException("empty exogenous column name");
    }
  }

  /** {@code price}, {@code promo}, or {@code name:kind} with kind price, event or stockout. */
  public static ExogenousColumn parse(String spec) {
    String trimmed = spec.trim();
    int colon = trimmed.indexOf(':');
    if (colon < 0) {
      return new ExogenousColumn(trimmed, inferKind(trimmed));
    }
    String kind = trimmed.substring(colon + 1).trim().toUpperCase(Locale.ROOT);
    try {
      return new ExogenousColumn(trimmed.substring(0, colon).trim(), Kind.valueOf(kind));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown exogenous kind in '" + spec + "'; use price, event or stockout");
    }
  }

  /** Parses each spec; a column named twice is refused. */
  public static List<ExogenousColumn> parseAll(List<String> specs) {
    List<ExogenousColumn> out = new ArrayList<>();
    for (String spec : specs) {
      ExogenousColumn c = parse(spec);
      if (out.stream().anyMatch(o -> o.name.equals(c.name))) {
        throw new IllegalArgumentException("exogenous column '" + c.name + "' named twice");
      }
      out.add(c);
    }
    return List.copyOf(out);
  }

  static Kind inferKind(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("price")) {
      return Kind.PRICE;
    }
    return n.contains("stock") || n.contains("oos") ? Kind.STOCKOUT : Kind.EVENT;
  }

  /** The value of a day nobody gave: {@code lastKnown} for a price, else 0. */
  public double missing(double lastKnown) {
    return kind == Kind.PRICE ? lastKnown : 0;
  }

  /** Fills NaN days in place with {@link #missing}; leading price gaps take the first price. */
  public void fill(double[] values) {
    double last = Double.NaN;
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        values[i] = missing(last);
      }
      last = values[i];
    }
    if (kind == Kind.PRICE) {
      backFillLeading(values);
    }
  }

  private static void backFillLeading(double[] values) {
    int first = 0;
    while (first < values.length && Double.isNaN(values[first])) {
      first++;
    }
    for (int i = 0; i < first && first < values.length; i++) {
      values[i] = values[first];
    }
  }

  /** Why a value is refused, or null: prices and stock-out flags are never negative. */
  String problem(double value) {
    if (!Double.isFinite(value)) {
      return "is not a finite number";
    }
    return value < 0 && kind != Kind.EVENT ? "is negative" : null;
  }

  /** The fill rule in words (model card, help). */
  public String rule() {
    return switch (kind) {
      case PRICE -> "price: gap days and days past the known future carry the last price forward";
      case EVENT -> "event: gap days and days past the known future are 0";
      case STOCKOUT ->
          "stock-out: gap days are 0; flagged days are left out of GBM's demand history";
    };
  }

  @Override
  public String toString() {
    return name + ":" + kind.label();
  }
}
