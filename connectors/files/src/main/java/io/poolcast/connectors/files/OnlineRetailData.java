package io.poolcast.connectors.files;

import io.poolcast.events.ShopOrderEvent;
import io.poolcast.events.reference.World;
import java.util.List;

/**
 * The Online Retail file in PoolCast's schemas.
 *
 * @param world regions, shops, suppliers, SKUs, tiers and calendars derived from the file
 * @param events shop-order events sorted by event time (PLACED, then AMENDED/CANCELLED)
 * @param rejected rows not used, per reason (each data line counts at most once)
 * @param dataLines data lines in the file
 * @param saleLines accepted sale lines (each is a line of a PLACED order)
 * @param saleUnits units over the accepted sale lines (= units over all PLACED events)
 * @param cancellationLines accepted cancellation lines, matched or not
 * @param saleInvoices invoices that became at least one order
 * @param placedOrders PLACED events (orders)
 * @param splitInvoices sale invoices split over several suppliers
 * @param customersInSeveralCountries customers whose lines name more than one country (their shop
 *     is in the first country; each order keeps the country of its invoice)
 * @param countriesWithoutZone country names missing from the zone table (seller zone used)
 * @param cancellations what the cancellation invoices did
 */
public record OnlineRetailData(
    World world,
    List<ShopOrderEvent> events,
    RejectedRows rejected,
    long dataLines,
    long saleLines,
    long saleUnits,
    long cancellationLines,
    long saleInvoices,
    long placedOrders,
    long splitInvoices,
    long customersInSeveralCountries,
    List<String> countriesWithoutZone,
    CancellationStats cancellations) {

  public OnlineRetailData {
    events = List.copyOf(events);
    countriesWithoutZone = List.copyOf(countriesWithoutZone);
  }
}
