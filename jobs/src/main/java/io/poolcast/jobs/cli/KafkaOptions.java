package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.KafkaConnection;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** How to reach a Kafka cluster: shared by every command that talks to Kafka. */
final class KafkaOptions {
  @Option(
      names = "--bootstrap-servers",
      required = true,
      paramLabel = "HOST:PORT[,…]",
      description = "Kafka bootstrap servers, e.g. localhost:9092.")
  String bootstrapServers;

  @Option(
      names = "--kafka-property",
      paramLabel = "KEY=VALUE",
      description = {
        "Any Kafka client property, repeatable, e.g. --kafka-property security.protocol=SASL_SSL.",
        "Secrets (passwords, JAAS configs) are never printed or logged."
      })
  Map<String, String> properties = new LinkedHashMap<>();

  KafkaConnection connection() {
    return KafkaConnection.of(bootstrapServers, properties);
  }
}
