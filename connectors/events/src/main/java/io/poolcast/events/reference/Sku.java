package io.poolcast.events.reference;

import java.time.LocalDate;

/**
 * A product a supplier sells, in its ordering unit (a case of {@code packSize} consumer units).
 *
 * @param sku stable id
 * @param supplierId the supplier selling it
 * @param category product category, e.g. {@code beverages}
 * @param name display name
 * @param packSize consumer units per ordering unit
 * @param weightGrams gross weight of one ordering unit, in grams
 * @param volumeMl volume of one ordering unit, in millilitres
 * @param listPriceCents list price of one ordering unit, in cents
 * @param launchedOn first day it can be ordered (new SKUs appear over time)
 */
public record Sku(
    String sku,
    String supplierId,
    String category,
    String name,
    int packSize,
    int weightGrams,
    int volumeMl,
    long listPriceCents,
    LocalDate launchedOn) {}
