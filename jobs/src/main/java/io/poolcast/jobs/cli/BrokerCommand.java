package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.EmbeddedKafkaBroker;
import io.poolcast.connectors.kafka.Topics;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs a real single-node KRaft broker in this process until Ctrl-C. */
@Command(
    name = "broker",
    mixinStandardHelpOptions = true,
    header = "Run a real Kafka broker on localhost until Ctrl-C.",
    description = {
      "Run a real Kafka broker (KRaft, single node) on localhost until Ctrl-C.",
      "Creates PoolCast's topics, so any Kafka client (kcat, the jobs) can use it:",
      "  kcat -b localhost:9092 -L"
    })
final class BrokerCommand implements Callable<Integer> {
  @Option(
      names = "--port",
      defaultValue = "9092",
      description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(
      names = "--data-dir",
      description =
          "Where the broker keeps its log (default: a temporary folder, deleted on exit).")
  Path dataDir;

  @Override
  public Integer call() throws Exception {
    System.out.println("Starting Kafka broker on port " + port + " …");
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(port, dataDir)) {
      broker.createTopics(Topics.defaults());
      System.out.println("Kafka broker ready at " + broker.bootstrapServers());
      System.out.println("Topics: " + String.join(", ", Topics.defaults().keySet()));
      System.out.println("Press Ctrl-C to stop.");
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "broker-stop"));
      stopped.await();
      System.out.println("Stopping broker …");
    }
    return 0;
  }
}
