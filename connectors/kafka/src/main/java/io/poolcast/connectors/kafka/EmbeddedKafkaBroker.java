package io.poolcast.connectors.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka (KRaft, combined controller and broker) running inside this JVM, for the
 * demo, the CLI's {@code poolcast broker} and tests. It is Kafka's own {@link KafkaClusterTestKit}:
 * no mocks, no Docker.
 *
 * <p>The test kit pre-binds its listeners on random ports and ignores the port in {@code
 * listeners}. A fixed port is therefore served by an extra plaintext listener named {@value
 * #HOST_LISTENER} that the kit does not know about, bound to {@code localhost:PORT} and advertised
 * as such, so {@code kcat -b localhost:9092 -L} works.
 *
 * <p>Configured for transactions on one node: internal topics with replication factor 1, min ISR 1,
 * no initial rebalance delay and a 15 minute {@code transaction.max.timeout.ms}.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
  /** Name of the extra listener that serves a fixed port. */
  public static final String HOST_LISTENER = "HOST";

  /** Upper bound for producers' {@code transaction.timeout.ms}; Flink's sinks use it. */
  public static final long TRANSACTION_MAX_TIMEOUT_MS = Duration.ofMinutes(15).toMillis();

  private static final String KIT_BROKER_LISTENER = "EXTERNAL";
  private static final String KIT_CONTROLLER_LISTENER = "CONTROLLER";

  private final KafkaClusterTestKit cluster;
  private final Path dataDir;
  private final boolean ownsDataDir;
  private final String bootstrapServers;
  private final Duration startupTime;

  private EmbeddedKafkaBroker(
      KafkaClusterTestKit cluster,
      Path dataDir,
      boolean ownsDataDir,
      String bootstrapServers,
      Duration startupTime) {
    this.cluster = cluster;
    this.dataDir = dataDir;
    this.ownsDataDir = ownsDataDir;
    this.bootstrapServers = bootstrapServers;
    this.startupTime = startupTime;
  }

  /**
   * Formats and starts a fresh single-node cluster.
   *
   * @param port 0 for any free port, or a fixed port served on {@code localhost:port}
   * @param dataDir where the broker keeps its logs; null for a temporary directory that {@link
   *     #close()} deletes. A given directory must be absent or empty (every start is a fresh
   *     cluster) and is kept on close.
   * @throws IllegalArgumentException for a bad port or a non-empty data directory
   * @throws IllegalStateException when the broker cannot start (e.g. the port is taken)
   */
  public static EmbeddedKafkaBroker start(int port, Path dataDir) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, was " + port);
    }
    boolean owns = dataDir == null;
    Path dir = owns ? createTempDir() : prepareDataDir(dataDir);
    long started = System.nanoTime(); // measures startup only, no business logic depends on it
    KafkaClusterTestKit cluster = null;
    try {
      cluster = buildCluster(port, dir, owns);
      formatQuietly(cluster);
      cluster.startup();
      cluster.waitForReadyBrokers();
      String bootstrap = port == 0 ? cluster.bootstrapServers() : "localhost:" + port;
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      return new EmbeddedKafkaBroker(cluster, dir, owns, bootstrap, took);
    } catch (Exception e) {
      closeQuietly(cluster);
      if (owns) {
        deleteRecursively(dir);
      }
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      throw new IllegalStateException(
          "embedded Kafka broker did not start"
              + (port == 0 ? "" : " on localhost:" + port + " (is the port in use?)")
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * Formats the storage. Kafka's formatter prints its bootstrap metadata straight to stdout, which
   * would land in the middle of the CLI's own output, so stdout is muted for that call.
   */
  private static void formatQuietly(KafkaClusterTestKit cluster) throws Exception {
    java.io.PrintStream stdout = System.out;
    System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
    try {
      cluster.format();
    } finally {
      System.setOut(stdout);
    }
  }

  /** Starts a broker on any free port with temporary data. */
  public static EmbeddedKafkaBroker start() {
    return start(0, null);
  }

  private static KafkaClusterTestKit buildCluster(int port, Path dir, boolean deleteOnClose)
      throws Exception {
    TestKitNodes nodes =
        new TestKitNodes.Builder(productionBootstrapMetadata())
            .setCombined(true)
            .setNumControllerNodes(1)
            .setNumBrokerNodes(1)
            .setBaseDirectory(dir)
            .build();
    KafkaClusterTestKit.Builder builder =
        new KafkaClusterTestKit.Builder(nodes).setDeleteOnClose(deleteOnClose);
    brokerConfig(port).forEach(builder::setConfigProp);
    return builder.build();
  }

  /** The latest production metadata version and features, not the test kit's unstable ones. */
  private static BootstrapMetadata productionBootstrapMetadata() {
    MetadataVersion version = MetadataVersion.latestProduction();
    Map<String, Short> features = new TreeMap<>();
    for (Feature feature : Feature.PRODUCTION_FEATURES) {
      features.put(feature.featureName(), feature.defaultLevel(version));
    }
    return BootstrapMetadata.fromVersions(version, features, "poolcast");
  }

  /** Broker settings for exactly-once on a single node. */
  static Map<String, String> brokerConfig(int port) {
    Map<String, String> config = new TreeMap<>();
    config.put("offsets.topic.replication.factor", "1");
    config.put("offsets.topic.num.partitions", "4");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("transaction.state.log.num.partitions", "4");
    config.put("share.coordinator.state.topic.replication.factor", "1");
    config.put("share.coordinator.state.topic.min.isr", "1");
    config.put("default.replication.factor", "1");
    config.put("min.insync.replicas", "1");
    config.put("group.initial.rebalance.delay.ms", "0");
    config.put("transaction.max.timeout.ms", Long.toString(TRANSACTION_MAX_TIMEOUT_MS));
    // Simulated event time may run ahead of the wall clock; Kafka 4 refuses CreateTime
    // timestamps more than one hour ahead by default.
    config.put("log.message.timestamp.after.max.ms", Long.toString(Long.MAX_VALUE));
    // Records carry event time, which in simulations and backfills lies months or years back.
    // Time-based retention (7 days by default) would delete such records within minutes of
    // writing them, so the embedded broker keeps everything until it is stopped.
    config.put("log.retention.ms", "-1");
    config.put("log.retention.bytes", "-1");
    config.put("unstable.api.versions.enable", "false");
    config.put("unstable.feature.versions.enable", "false");
    if (port != 0) {
      config.put(
          "listeners",
          String.join(
              ",",
              KIT_BROKER_LISTENER + "://localhost:0",
              KIT_CONTROLLER_LISTENER + "://localhost:0",
              HOST_LISTENER + "://localhost:" + port));
      config.put(
          "listener.security.protocol.map",
          String.join(
              ",",
              KIT_BROKER_LISTENER + ":PLAINTEXT",
              KIT_CONTROLLER_LISTENER + ":PLAINTEXT",
              HOST_LISTENER + ":PLAINTEXT"));
    }
    return config;
  }

  /** {@code host:port} for clients. */
  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** A plaintext connection to this broker. */
  public KafkaConnection connection() {
    return KafkaConnection.of(bootstrapServers, Map.of());
  }

  /** How long formatting, starting and waiting for the broker to be ready took. */
  public Duration startupTime() {
    return startupTime;
  }

  /** Where the broker keeps its data. */
  public Path dataDir() {
    return dataDir;
  }

  /**
   * Creates the topics that do not exist yet, each with the given partition count and replication
   * factor 1. Existing topics are left as they are.
   */
  public void createTopics(Map<String, Integer> topicPartitions) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    try (Admin admin = Admin.create(props)) {
      Set<String> existing = admin.listTopics().names().get();
      List<NewTopic> missing = new ArrayList<>();
      topicPartitions.forEach(
          (name, partitions) -> {
            if (!existing.contains(name)) {
              missing.add(new NewTopic(name, partitions, (short) 1));
            }
          });
      if (!missing.isEmpty()) {
        createAll(admin, missing);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot list topics: " + e.getCause().getMessage(), e);
    }
  }

  private static void createAll(Admin admin, List<NewTopic> topics) throws InterruptedException {
    var results = admin.createTopics(topics).values();
    for (var entry : results.entrySet()) {
      try {
        entry.getValue().get();
      } catch (ExecutionException e) {
        // a concurrent creator won the race: the topic exists, which is all we want
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw new IllegalStateException(
              "cannot create topic " + entry.getKey() + ": " + e.getCause().getMessage(), e);
        }
      }
    }
  }

  /** Stops the broker and deletes its data directory if this broker created it. */
  @Override
  public void close() {
    try {
      cluster.close();
    } catch (Exception e) {
      throw new IllegalStateException("embedded Kafka broker did not stop cleanly", e);
    } finally {
      if (ownsDataDir) {
        deleteRecursively(dataDir);
      }
    }
  }

  @Override
  public String toString() {
    return "EmbeddedKafkaBroker[" + bootstrapServers + ", data " + dataDir + "]";
  }

  private static Path createTempDir() {
    try {
      return Files.createTempDirectory("poolcast-kafka-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for Kafka", e);
    }
  }

  private static Path prepareDataDir(Path dataDir) {
    Objects.requireNonNull(dataDir, "dataDir");
    try {
      if (Files.isDirectory(dataDir)) {
        try (Stream<Path> entries = Files.list(dataDir)) {
          if (entries.findAny().isPresent()) {
            throw new IllegalArgumentException(
                "Kafka data directory "
                    + dataDir
                    + " is not empty: the embedded broker always starts a fresh cluster; delete it"
                    + " or choose another directory");
          }
        }
      }
      return Files.createDirectories(dataDir).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare Kafka data directory " + dataDir, e);
    }
  }

  private static void closeQuietly(KafkaClusterTestKit cluster) {
    if (cluster == null) {
      return;
    }
    try {
      cluster.close();
    } catch (Exception suppressed) {
      // already failing; the start failure is the one worth reporting
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete Kafka data directory " + dir, e);
    }
  }
}
