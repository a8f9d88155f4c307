package io.poolcast.world;

/** The standard sizes of the sample market. */
public enum Scale {
  /** A demo market: about 300 shops in 4 regions, 60 suppliers, 1,250 SKUs, 28 days. */
  SMALL(new WorldSize(4, 300, 60, 1_250, 30, 120, 28)),
  /** The size of the real case: 5,000 shops in 12 regions, 1,000 suppliers, 20,000 SKUs, 1 year. */
  SEED(new WorldSize(12, 5_000, 1_000, 20_000, 50, 300, 365));

  private final WorldSize size;

  Scale(WorldSize size) {
    this.size = size;
  }

  public WorldSize size() {
    return size;
  }
}
