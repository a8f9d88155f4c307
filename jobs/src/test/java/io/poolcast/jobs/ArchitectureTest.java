package io.poolcast.jobs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of the house rules, checked on the compiled classes of every module. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.poolcast");
  }

  @Test
  void domainModulesImportNoFlinkAndNoKafka() {
    noClasses()
        .that()
        .resideInAnyPackage("io.poolcast.pooling..", "io.poolcast.forecasting..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.flink..", "org.apache.kafka..")
        .because("business rules stay plain Java; Flink and Kafka only at the edges")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void schemasImportNoFlinkAndNoKafka() {
    noClasses()
        .that()
        .resideInAnyPackage("io.poolcast.events..", "io.poolcast.world..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.flink..", "org.apache.kafka..")
        .because("event schemas and the world generator are shared by every edge")
        .check(classes);
  }

  @Test
  void connectorsDoNotDependOnJobs() {
    noClasses()
        .that()
        .resideInAPackage("io.poolcast.connectors..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.poolcast.jobs..")
        .check(classes);
  }

  @Test
  void domainDoesNotDependOnEdges() {
    noClasses()
        .that()
        .resideInAnyPackage("io.poolcast.pooling..", "io.poolcast.forecasting..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.poolcast.connectors..", "io.poolcast.jobs..")
        .allowEmptyShould(true)
        .check(classes);
  }
}
