package io.poolcast.connectors.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaConnectionTest {
  private static final Map<String, String> SECURE =
      Map.of(
          "security.protocol", "SASL_SSL",
          "sasl.mechanism", "PLAIN",
          "sasl.jaas.config",
              "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\""
                  + " password=\"hunter2\";",
          "ssl.truststore.password", "trust-me",
          "ssl.keystore.key", "-----BEGIN PRIVATE KEY-----abc",
          "sasl.oauthbearer.token.endpoint.url", "https://idp/token",
          "client.secret", "s3cr3t",
          "ssl.truststore.location", "/etc/kafka/truststore.jks");

  @Test
  void describeRedactsEverySecretAndKeepsTheRest() {
    KafkaConnection c = KafkaConnection.of("broker-1:9093,broker-2:9093", SECURE);

    String text = c.describe();

    assertThat(text)
        .doesNotContain("hunter2", "trust-me", "PRIVATE KEY", "s3cr3t", "https://idp/token")
        .contains("bootstrap.servers=broker-1:9093,broker-2:9093")
        .contains("security.protocol=SASL_SSL", "sasl.mechanism=PLAIN")
        .contains("ssl.truststore.location=/etc/kafka/truststore.jks")
        .contains("sasl.jaas.config=******", "ssl.truststore.password=******")
        .contains("ssl.keystore.key=******", "client.secret=******");
    assertThat(c.toString()).isEqualTo("KafkaConnection[" + text + "]");
  }

  @Test
  void secretsAreRecognisedByName() {
    assertThat(KafkaConnection.isSecret("ssl.key.password")).isTrue();
    assertThat(KafkaConnection.isSecret("SASL.JAAS.CONFIG")).isTrue();
    assertThat(KafkaConnection.isSecret("ssl.keystore.key")).isTrue();
    assertThat(KafkaConnection.isSecret("sasl.login.token.thing")).isTrue();
    assertThat(KafkaConnection.isSecret("ssl.keystore.type")).isFalse();
    assertThat(KafkaConnection.isSecret("security.protocol")).isFalse();
  }

  @Test
  void clientPropertiesKeepTheRealValues() {
    KafkaConnection c = KafkaConnection.of("b:9093", SECURE);

    var props = c.toProperties();

    assertThat(props.getProperty("bootstrap.servers")).isEqualTo("b:9093");
    assertThat(props.getProperty("ssl.truststore.password")).isEqualTo("trust-me");
    assertThat(props).hasSize(SECURE.size() + 1);
  }

  @Test
  void isImmutable() {
    KafkaConnection c = KafkaConnection.of("b:9092", Map.of("acks", "all"));
    KafkaConnection more = c.with("linger.ms", "5");

    assertThat(c.properties()).containsOnlyKeys("acks");
    assertThat(more.properties()).containsOnlyKeys("acks", "linger.ms");
    assertThatThrownBy(() -> c.properties().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesIncompleteConfiguration() {
    assertThatThrownBy(() -> KafkaConnection.of(" ", Map.of()))
        .hasMessageContaining("bootstrap servers are required");
    assertThatThrownBy(() -> KafkaConnection.of("b:9092", Map.of("bootstrap.servers", "c:9092")))
        .hasMessageContaining("bootstrap.servers");
  }
}
