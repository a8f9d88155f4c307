package io.poolcast.jobs.cli;

import picocli.CommandLine.IVersionProvider;

/** Version line for {@code --version}: PoolCast and the engines it runs on. */
final class PoolcastVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = PoolcastVersion.class.getPackage().getImplementationVersion();
    return new String[] {
      "PoolCast " + (version == null ? "development build" : version),
      "Flink 2.2.0, Kafka 4.2.0, Parquet 1.16.0, Smile 3.1.1; Java "
          + System.getProperty("java.version")
    };
  }
}
