package io.poolcast.jobs.demo;

import io.poolcast.events.EventJson;
import io.poolcast.events.OrderEventType;
import io.poolcast.events.RegionDailyOrderSummary;
import io.poolcast.events.ShopOrderEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Placed orders and their list value per region, computed straight from an event file: the
 * independent figures the demo checks the job's output against.
 */
public final class ExpectedOrderTotals {
  /** Totals of one region. */
  public record RegionTotals(long placedOrders, long units, long listValueCents) {
    static RegionTotals of(ShopOrderEvent e) {
      return new RegionTotals(1, e.units(), e.listValueCents());
    }

    public RegionTotals plus(RegionTotals o) {
      return new RegionTotals(
          placedOrders + o.placedOrders, units + o.units, listValueCents + o.listValueCents);
    }
  }

  private ExpectedOrderTotals() {}

  /** The same totals summed from the job's daily summaries, to compare with {@link #fromFile}. */
  public static Map<String, RegionTotals> fromSummaries(List<RegionDailyOrderSummary> days) {
    Map<String, RegionTotals> totals = new TreeMap<>();
    for (RegionDailyOrderSummary d : days) {
      totals.merge(
          d.regionId(),
          new RegionTotals(d.placedOrders(), d.units(), d.listValueCents()),
          RegionTotals::plus);
    }
    return totals;
  }

  public static Map<String, RegionTotals> fromFile(Path shopOrdersJsonl) {
    Map<String, RegionTotals> totals = new TreeMap<>();
    try (BufferedReader lines = Files.newBufferedReader(shopOrdersJsonl, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        ShopOrderEvent e = EventJson.fromJson(line, ShopOrderEvent.class);
        if (e.type() == OrderEventType.PLACED) {
          totals.merge(e.regionId(), RegionTotals.of(e), RegionTotals::plus);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return totals;
  }
}
