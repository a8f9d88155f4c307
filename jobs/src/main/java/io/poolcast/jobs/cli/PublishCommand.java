package io.poolcast.jobs.cli;

import io.poolcast.connectors.kafka.Topics;
import io.poolcast.jobs.publish.EventFilePublisher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Publishes a generated world's event files to the input topics. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    header = "Publish a world's event files to the input topics.",
    description = {
      "Publish event files (from 'poolcast generate' or 'poolcast import') to Kafka:",
      "events/shop-orders.jsonl → poolcast.shop-orders (keyed by supplier),",
      "events/pos-sales.jsonl → poolcast.pos-sales (keyed by shop). Lines are sent as they are."
    })
final class PublishCommand implements Callable<Integer> {
  @Mixin KafkaOptions kafka;

  @Option(
      names = "--world",
      required = true,
      description = "Folder written by 'poolcast generate' (with events/*.jsonl).")
  Path world;

  @Override
  public Integer call() {
    Path orders = world.resolve("events/shop-orders.jsonl");
    Path sales = world.resolve("events/pos-sales.jsonl");
    if (!Files.isRegularFile(orders)) {
      throw new UserError("no event file " + orders + " (generate one with 'poolcast generate')");
    }
    ConsoleProgress progress = ConsoleProgress.onStderr();
    try (EventFilePublisher publisher = new EventFilePublisher(kafka.connection())) {
      long o = publish(publisher, progress, orders, Topics.SHOP_ORDERS, "supplier_id");
      long s =
          Files.isRegularFile(sales)
              ? publish(publisher, progress, sales, Topics.POS_SALES, "shop_id")
              : 0;
      System.out.printf(
          "Published %,d shop orders and %,d POS sales to %s%n", o, s, kafka.bootstrapServers);
    }
    return 0;
  }

  static long publish(
      EventFilePublisher publisher, ConsoleProgress progress, Path file, String topic, String key) {
    String phase = "publish " + topic;
    long n =
        publisher.publish(
            file,
            topic,
            key,
            (records, bytes, total) -> progress.update(phase, total > 0 ? bytes : records, total));
    progress.finishLine();
    return n;
  }
}
