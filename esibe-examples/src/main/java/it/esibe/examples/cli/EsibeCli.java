package it.esibe.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code esibe} command-line tool: decides ESIBE applications read from JSON, JSON Lines or
 * CSV files, by default under the national ruleset in force at each application's reference date.
 *
 * <pre>
 * esibe evaluate [--ruleset ID | --reform FILE | --series NAME] [--format jsonl|json|csv] [--reference-date D] [--reference-year Y] [--lang it|en] [--out FILE] FILE...
 * esibe report [--ruleset ID | --reform FILE]... [--series NAME] [--lang it|en] [--support-after D] [--catalogue FILE]... --out FILE FILE...
 * esibe export-register [--ruleset ID | --reform FILE | --series NAME] [--format csv|json] [--headers it|en] [--delimiter C] [--bom] [--out FILE] FILE...
 * esibe compare (--ruleset ID | --reform FILE)... [--format jsonl|csv] [--list-unaffected] [--out FILE] FILE...
 * esibe sweep [--ruleset ID | --reform FILE] (--param NAME --from A --to B --step S){1,2} [--format json|csv|svg|html] [--out FILE] FILE...
 * esibe rulesets [--reform FILE]... [--format text|json]
 * esibe rules [--ruleset ID] [--format md|html] [--lang it|en] [--out FILE]
 * esibe taxonomy [--lang TAG] [--family FAMILY[,FAMILY...]] [--format text|json]
 * esibe schema
 * </pre>
 *
 * <p>The tool discovers ESIBE providers on the class path ({@link CliRegistry}): run it as
 * {@code java -cp esibe.jar:REGION.jar it.esibe.examples.cli.EsibeCli rulesets} to add a regional
 * extension's rulesets and taxonomy codes, then pick a ruleset with {@code --ruleset}.
 *
 * <p>Only the chosen command is set up ({@link #commandLine(String...)}): picocli reads the
 * annotations of every command it is given, and loads the classes they name, before it parses
 * anything, which is a fifth of the start-up of a short run. The overview ({@code esibe},
 * {@code esibe --help}, {@code esibe help}) and every mistyped command get all of them, so that the
 * list of commands and picocli's suggestions are whole.
 *
 * <p>Exit status: 0 when every input could be read (whatever the outcomes), 1 for an I/O error
 * (standard output closed by its reader included) or a broken provider on the class path, 2 for a
 * usage error (an unknown ruleset or series, or an output that is one of the inputs, among them).
 * What is inside an input is never a usage error: each record gets its decision.
 */
@Command(name = "esibe",
        mixinStandardHelpOptions = true,
        versionProvider = EsibeCli.Version.class,
        description = "Decides applications to the ESIBE special register of emerging biotech companies.")
public final class EsibeCli implements Runnable {

    /** The commands, in the order the overview lists them. */
    static final List<String> COMMANDS = List.of("evaluate", "report", "export-register", "compare", "sweep",
            "rulesets", "rules", "taxonomy", "schema", "help");

    /**
     * Hibernate Validator, which the rules use, logs its version at INFO through java.util.logging on
     * first use; standard error is for the summary, so only its warnings are shown. Kept in a field
     * because java.util.logging holds loggers weakly and would forget the level.
     */
    private static final Logger VALIDATOR_LOG = Logger.getLogger("org.hibernate.validator");

    static {
        VALIDATOR_LOG.setLevel(Level.WARNING);
    }

    @Spec
    CommandSpec spec;

    /** Runs the tool and exits with its status. */
    public static void main(String[] args) {
        System.exit(commandLine(args).execute(args));
    }

    /**
     * The tool set up for {@code args} and wired to the process's standard streams, both written in
     * UTF-8 whatever the platform's default charset, so that the output is the same bytes everywhere.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cmd = forArguments(args);
        cmd.setOut(new ProcessOut());
        cmd.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true));
        return cmd;
    }

    /**
     * The tool with the one command that {@code args} name as their first word, or with every
     * command when the first word is none of them (an option such as {@code --help}, {@code help},
     * a mistyped command, nothing). Set the streams after this: picocli gives a command the
     * streams of its parent only when they are set.
     */
    static CommandLine forArguments(String... args) {
        String chosen = args.length > 0 && COMMANDS.contains(args[0]) && !"help".equals(args[0]) ? args[0] : null;
        CommandLine cmd = new CommandLine(new EsibeCli());
        for (String name : COMMANDS) {
            if (chosen == null || chosen.equals(name)) {
                cmd.addSubcommand(name, command(name));
            }
        }
        cmd.setExecutionExceptionHandler(CliRegistry.HANDLER);
        return cmd;
    }

    /** The tool with every command: the overview's, and the tests'. */
    static CommandLine withAllCommands() {
        return forArguments();
    }

    /** A new instance of the command called {@code name}, one of {@link #COMMANDS}. */
    private static Object command(String name) {
        return switch (name) {
            case "evaluate" -> new EvaluateCommand();
            case "report" -> new ReportCommand();
            case "export-register" -> new ExportRegisterCommand();
            case "compare" -> new CompareCommand();
            case "sweep" -> new SweepCommand();
            case "rulesets" -> new RulesetsCommand();
            case "rules" -> new RulesCommand();
            case "taxonomy" -> new TaxonomyCommand();
            case "schema" -> new SchemaCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand: evaluate, report, export-register,"
                + " compare, sweep, rulesets, rules, taxonomy or schema");
    }

    /** The version from the jar's manifest, when the tool runs from its jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = EsibeCli.class.getPackage().getImplementationVersion();
            return new String[] {"esibe " + (v == null ? "(development build)" : v)};
        }
    }

    /**
     * The process's standard output as a UTF-8 {@code PrintWriter}. Commands that write much (the
     * decisions) recognise it and write UTF-8 bytes to the file descriptor instead, after flushing it.
     */
    static final class ProcessOut extends PrintWriter {
        ProcessOut() {
            super(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        }
    }
}
