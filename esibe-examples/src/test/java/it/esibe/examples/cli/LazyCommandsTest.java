package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The tool sets up only the command its arguments name, for a faster start, and that changes
 * nothing a user sees: every command line gives the same exit status, output and messages as the
 * tool with every command set up.
 */
class LazyCommandsTest {

    /** What one in-process run printed. */
    record Printed(int exitCode, String out, String err) {
    }

    private static Printed run(CommandLine cmd, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Printed(exit, out.toString(), err.toString());
    }

    @ParameterizedTest(name = "esibe {0} ...")
    @ValueSource(strings = {"evaluate", "report", "export-register", "compare", "sweep", "rulesets", "rules", "taxonomy",
        "schema"})
    void aCommandIsSetUpAlone(String command) {
        CommandLine cmd = EsibeCli.forArguments(command, "--help");

        assertThat(cmd.getSubcommands()).containsOnlyKeys(command);
    }

    @ParameterizedTest(name = "esibe {0}")
    @MethodSource("notACommand")
    void anythingElseGetsEveryCommandInTheOverviewsOrder(List<String> args) {
        CommandLine cmd = EsibeCli.forArguments(args.toArray(String[]::new));

        assertThat(new ArrayList<>(cmd.getSubcommands().keySet())).containsExactly("evaluate", "report",
                "export-register", "compare", "sweep", "rulesets", "rules", "taxonomy", "schema", "help");
    }

    static Stream<List<String>> notACommand() {
        return Stream.of(List.of(), List.of("--help"), List.of("--version"), List.of("help"),
                List.of("help", "evaluate"), List.of("evaluat"), List.of("Evaluate"), List.of("--help", "evaluate"));
    }

    @ParameterizedTest(name = "esibe {0}")
    @MethodSource("commandLines")
    void printsWhatTheToolWithEveryCommandPrints(List<String> args) {
        String[] a = args.toArray(String[]::new);

        Printed lazy = run(EsibeCli.forArguments(a), a);
        Printed whole = run(EsibeCli.withAllCommands(), a);

        assertThat(lazy).isEqualTo(whole);
    }

    static Stream<List<String>> commandLines() {
        List<List<String>> lines = new ArrayList<>();
        for (String command : EsibeCli.COMMANDS) {
            lines.add(List.of(command, "--help"));
        }
        lines.addAll(notACommand().toList());
        // Usage errors: picocli's messages and suggestions.
        lines.add(List.of("evaluate"));
        lines.add(List.of("evaluate", "--format", "xml", "a.jsonl"));
        lines.add(List.of("evaluate", "--no-such-option", "a.jsonl"));
        lines.add(List.of("report", "--lang", "de", "--out", "r.html", "a.jsonl"));
        lines.add(List.of("schema", "extra"));
        lines.add(List.of("rulesets", "--format", "yaml"));
        // Commands that run.
        lines.add(List.of("schema"));
        lines.add(List.of("rulesets"));
        lines.add(List.of("taxonomy", "--format", "json"));
        lines.add(List.of("evaluate", EsibeCliTest.sample()));
        return lines.stream();
    }
}
