package io.poolcast.connectors.files;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Online Retail invoice times are UK wall-clock times without an offset. They become instants in
 * Europe/London: GMT in winter, BST (UTC+1) from the last Sunday of March to the last Sunday of
 * October. A time in the spring-forward gap moves forward by the gap's length; a time in the autumn
 * overlap takes the earlier (BST) offset (java.time's rules; the file has no times at night, so
 * neither occurs in it).
 */
public final class UkTime {
  public static final ZoneId LONDON = ZoneId.of(CountryZones.SELLER_ZONE);

  private UkTime() {}

  public static Instant toInstant(LocalDateTime ukLocal) {
    return ukLocal.atZone(LONDON).toInstant();
  }
}
