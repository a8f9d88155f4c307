package io.poolcast.forecasting.hierarchy;

/** Keeps the bottom-level forecasts and ignores the aggregates' own forecasts. */
public final class BottomUp implements Reconciler {
  @Override
  public String name() {
    return "BottomUp";
  }

  @Override
  public double[][] bottom(SummingMatrix s, double[][] base) {
    double[][] out = new double[s.bottomCount()][];
    for (int b = 0; b < out.length; b++) {
      out[b] = base[s.firstBottom() + b].clone();
    }
    return out;
  }
}
