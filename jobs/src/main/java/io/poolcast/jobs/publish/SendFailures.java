package io.poolcast.jobs.publish;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Counts records the producer could not write, so a publish that lost anything fails loudly instead
 * of leaving a topic silently short.
 */
final class SendFailures implements Callback {
  private final AtomicLong failed = new AtomicLong();
  private final AtomicReference<Exception> first = new AtomicReference<>();

  @Override
  public void onCompletion(RecordMetadata metadata, Exception exception) {
    if (exception != null) {
      failed.incrementAndGet();
      first.compareAndSet(null, exception);
    }
  }

  void throwIfAny() {
    long n = failed.get();
    if (n > 0) {
      throw new IllegalStateException(
          n + " records could not be published: " + first.get().getMessage(), first.get());
    }
  }
}
