package io.poolcast.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HelpReflowTest {
  @Test
  void sourceLinesJoinIntoParagraphsButExamplesAndListsStay() {
    String[] reflowed =
        HelpReflow.paragraphs(
            new String[] {
              "Run the job. It reads",
              "the topics.",
              "",
              "Examples:",
              "  poolcast pool --bounded",
              "- one item",
              "- another"
            });
    assertThat(reflowed)
        .containsExactly(
            "Run the job. It reads the topics.",
            "",
            "Examples:",
            "  poolcast pool --bounded",
            "- one item",
            "- another");
  }

  @Test
  void noHelpTextBreaksASentenceAfterOneOrTwoWords() {
    for (String command : new picocli.CommandLine(new PoolcastCli()).getSubcommands().keySet()) {
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      PrintStream stdout = System.out;
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      try {
        PoolcastCli.run(command, "--help");
      } finally {
        System.setOut(stdout);
      }
      String[] lines = printed.toString(StandardCharsets.UTF_8).split("\\R");
      for (int i = 1; i + 1 < lines.length; i++) {
        boolean betweenLongLines = lines[i - 1].length() > 60 && lines[i + 1].length() > 60;
        // a stub that ends a sentence is the natural end of a wrapped paragraph
        boolean stub =
            !lines[i].isBlank()
                && lines[i].trim().split(" ").length <= 2
                && !lines[i].trim().matches(".*[.:;)]$");
        assertThat(betweenLongLines && stub && !lines[i].startsWith(" "))
            .as("%s --help line %d: '%s'", command, i + 1, lines[i])
            .isFalse();
      }
    }
  }
}
