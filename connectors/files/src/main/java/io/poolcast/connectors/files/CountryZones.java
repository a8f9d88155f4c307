package io.poolcast.connectors.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Online Retail countries as PoolCast regions: each country is one region whose id is the country's
 * slug ({@code United Kingdom} → {@code united-kingdom}) and whose zone comes from the table below
 * (the capital's or main commercial city's IANA zone). The UK is {@code Europe/London}, which has
 * daylight saving, so its local days are 23 or 25 hours long twice a year. Names the table does not
 * know ({@code Unspecified} included) get the seller's zone, Europe/London.
 */
public final class CountryZones {
  /** The seller's zone; invoice times in the file are in it. */
  public static final String SELLER_ZONE = "Europe/London";

  private static final Map<String, String> ZONES =
      Map.ofEntries(
          Map.entry("United Kingdom", "Europe/London"),
          Map.entry("EIRE", "Europe/Dublin"),
          Map.entry("Channel Islands", "Europe/Jersey"),
          Map.entry("Germany", "Europe/Berlin"),
          Map.entry("France", "Europe/Paris"),
          Map.entry("Spain", "Europe/Madrid"),
          Map.entry("Netherlands", "Europe/Amsterdam"),
          Map.entry("Belgium", "Europe/Brussels"),
          Map.entry("European Community", "Europe/Brussels"),
          Map.entry("Switzerland", "Europe/Zurich"),
          Map.entry("Portugal", "Europe/Lisbon"),
          Map.entry("Norway", "Europe/Oslo"),
          Map.entry("Italy", "Europe/Rome"),
          Map.entry("Finland", "Europe/Helsinki"),
          Map.entry("Cyprus", "Asia/Nicosia"),
          Map.entry("Sweden", "Europe/Stockholm"),
          Map.entry("Austria", "Europe/Vienna"),
          Map.entry("Denmark", "Europe/Copenhagen"),
          Map.entry("Poland", "Europe/Warsaw"),
          Map.entry("Iceland", "Atlantic/Reykjavik"),
          Map.entry("Greece", "Europe/Athens"),
          Map.entry("Malta", "Europe/Malta"),
          Map.entry("Lithuania", "Europe/Vilnius"),
          Map.entry("Czech Republic", "Europe/Prague"),
          Map.entry("Israel", "Asia/Jerusalem"),
          Map.entry("Lebanon", "Asia/Beirut"),
          Map.entry("United Arab Emirates", "Asia/Dubai"),
          Map.entry("Bahrain", "Asia/Bahrain"),
          Map.entry("Saudi Arabia", "Asia/Riyadh"),
          Map.entry("Japan", "Asia/Tokyo"),
          Map.entry("Hong Kong", "Asia/Hong_Kong"),
          Map.entry("Singapore", "Asia/Singapore"),
          Map.entry("Australia", "Australia/Sydney"),
          Map.entry("USA", "America/New_York"),
          Map.entry("Canada", "America/Toronto"),
          Map.entry("Brazil", "America/Sao_Paulo"),
          Map.entry("RSA", "Africa/Johannesburg"));

  /** Slugs are asked for on every line; the file has a few dozen distinct names. */
  private static final Map<String, String> REGION_IDS = new ConcurrentHashMap<>();

  private CountryZones() {}

  /** The IANA zone of a country; the seller's zone when the table does not know the name. */
  public static String zoneOf(String country) {
    return ZONES.getOrDefault(country, SELLER_ZONE);
  }

  public static boolean isKnown(String country) {
    return ZONES.containsKey(country);
  }

  /** The region id of a country: lower-case ASCII words joined by '-'. */
  public static String regionIdOf(String country) {
    return REGION_IDS.computeIfAbsent(country, c -> slug(c.isBlank() ? "unspecified" : c));
  }

  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return slug.replaceAll("(^-+)|(-+$)", "");
  }
}
