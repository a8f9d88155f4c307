package io.poolcast.events.reference;

/**
 * A delivery region: shops in it are served from the same regional warehouse and its days follow
 * one time zone.
 *
 * @param regionId short stable id, e.g. {@code east-hz}
 * @param name display name
 * @param zoneId IANA time zone of the region; cut-offs and local days are computed in it
 */
public record Region(String regionId, String name, String zoneId) {
  /** The product's default zone. */
  public static final String DEFAULT_ZONE = "Asia/Shanghai";
}
