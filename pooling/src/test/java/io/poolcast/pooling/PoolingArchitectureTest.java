package io.poolcast.pooling;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pooling rules stay plain Java; the same rule is checked project-wide in the jobs module. */
class PoolingArchitectureTest {
  private static final JavaClasses POOLING =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.poolcast.pooling");

  @Test
  void poolingImportsNoFlinkNoKafkaAndNoEdges() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.apache.flink..",
            "org.apache.kafka..",
            "io.poolcast.connectors..",
            "io.poolcast.jobs..")
        .check(POOLING);
  }

  @Test
  void rulesNeverReadTheWallClock() {
    noClasses()
        .should()
        .callMethod(System.class, "currentTimeMillis")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .check(POOLING);
  }
}
