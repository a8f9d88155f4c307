package io.poolcast.forecasting.insight;

/**
 * One closed day of a shop × SKU's stock estimate.
 *
 * @param deliveredUnits consumer units delivered that morning
 * @param soldUnits consumer units sold
 * @param openingUnits estimated units on hand after the delivery, before sales
 * @param closingUnits estimated units on hand at the end of the day, never negative
 * @param stockKnown whether a delivery has been seen, so the estimate means something
 * @param signal the stock-out signal of the day ({@link StockOutSignal#NONE}: no stock-out)
 * @param averageDailyUnits mean units sold per day over the trailing {@value
 *     StockLedger#TRAILING_DAYS} days (fewer at the start)
 * @param averageStockUnits mean closing stock over the same trailing days
 * @param ledger the ledger to carry into the next day
 */
public record StockDay(
    long deliveredUnits,
    long soldUnits,
    long openingUnits,
    long closingUnits,
    boolean stockKnown,
    StockOutSignal signal,
    double averageDailyUnits,
    double averageStockUnits,
    StockLedger ledger) {

  public boolean stockOut() {
    return signal != StockOutSignal.NONE;
  }

  /** Days of cover of the closing stock; infinite with stock and no recent sales. */
  public double daysOfCover() {
    return StockCover.daysOfCover(closingUnits, averageDailyUnits);
  }

  /** Inventory turnover days over the trailing days; infinite with stock and no recent sales. */
  public double turnoverDays() {
    return StockCover.turnoverDays(averageStockUnits, averageDailyUnits);
  }
}
