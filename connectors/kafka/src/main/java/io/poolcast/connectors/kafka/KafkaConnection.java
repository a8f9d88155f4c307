package io.poolcast.connectors.kafka;

import java.io.Serializable;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where Kafka is and how to talk to it: bootstrap servers plus standard client properties (e.g.
 * {@code security.protocol=SASL_SSL}, {@code sasl.jaas.config=...}). Immutable. {@link #toString()}
 * and {@link #describe()} never print secrets.
 */
public final class KafkaConnection implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What {@link #describe()} prints instead of a secret value. */
  public static final String REDACTED = "******";

  private final String bootstrapServers;
  private final TreeMap<String, String> properties;

  private KafkaConnection(String bootstrapServers, Map<String, String> properties) {
    this.bootstrapServers = bootstrapServers;
    this.properties = new TreeMap<>(properties);
  }

  /**
   * @param bootstrap comma-separated {@code host:port} list
   * @param props client properties; null for none. {@code bootstrap.servers} must not be among them
   *     (pass it as {@code bootstrap})
   */
  public static KafkaConnection of(String bootstrap, Map<String, String> props) {
    if (bootstrap == null || bootstrap.isBlank()) {
      throw new IllegalArgumentException("Kafka bootstrap servers are required (host:port,...)");
    }
    Map<String, String> copy = props == null ? Map.of() : props;
    copy.forEach(
        (key, value) -> {
          Objects.requireNonNull(key, "property name");
          Objects.requireNonNull(value, () -> "value of Kafka property " + key);
        });
    if (copy.containsKey("bootstrap.servers")) {
      throw new IllegalArgumentException(
          "pass bootstrap.servers as the bootstrap argument, not as a property");
    }
    return new KafkaConnection(bootstrap.trim(), copy);
  }

  /** A plaintext connection without extra properties. */
  public static KafkaConnection of(String bootstrap) {
    return of(bootstrap, Map.of());
  }

  /** A copy with one more (or a replaced) client property. */
  public KafkaConnection with(String key, String value) {
    Map<String, String> copy = new TreeMap<>(properties);
    copy.put(key, value);
    return of(bootstrapServers, copy);
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** The client properties, without {@code bootstrap.servers}; unmodifiable. */
  public Map<String, String> properties() {
    return Collections.unmodifiableMap(properties);
  }

  /** Client properties including {@code bootstrap.servers}, ready for a Kafka client. */
  public Properties toProperties() {
    Properties props = new Properties();
    props.putAll(properties);
    props.put("bootstrap.servers", bootstrapServers);
    return props;
  }

  /** True for property names whose values must never be printed or logged. */
  public static boolean isSecret(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return k.contains("password")
        || k.contains("secret")
        || k.contains("jaas")
        || k.contains("token")
        || k.endsWith(".key");
  }

  /** Bootstrap servers and properties, secret values replaced by {@value #REDACTED}. */
  public String describe() {
    String props =
        properties.entrySet().stream()
            .map(e -> e.getKey() + "=" + (isSecret(e.getKey()) ? REDACTED : e.getValue()))
            .collect(Collectors.joining(", "));
    return "bootstrap.servers=" + bootstrapServers + (props.isEmpty() ? "" : ", " + props);
  }

  @Override
  public String toString() {
    return "KafkaConnection[" + describe() + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KafkaConnection other
        && bootstrapServers.equals(other.bootstrapServers)
        && properties.equals(other.properties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(bootstrapServers, properties);
  }
}
