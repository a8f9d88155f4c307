package io.poolcast.jobs.forecastjob;

import io.poolcast.events.reference.Sku;
import io.poolcast.events.reference.World;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Optional;

/** Supplier and category of every known SKU: small enough to ship with each operator. */
public final class SkuCatalog implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A SKU's supplier and category. */
  public record Entry(String supplierId, String category) implements Serializable {}

  private final HashMap<String, Entry> bySku = new HashMap<>();

  public static SkuCatalog of(World world) {
    SkuCatalog catalog = new SkuCatalog();
    for (Sku s : world.skus()) {
      catalog.bySku.put(s.sku(), new Entry(s.supplierId(), s.category()));
    }
    return catalog;
  }

  public Optional<Entry> of(String sku) {
    return Optional.ofNullable(sku == null ? null : bySku.get(sku));
  }
}
