package io.poolcast.pooling;

import io.poolcast.events.reference.CategoryTier;
import io.poolcast.events.reference.PriceTier;
import io.poolcast.events.reference.Supplier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The commercial terms one supplier prices its pools by: quantity tiers of its SKUs, its category
 * tiers, its minimum batch and truck sizes; with a content {@link #version}.
 *
 * <p>A pool is priced by the terms in force when it <b>opened</b> (see {@link PoolBook}): a tier
 * change reaches pools opened after it, never a pool shops have already been quoted for. The book
 * keeps each version its open pools use, so this is a plain POJO (public fields, no-arg
 * constructor) that Flink serializes without Kryo; the lookup indexes are transient and rebuilt on
 * first use after a restore.
 */
public final class SupplierTerms {
  /** First 16 hex digits of a SHA-256 over the terms' rows; equal terms have equal versions. */
  public String version;

  public Supplier supplier;

  /** Quantity tiers of the supplier's SKUs, sorted by SKU and tier. */
  public List<PriceTier> priceTiers = new ArrayList<>();

  /** Category tiers of the supplier, sorted by tier. */
  public List<CategoryTier> categoryTiers = new ArrayList<>();

  private transient Map<String, PriceTierSchedule> bySku;
  private transient CategoryTierSchedule categorySchedule;

  /** For serializers only; use {@link #of}. */
  public SupplierTerms() {}

  /** Terms of a supplier from its reference rows, in any order. */
  public static SupplierTerms of(
      Supplier supplier, List<PriceTier> priceTiers, List<CategoryTier> categoryTiers) {
    SupplierTerms terms = new SupplierTerms();
    terms.supplier = supplier;
    terms.priceTiers =
        priceTiers.stream()
            .sorted(Comparator.comparing(PriceTier::sku).thenComparingInt(PriceTier::tier))
            .collect(Collectors.toCollection(ArrayList::new));
    terms.categoryTiers =
        categoryTiers.stream()
            .sorted(Comparator.comparingInt(CategoryTier::tier))
            .collect(Collectors.toCollection(ArrayList::new));
    terms.version = versionOf(terms);
    return terms;
  }

  /** The quantity tiers of one SKU; none when it has no rows. */
  public PriceTierSchedule priceTiers(String sku) {
    if (bySku == null) {
      bySku =
          priceTiers.stream()
              .collect(
                  Collectors.groupingBy(
                      PriceTier::sku,
                      HashMap::new,
                      Collectors.collectingAndThen(Collectors.toList(), PriceTierSchedule::new)));
    }
    return bySku.getOrDefault(sku, PriceTierSchedule.none());
  }

  public CategoryTierSchedule categoryTiers() {
    if (categorySchedule == null) {
      categorySchedule = new CategoryTierSchedule(categoryTiers);
    }
    return categorySchedule;
  }

  // Records print all their components, so the digest covers every field of every row.
  private static String versionOf(SupplierTerms terms) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(String.valueOf(terms.supplier).getBytes(StandardCharsets.UTF_8));
      for (PriceTier t : terms.priceTiers) {
        sha.update(t.toString().getBytes(StandardCharsets.UTF_8));
      }
      for (CategoryTier t : terms.categoryTiers) {
        sha.update(t.toString().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
