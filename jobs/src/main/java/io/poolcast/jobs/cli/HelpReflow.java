package io.poolcast.jobs.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Joins a command description's source lines into paragraphs before picocli wraps them. Picocli
 * prints every array element on a line of its own and wraps each at the usage width, so source
 * lines of ~95 characters came out as a long line, a one-word line, a long line… A line stays on
 * its own when it is blank, indented (examples), a list item, or follows a blank line or a colon.
 */
final class HelpReflow {
  private HelpReflow() {}

  /** Reflows the descriptions of {@code cli} and of all its subcommands. */
  static CommandLine apply(CommandLine cli) {
    CommandLine.Model.UsageMessageSpec usage = cli.getCommandSpec().usageMessage();
    usage.description(paragraphs(usage.description()));
    cli.getSubcommands().values().forEach(HelpReflow::apply);
    return cli;
  }

  static String[] paragraphs(String[] lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (!out.isEmpty() && continues(out.get(out.size() - 1), line)) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " " + line);
      } else {
        out.add(line);
      }
    }
    return out.toArray(String[]::new);
  }

  private static boolean continues(String previous, String line) {
    return !previous.isBlank()
        && !previous.endsWith(":")
        && !line.isBlank()
        && !Character.isWhitespace(line.charAt(0))
        && !line.startsWith("-")
        && !line.startsWith("*");
  }
}
