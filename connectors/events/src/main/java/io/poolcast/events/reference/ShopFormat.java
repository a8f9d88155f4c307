package io.poolcast.events.reference;

/** The kinds of small shops on the platform. */
public enum ShopFormat {
  CONVENIENCE_STORE,
  COMMUNITY_SUPERMARKET
}
