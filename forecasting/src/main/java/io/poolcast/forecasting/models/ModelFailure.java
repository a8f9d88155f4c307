package io.poolcast.forecasting.models;

/** A model cannot fit this series (too short, degenerate, ...); the forecaster falls back. */
public class ModelFailure extends RuntimeException {
  public ModelFailure(String reason) {
    super(reason);
  }
}
