/**
 * The records the pooling rules publish: pooled batch lines for suppliers, per-shop allocations,
 * progress for shop apps and rejections. Component names are camelCase that map one-to-one to the
 * snake_case JSON fields of the topics ({@code unitPriceCents} → {@code unit_price_cents});
 * renaming one is a breaking change for suppliers. Every record is a plain Java record of strings,
 * numbers, enums, {@code java.time} values and lists of records, so Flink serializes it without
 * Kryo.
 */
package io.poolcast.pooling.model;
