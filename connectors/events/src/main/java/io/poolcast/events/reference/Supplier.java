package io.poolcast.events.reference;

import io.poolcast.events.OptionalColumn;
import java.util.List;

/**
 * A supplier (brand owner or distributor) selling to shops through pooled batch orders.
 *
 * @param supplierId stable id
 * @param name display name
 * @param categories the product categories it sells
 * @param regionIds the regions it delivers to
 * @param minBatchValueCents minimum pooled value per region and delivery day, in cents (0: none)
 * @param minBatchUnits minimum pooled units per region and delivery day (0: none)
 * @param truckCapacityKg payload of one truck, in kilograms
 * @param truckCapacityLitres load volume of one truck, in litres
 * @param currency ISO 4217 code of its prices (all money of its pools is in this currency's minor
 *     units); blank means {@value #DEFAULT_CURRENCY}
 */
public record Supplier(
    String supplierId,
    String name,
    List<String> categories,
    List<String> regionIds,
    long minBatchValueCents,
    long minBatchUnits,
    long truckCapacityKg,
    long truckCapacityLitres,
    @OptionalColumn String currency) {
  /** The sample world's currency, and the one of a supplier whose row names none. */
  public static final String DEFAULT_CURRENCY = "CNY";

  public Supplier {
    categories = categories == null ? List.of() : List.copyOf(categories);
    regionIds = regionIds == null ? List.of() : List.copyOf(regionIds);
    currency = currency == null || currency.isBlank() ? DEFAULT_CURRENCY : currency;
  }

  /** A supplier pricing in {@value #DEFAULT_CURRENCY}. */
  public Supplier(
      String supplierId,
      String name,
      List<String> categories,
      List<String> regionIds,
      long minBatchValueCents,
      long minBatchUnits,
      long truckCapacityKg,
      long truckCapacityLitres) {
    this(
        supplierId,
        name,
        categories,
        regionIds,
        minBatchValueCents,
        minBatchUnits,
        truckCapacityKg,
        truckCapacityLitres,
        DEFAULT_CURRENCY);
  }
}
