package io.poolcast.jobs.forecastjob;

import io.poolcast.connectors.kafka.KafkaConnection;
import io.poolcast.connectors.kafka.PoolcastKafka;
import io.poolcast.connectors.kafka.Topics;
import io.poolcast.connectors.parquet.HiveParquetSink;
import io.poolcast.connectors.parquet.PartitionColumn;
import io.poolcast.events.DeadLetter;
import io.poolcast.events.DemandForecast;
import io.poolcast.events.RawEvent;
import io.poolcast.jobs.backfill.JsonLinesEvents;
import io.poolcast.jobs.flink.TableOutput;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Production wiring of {@link ForecastJob}: {@code poolcast.pos-sales} (or a JSON-lines file of POS
 * sales) in; forecasts to {@code poolcast.forecasts} (keyed by supplier, exactly once) and to
 * Hive-partitioned Parquet {@code forecasts/issued_on=…/region=…/}; dead letters to {@code
 * poolcast.dead-letters} (or, without Kafka, {@code forecast_dead_letters/reason=…/}).
 */
public final class ForecastWiring {
  public static final String GROUP_ID = "poolcast-forecast";

  /** Table folders under the output folder. */
  public static final String FORECASTS = "forecasts";

  public static final String DEAD_LETTERS = "forecast_dead_letters";

  private ForecastWiring() {}

  /** How forecasts are partitioned: the closed day they were issued on, then region. */
  public static List<PartitionColumn<DemandForecast>> partitions() {
    return List.of(
        PartitionColumn.of("issued_on", DemandForecast::issuedOn),
        PartitionColumn.of("region", DemandForecast::region));
  }

  public static Source<RawEvent, ?, ?> kafkaSource(KafkaConnection kafka, boolean bounded) {
    return PoolcastKafka.source(
        kafka, Topics.POS_SALES, GROUP_ID, OffsetsInitializer.earliest(), bounded);
  }

  /** POS sales from a JSON-lines file ({@code .jsonl} or {@code .jsonl.gz}), read whole. */
  public static Source<RawEvent, ?, ?> fileSource(Path file) {
    return FileSource.forRecordStreamFormat(
            new JsonLinesEvents(file.getFileName().toString()),
            new org.apache.flink.core.fs.Path(file.toAbsolutePath().toUri()))
        .build();
  }

  /** Kafka and Parquet; {@code bounded} runs (BATCH) write one file per partition. */
  public static ForecastJob.Sinks sinks(KafkaConnection kafka, Path out, boolean bounded) {
    DeliveryGuarantee once = DeliveryGuarantee.EXACTLY_ONCE;
    return new ForecastJob.Sinks(
        PoolcastKafka.jsonSink(
            kafka, Topics.FORECASTS, DemandForecast::supplierId, once, "poolcast-forecasts"),
        forecastFiles(out, bounded),
        TableOutput.sink(
            PoolcastKafka.deadLetterSink(kafka, once, "poolcast-forecast-dead-letters")));
  }

  /** Without Kafka (a bounded run over a file): forecasts and dead letters as Parquet only. */
  public static ForecastJob.Sinks fileSinks(Path out) {
    return new ForecastJob.Sinks(
        new DiscardingSink<>(),
        forecastFiles(out, true),
        TableOutput.partitionFiles(
            DeadLetter.class,
            List.of(PartitionColumn.of("reason", DeadLetter::reason)),
            out.resolve(DEAD_LETTERS)));
  }

  private static TableOutput<DemandForecast> forecastFiles(Path out, boolean bounded) {
    Path table = out.resolve(FORECASTS);
    return bounded
        ? TableOutput.partitionFiles(DemandForecast.class, partitions(), table)
        : TableOutput.sink(
            HiveParquetSink.forRecord(DemandForecast.class)
                .basePath(table)
                .partitionBy(partitions())
                .build());
  }
}
