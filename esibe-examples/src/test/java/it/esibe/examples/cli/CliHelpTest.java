package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The tool's help is documentation too: every command's {@code --help}, rendered as a terminal
 * shows it, has whole sentences for summaries, breaks lines only between words, and stays within
 * the usage width.
 */
class CliHelpTest {

    /** Far wider than any line of help: nothing wraps, so each word is whole. */
    private static final int UNWRAPPED = 10_000;

    /** The tool and each of its commands, as found on the command line (a new command is checked too). */
    static Stream<List<String>> commands() {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of());
        EsibeCli.withAllCommands().getSubcommands().keySet().forEach(name -> commands.add(List.of(name)));
        return commands.stream();
    }

    /** {@code esibe COMMAND --help} at {@code width} columns. */
    private static String help(List<String> command, int width) {
        CommandLine cmd = EsibeCli.withAllCommands();
        CommandLine target = command.isEmpty() ? cmd : cmd.getSubcommands().get(command.get(0));
        target.setUsageHelpWidth(width);
        StringWriter out = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        target.setOut(new PrintWriter(out));
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        assertThat(cmd.execute(args.toArray(String[]::new))).isZero();
        return out.toString();
    }

    @ParameterizedTest(name = "esibe {0} --help")
    @MethodSource("commands")
    void noLineIsWiderThanTheUsageWidth(List<String> command) {
        int width = EsibeCli.withAllCommands().getUsageHelpWidth();

        for (String line : help(command, width).split("\n")) {
            assertThat(line.codePointCount(0, line.length())).as("%s", line).isLessThanOrEqualTo(width);
        }
    }

    @ParameterizedTest(name = "esibe {0} --help")
    @MethodSource("commands")
    void linesBreakOnlyBetweenWords(List<String> command) {
        // A word cut in two ("docs/JSON-SCHEMA." + "md") leaves pieces that the unwrapped help
        // never shows as words of their own.
        int width = EsibeCli.withAllCommands().getUsageHelpWidth();
        Set<String> words = new HashSet<>(List.of(help(command, UNWRAPPED).split("\\s+")));

        List<String> pieces = Stream.of(help(command, width).split("\\s+")).filter(w -> !words.contains(w)).toList();

        assertThat(pieces).as("pieces of words cut at the line's end").isEmpty();
    }

    /** The paragraphs of a description: its elements, each cut at picocli's line breaks ({@code %n}). */
    private static List<String> paragraphs(String[] description) {
        return Stream.of(description).flatMap(d -> Stream.of(d.split("%n"))).filter(p -> !p.isBlank()).toList();
    }

    @Test
    void everySummaryIsASentence() {
        // A summary is what the tool's list of commands shows: a command's header if it has one
        // (picocli's help command does), else the first paragraph of its description.
        String overview = help(List.of(), EsibeCli.withAllCommands().getUsageHelpWidth());
        List<String> entries = new ArrayList<>();
        boolean inCommands = false;
        for (String line : overview.split("\n")) {
            if (line.equals("Commands:")) {
                inCommands = true;
            } else if (inCommands && line.matches(" {2}\\S.*")) {
                entries.add(line.strip().replaceFirst("^\\S+\\s+", ""));
            } else if (inCommands && line.startsWith("   ")) {
                entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.strip());
            }
        }
        CommandLine cmd = EsibeCli.withAllCommands();

        assertThat(entries).hasSize(cmd.getSubcommands().size());
        assertThat(entries).allSatisfy(summary -> assertThat(summary).matches("\\p{Lu}.*[^.]\\.$"));
        for (CommandLine sub : cmd.getSubcommands().values()) {
            String[] header = sub.getCommandSpec().usageMessage().header();
            List<String> description = paragraphs(sub.getCommandSpec().usageMessage().description());
            String summary = header.length > 0 ? header[0] : description.isEmpty() ? "" : description.get(0);
            assertThat(summary).as(sub.getCommandName()).matches("\\p{Lu}.*[^.]\\.$");
        }
    }

    @Test
    void everyParagraphIsWholeNotALineCutByHand() {
        // picocli wraps each paragraph (an element of a description) itself; a paragraph cut by
        // hand in the source ends mid-sentence, with a comma or nothing, and reads ragged once wrapped.
        List<String> cut = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>();
        CommandLine root = EsibeCli.withAllCommands();
        commands.add(root);
        commands.addAll(root.getSubcommands().values());
        for (CommandLine c : commands) {
            List<String> paragraphs = paragraphs(c.getCommandSpec().usageMessage().description());
            for (int i = 0; i < paragraphs.size(); i++) {
                String p = paragraphs.get(i);
                boolean example = p.startsWith("  ");
                boolean introducesExample = p.endsWith(":") && i + 1 < paragraphs.size() && paragraphs.get(i + 1).startsWith("  ");
                if (!example && !introducesExample && !p.endsWith(".")) {
                    cut.add(c.getCommandName() + ": " + p);
                }
            }
            c.getCommandSpec().args().forEach(arg -> {
                for (String d : paragraphs(arg.description())) {
                    if (!d.endsWith(".")) {
                        cut.add(c.getCommandName() + " " + arg.paramLabel() + ": " + d);
                    }
                }
            });
        }

        assertThat(cut).isEmpty();
    }
}
