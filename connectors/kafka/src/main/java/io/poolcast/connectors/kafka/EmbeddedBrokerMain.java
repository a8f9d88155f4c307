package io.poolcast.connectors.kafka;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs an embedded broker with PoolCast's topics until the process is stopped (Ctrl-C). Usage:
 * {@code EmbeddedBrokerMain [port [dataDir]]}, port 9092 by default, temporary data by default.
 */
public final class EmbeddedBrokerMain {
  private EmbeddedBrokerMain() {}

  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 9092;
    Path dataDir = args.length > 1 ? Path.of(args[1]) : null;
    EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(port, dataDir);
    broker.createTopics(Topics.defaults());
    System.out.printf(
        "Kafka broker ready on %s in %d ms (data %s); topics: %s%n",
        broker.bootstrapServers(),
        broker.startupTime().toMillis(),
        broker.dataDir(),
        String.join(", ", Topics.defaults().keySet()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  broker.close();
                  stopped.countDown();
                },
                "poolcast-broker-shutdown"));
    stopped.await();
  }
}
