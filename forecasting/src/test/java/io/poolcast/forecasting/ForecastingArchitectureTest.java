package io.poolcast.forecasting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Forecasting stays a plain library: no Flink, no Kafka, no edges, no wall clock. */
class ForecastingArchitectureTest {
  private static final JavaClasses FORECASTING =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("io.poolcast.forecasting");

  @Test
  void importsNoFlinkNoKafkaAndNoEdges() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.flink..",
            "org.apache.kafka..",
            "io.poolcast.connectors..",
            "io.poolcast.jobs..")
        .check(FORECASTING);
  }

  @Test
  void neverReadsTheWallClock() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.LocalDateTime.class, "now")
        .check(FORECASTING);
  }
}
