package io.poolcast.world;

import java.util.List;

/**
 * A delivery region of the sample market with what the generator needs to know beyond the reference
 * data: how many shops it gets and whether it is a migrant-worker city (demand drops after the
 * Spring Festival while workers are home) or a home province (demand rises).
 */
record RegionProfile(
    String regionId, String name, String area, double shopWeight, boolean migrantCity) {

  /** All regions in order; a world with n regions uses the first n. */
  static final List<RegionProfile> ALL =
      List.of(
          new RegionProfile("east-sh", "Shanghai", "east", 1.3, true),
          new RegionProfile("east-hz", "Hangzhou", "east", 1.0, true),
          new RegionProfile("south-gz", "Guangzhou", "south", 1.1, true),
          new RegionProfile("north-bj", "Beijing", "north", 1.2, true),
          new RegionProfile("south-sz", "Shenzhen", "south", 1.1, true),
          new RegionProfile("west-cd", "Chengdu", "west", 1.0, false),
          new RegionProfile("east-nj", "Nanjing", "east", 0.8, false),
          new RegionProfile("central-wh", "Wuhan", "central", 0.9, false),
          new RegionProfile("west-cq", "Chongqing", "west", 0.9, false),
          new RegionProfile("east-su", "Suzhou", "east", 0.8, true),
          new RegionProfile("north-tj", "Tianjin", "north", 0.7, false),
          new RegionProfile("central-cs", "Changsha", "central", 0.7, false));
}
