package io.poolcast.events.reference;

import java.time.LocalDate;

/**
 * A shop that orders from suppliers and sells to consumers.
 *
 * @param shopId stable id
 * @param name display name
 * @param regionId region it is delivered in
 * @param format convenience store or community supermarket
 * @param openedOn first day it trades on the platform (shops appear over time)
 */
public record Shop(
    String shopId, String name, String regionId, ShopFormat format, LocalDate openedOn) {}
