package io.poolcast.forecasting.hierarchy;

/** How the levels of a hierarchical forecast are made to add up. */
public enum ReconcileMethod {
  /** MinT with a shrunk covariance of backtest residuals ({@link MinTShrink}). */
  MINT,
  /** Sum of the bottom forecasts ({@link BottomUp}). */
  BOTTOMUP,
  /** Every node's own forecast; levels need not add up. */
  NONE
}
