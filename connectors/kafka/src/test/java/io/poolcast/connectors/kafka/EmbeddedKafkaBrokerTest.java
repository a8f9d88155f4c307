package io.poolcast.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broker on a fixed port, as {@code poolcast broker --port 9092} starts it. */
class EmbeddedKafkaBrokerTest {
  @TempDir Path tmp;

  @Test
  void fixedPortIsServedAndAdvertisedOnLocalhost() throws Exception {
    int port = freePort();
    Path data = tmp.resolve("kafka-data");

    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(port, data)) {
      assertThat(broker.bootstrapServers()).isEqualTo("localhost:" + port);
      broker.createTopics(Topics.defaults());
      broker.createTopics(Topics.defaults()); // idempotent

      try (Admin admin = Admin.create(broker.connection().toProperties())) {
        Collection<Node> nodes = admin.describeCluster().nodes().get();
        assertThat(nodes).singleElement().satisfies(n -> assertThat(n.port()).isEqualTo(port));
        assertThat(admin.listTopics().names().get()).containsAll(Topics.defaults().keySet());
        Map<String, TopicDescription> topics =
            admin.describeTopics(Topics.defaults().keySet()).allTopicNames().get();
        assertThat(topics.get(Topics.SHOP_ORDERS).partitions()).hasSize(4);
        assertThat(topics.get(Topics.DEAD_LETTERS).partitions()).hasSize(1);
      }
      // Recorded for the console; how long it takes is a benchmark's business, not a test's (a
      // 60 s bound failed under a loaded machine's load average of 15).
      assertThat(broker.startupTime()).isPositive();
    }
    // a given data directory is the caller's: kept, with the broker's logs in it
    assertThat(data).isDirectory();
    assertThat(Files.list(data).count()).isPositive();
    // and a fresh cluster cannot start over old data
    assertThatThrownBy(() -> EmbeddedKafkaBroker.start(0, data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not empty");
  }

  @Test
  void refusesABadPort() {
    assertThatThrownBy(() -> EmbeddedKafkaBroker.start(70000, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
