package io.poolcast.events;

import java.time.Instant;

/**
 * A record that could not be processed, as published on {@code poolcast.dead-letters}. Nothing is
 * dropped silently: the raw payload and its origin are kept so it can be fixed and replayed.
 *
 * @param reason the reason code
 * @param detail one human-readable line saying what exactly was wrong
 * @param sourceTopic the topic (or file) the record came from
 * @param sourcePartition its partition, -1 for files
 * @param sourceOffset its offset (or line number for files)
 * @param payload the raw payload as UTF-8 text (lossy for binary garbage)
 * @param recordedAt the source record's timestamp (not the wall clock of the job)
 */
public record DeadLetter(
    DeadLetterReason reason,
    String detail,
    String sourceTopic,
    int sourcePartition,
    long sourceOffset,
    String payload,
    Instant recordedAt) {}
