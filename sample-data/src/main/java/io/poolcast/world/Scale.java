package io.poolcast.world;

/** The standard sizes of the sample market. */
public enum Scale {
  /** A demo market: about 300 shops in 4 regions, 60 suppliers, 1,250 SKUs, 28 days. */
  SMALL(new WorldSize(4, 300, 60, 1_250, 30, 120, 28)),
  /** The size of the real case: 5,000 shops in 12 regions, 1,000 suppliers, 20,000 SKUs, 1 year. */
  SEED(new WorldSize(12, 5_000, 1_000, 20_000, 50, 300, 365)),
  /**
   * The shape of the M5 competition (Walmart): 3,049 SKUs listed in each of 10 shops in 3 regions,
   * 1,941 days, i.e. 30,490 daily series; meant for {@link SampleWorldWriter#writeSeries}.
   */
  M5(new WorldSize(3, 10, 100, 3_049, 3_049, 3_049, 1_941));

  private final WorldSize size;

  Scale(WorldSize size) {
    this.size = size;
  }

  public WorldSize size() {
    return size;
  }
}
