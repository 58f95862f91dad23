package it.esibe.examples.cli;

import it.esibe.core.decision.Decision;
import it.esibe.io.Decided;
import it.esibe.io.DecisionWriter;
import it.esibe.io.OutputFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code esibe evaluate}: decides every application of one or more {@code .json}/{@code .jsonl}/
 * {@code .csv} files under the national ruleset in force at its reference date (or the one chosen
 * with {@code --ruleset} or {@code --series}) and writes one decision per record, in input order, as it reads (JSON Lines by
 * default, or a JSON array, or CSV for spreadsheets); then a summary on stderr.
 */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        versionProvider = EsibeCli.Version.class,
        description = {
            "Decides every application in FILE... (.json, .jsonl or .csv).",
            "Ruleset: the national one in force at each application's reference date; --ruleset ID pins one, --series NAME follows another series (see 'esibe rulesets').",
            "Writes one decision per record, in input order, as it reads; then a summary on stderr.",
            "Exit status: 0 when every input could be read, 1 on an I/O error, 2 on a usage error."})
final class EvaluateCommand extends DecidingCommand {

    /** The output formats, named as on the command line. */
    enum Format {
        jsonl(OutputFormat.JSON_LINES), json(OutputFormat.JSON), csv(OutputFormat.CSV);

        final OutputFormat format;

        Format(OutputFormat format) {
            this.format = format;
        }
    }

    @Option(names = "--format", paramLabel = "jsonl|json|csv", defaultValue = "jsonl",
            description = "Output: JSON Lines, one JSON array, or CSV for spreadsheets (default: ${DEFAULT-VALUE}).")
    Format format = Format.jsonl;

    @Option(names = "--delimiter", paramLabel = "C", defaultValue = ",",
            description = "CSV output: the column separator, ',' or ';' (default: '${DEFAULT-VALUE}').")
    char delimiter = ',';

    @Option(names = "--no-facts", description = "Leave out of each criterion result the facts of the application it"
            + " read and the parameters it compared them with (smaller output for bulk runs); missing facts and the"
            + " path to eligibility stay.")
    boolean noFacts;

    private final Summary summary = new Summary();

    @Override
    boolean facts() {
        return !noFacts;
    }

    @Override
    Sink open(Writer out) throws IOException {
        return sink(DecisionWriter.open(format.format, out, csvOptions(delimiter, lang == Lang.it)));
    }

    /** Writes UTF-8 bytes straight to {@code out}: JSON output skips the {@code Writer}'s encoder. */
    @Override
    Sink open(OutputStream out) throws IOException {
        return sink(DecisionWriter.open(format.format, out, csvOptions(delimiter, lang == Lang.it)));
    }

    private Sink sink(DecisionWriter writer) {
        return new Sink() {
            @Override
            public void accept(Decided decided) {
                Decision decision = decided.decision();
                summary.add(decision);
                writer.accept(decision);
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }

    @Override
    void validate() {
        csvOptions(delimiter, false);
    }

    @Override
    void finish(PrintWriter err) {
        summary.render(lang).forEach(err::println);
    }
}
