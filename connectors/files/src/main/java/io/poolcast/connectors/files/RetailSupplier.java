package io.poolcast.connectors.files;

/**
 * The synthetic suppliers of the Online Retail world. The file has one seller; PoolCast needs
 * several suppliers, so each product category is assigned to one of four suppliers (see {@link
 * RetailCategory}), grouped so that every supplier sells two or three categories and its
 * category-combination tiers can be reached.
 */
public enum RetailSupplier {
  SEASONAL("ret-seasonal", "Seasonal & Lighting Supplies"),
  HOME("ret-home", "Home, Kitchen & Garden Wholesale"),
  PAPER_AND_PLAY("ret-paper-play", "Paper, Bags & Play"),
  ACCESSORIES("ret-accessories", "Accessories & Sundries");

  private final String supplierId;
  private final String displayName;

  RetailSupplier(String supplierId, String displayName) {
    this.supplierId = supplierId;
    this.displayName = displayName;
  }

  public String supplierId() {
    return supplierId;
  }

  public String displayName() {
    return displayName;
  }
}
