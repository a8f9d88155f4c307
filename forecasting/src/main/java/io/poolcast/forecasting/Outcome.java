package io.poolcast.forecasting;

import io.poolcast.forecasting.models.ForecastModel;

/**
 * A checked point forecast for one series and model: finite, non-negative, with what was fitted
 * ({@code label}), why a baseline was used instead ({@code reason}, null when none) and the model
 * whose refits calibrate the intervals.
 */
record Outcome(double[] mean, String label, String reason, ForecastModel calibrationModel) {}
