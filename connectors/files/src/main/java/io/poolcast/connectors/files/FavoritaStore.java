package io.poolcast.connectors.files;

/**
 * One row of Favorita's {@code stores.csv}.
 *
 * @param storeNbr store number
 * @param city city
 * @param state state (province)
 * @param type Favorita's store type A–E
 * @param cluster Favorita's grouping of similar stores
 */
public record FavoritaStore(int storeNbr, String city, String state, String type, int cluster) {}
