package io.poolcast.jobs.cli;

import io.poolcast.connectors.files.RealDataExports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Turns the real retail data sets into PoolCast's events, reference data and daily series. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    header = "Read a real retail data set (UCI Online Retail, Favorita).",
    description = {
      "Read a real retail data set into PoolCast's schemas (mapping rules: connectors/files/README.md).",
      "The data sets are read in place and never copied into the repository."
    },
    subcommands = {ImportCommand.OnlineRetail.class, ImportCommand.Favorita.class})
final class ImportCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "name a data set: online-retail or favorita");
  }

  static Path existing(Path input, String what) {
    if (!Files.exists(input)) {
      throw new UserError(what + " not found at " + input + " (pass --input PATH)");
    }
    return input;
  }

  @Command(
      name = "online-retail",
      mixinStandardHelpOptions = true,
      header = "UCI Online Retail: invoices become shop orders and daily demand series.",
      description = {
        "UCI Online Retail (a UK wholesaler selling to small shops): invoices become shop orders,",
        "C-invoices cancellations; writes OUT/world/*.csv, OUT/events/shop-orders.jsonl and daily",
        "demand series OUT/demand/*.csv.gz."
      })
  static final class OnlineRetail implements Callable<Integer> {
    @Option(
        names = "--input",
        defaultValue = "../shared/data/online-retail/online_retail_2010-12_2011-12.csv.gz",
        description = "The UCI CSV(.gz) (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(
        names = "--out",
        defaultValue = "out/online-retail",
        description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
      System.out.println("Reading " + existing(input, "UCI Online Retail file") + " …");
      System.out.println(RealDataExports.exportOnlineRetail(input, out).describe());
      System.out.println("Wrote " + out);
      return 0;
    }
  }

  @Command(
      name = "favorita",
      mixinStandardHelpOptions = true,
      header = "Favorita: stores become shops, daily receipts become series.",
      description = {
        "Favorita (Ecuador) store files: stores become shops and regions, daily receipts per",
        "store become daily series OUT/demand/daily_store_transactions.csv.gz."
      })
  static final class Favorita implements Callable<Integer> {
    @Option(
        names = "--input",
        defaultValue = "../shared/data/favorita",
        description =
            "Folder with stores.csv, holidays_events.csv, transactions.csv.gz (default: ${DEFAULT-VALUE}).")
    Path input;

    @Option(
        names = "--out",
        defaultValue = "out/favorita",
        description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
      System.out.println("Reading " + existing(input, "Favorita folder") + " …");
      System.out.println(RealDataExports.exportFavorita(input, out).describe());
      System.out.println("Wrote " + out);
      return 0;
    }
  }
}
