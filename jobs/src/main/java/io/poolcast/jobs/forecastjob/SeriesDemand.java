package io.poolcast.jobs.forecastjob;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Units one sale adds to one series on one region-local day.
 *
 * @param seriesId the series ({@code SeriesKey.id()}), the key the job partitions by
 * @param day the region-local day
 * @param units units sold
 * @param eventTime the sale's event time
 */
public record SeriesDemand(String seriesId, LocalDate day, int units, Instant eventTime) {}
