package it.esibe.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the {@code esibe} tool, for tests outside this package: its exit status and
 * what it wrote to standard output and standard error.
 *
 * @param exitCode the exit status
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code esibe args…}. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // Set up as main does: only the command the arguments name.
        CommandLine cmd = EsibeCli.forArguments(args);
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
