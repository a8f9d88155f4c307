package io.poolcast.jobs.cli;

import io.poolcast.jobs.flink.FlinkEnvironments;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code poolcast} command line. */
@Command(
    name = "poolcast",
    mixinStandardHelpOptions = true,
    versionProvider = PoolcastVersion.class,
    description = {
      "Order pooling and 30-day demand forecasting for S2B2B wholesale, on Flink and Kafka.",
      "",
      "Start with 'poolcast demo': it runs everything on an embedded broker and a local Flink.",
      ""
    },
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      BrokerCommand.class,
      PublishCommand.class,
      ArchiveCommand.class,
      PoolCommand.class,
      SellThroughCommand.class,
      BackfillCommand.class,
      ForecastCommand.class,
      ForecastTrainCommand.class,
      ForecastJobCommand.class,
      BacktestCommand.class,
      ScoreCommand.class,
      ImportCommand.class,
      SimulateReplenishmentCommand.class,
      ReplenishCommand.class,
      CommandLine.HelpCommand.class
    },
    commandListHeading = "%nCommands:%n",
    footer = {"", "Each command has --help. Docs: README.md and docs/ in the repository."})
public final class PoolcastCli implements Runnable {

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Print stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    // Before anything touches java.util.logging: the forecasting library's per-series notes go
    // to out/logs/poolcast.log with everything else, not two lines each on the console.
    System.setProperty("java.util.logging.manager", "org.apache.logging.log4j.jul.LogManager");
    int exitCode = run(args);
    if (!FlinkEnvironments.underFlinkClient()) {
      System.exit(exitCode);
    } else if (exitCode != 0) {
      // Under flink run the client (in application mode the JobManager) called main: an exit would
      // end Flink's process, so fail the program and let Flink report it.
      throw new IllegalStateException("poolcast failed with exit code " + exitCode + ", see above");
    }
  }

  /** Runs the command line and returns the exit code (0 success, 1 failure, 2 usage error). */
  public static int run(String... args) {
    OneLineErrors errors = new OneLineErrors(Arrays.asList(args).contains("--verbose"));
    return HelpReflow.apply(new CommandLine(new PoolcastCli()))
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .execute(args);
  }
}
