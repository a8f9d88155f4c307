package io.poolcast.forecasting.replenishment;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The replenishment suggestion for one shop × SKU: order up to the demand quantile over lead time
 * plus review period.
 *
 * <pre>
 * days to cover  = lead time + review period: until the delivery after this one can arrive
 * reorder point  = q_τ(demand over the days to cover)                    (see DemandOutlook)
 * target         = q_τ(demand over the days to cover + cycle days)
 * position       = stock + on order
 * cases          = 0                                            if position ≥ reorder point
 *                = max(⌈(target − position) / pack⌉, minimum cases)   otherwise
 * </pre>
 *
 * With 0 cycle days the reorder point is the target: a plain order-up-to that tops up whatever is
 * missing at every review. Cycle days make it order less often and more at a time (a shop that can
 * order every day would otherwise send a case a day per SKU). Cases round up: a shop short of one
 * unit orders a whole case. The supplier's minimum per line (in cases; 1 when it has none) raises a
 * positive order, never creates one.
 */
public final class OrderUpTo {
  private final double serviceLevel;

  /**
   * @param serviceLevel τ, the quantile of demand to cover (e.g. 0.8)
   */
  public OrderUpTo(double serviceLevel) {
    DemandOutlook.z(serviceLevel);
    this.serviceLevel = serviceLevel;
  }

  /**
   * @param outlook daily demand from the first day to cover (tomorrow)
   * @param daysToCover lead time + review period in days, at most {@code outlook.days()}
   * @param cycleDays days an order covers beyond that (0: top up at every review); cut at the
   *     outlook's end
   * @param stock units on the shelf now
   * @param onOrder units ordered and not yet delivered
   * @param packSize consumer units per case
   * @param minimumCases the supplier's minimum per order line, in cases (1 when none)
   */
  public Suggestion suggest(
      DemandOutlook outlook,
      int daysToCover,
      int cycleDays,
      int stock,
      int onOrder,
      int packSize,
      int minimumCases) {
    if (packSize < 1 || minimumCases < 1 || cycleDays < 0) {
      throw new IllegalArgumentException(
          "pack size and minimum cases must be at least 1 and cycle days not negative, were "
              + packSize
              + ", "
              + minimumCases
              + ", "
              + cycleDays);
    }
    if (stock < 0 || onOrder < 0) {
      throw new IllegalArgumentException(
          "stock and on order must not be negative, were " + stock + ", " + onOrder);
    }
    double reorderPoint = outlook.quantileOfSum(daysToCover, serviceLevel);
    int position = stock + onOrder;
    if (position >= reorderPoint) {
      int covered = outlook.daysCovered(position, serviceLevel);
      String line =
          explain(
              0,
              packSize,
              stock,
              onOrder,
              covered,
              outlook.days(),
              days(daysToCover),
              reorderPoint);
      return new Suggestion(0, 0, reorderPoint, position, daysToCover, covered, line);
    }
    int cycle = Math.min(cycleDays, outlook.days() - daysToCover);
    double target = outlook.quantileOfSum(daysToCover + cycle, serviceLevel);
    int needed = (int) Math.ceil((target - position) / packSize);
    int cases = Math.max(needed, minimumCases);
    int units = cases * packSize;
    int covered = outlook.daysCovered(position + units, serviceLevel);
    String span = cycle == 0 ? days(daysToCover) : daysToCover + " + " + days(cycle);
    String line =
        explain(cases, packSize, stock, onOrder, covered, outlook.days(), span, target)
            + (cases > needed
                ? "; raised to the supplier's minimum of " + minimumCases + " cases"
                : "");
    return new Suggestion(cases, units, target, position, daysToCover, covered, line);
  }

  private String explain(
      int cases,
      int pack,
      int stock,
      int onOrder,
      int covered,
      int outlookDays,
      String needed,
      double target) {
    String order =
        cases == 0
            ? "no order: stock " + stock + " + on order " + onOrder
            : cases
                + (cases == 1 ? " case of " : " cases of ")
                + pack
                + ": stock "
                + stock
                + " + on order "
                + onOrder
                + " + "
                + cases * pack
                + " units";
    return String.format(
        Locale.ROOT,
        "%s covers %s at %s demand (needed %s: %.1f units)",
        order,
        covered == outlookDays ? covered + "+ days" : days(covered),
        percentile(serviceLevel),
        needed,
        target);
  }

  private static String days(int n) {
    return n == 1 ? "1 day" : n + " days";
  }

  /** 0.8 → "p80", 0.975 → "p97.5". */
  static String percentile(double level) {
    return "p" + BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString();
  }
}
