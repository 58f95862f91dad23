package it.esibe.examples.cli;

import it.esibe.io.Decided;
import it.esibe.io.RegisterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code esibe export-register}: decides every application like {@code evaluate} and writes the
 * register of the admitted ones (ELIGIBLE), with their track, priorities, technologies, region and
 * the ruleset that admitted them, as CSV (Italian open-data style by default: {@code ;}, Italian
 * headers) or JSON.
 */
@Command(name = "export-register",
        mixinStandardHelpOptions = true,
        versionProvider = EsibeCli.Version.class,
        description = {
            "Decides every application in FILE... and writes the register of the admitted companies.",
            "The ruleset is chosen as for evaluate (--ruleset, --series).",
            "CSV in the style of Italian open-data registers (';', Italian headers) or JSON.",
            "Exit status: 0 when every input could be read, 1 on an I/O error, 2 on a usage error."})
final class ExportRegisterCommand extends DecidingCommand {

    /** {@return false: a register entry lists no criterion's facts, so none are gathered} */
    @Override
    boolean facts() {
        return false;
    }


    /** The register formats, named as on the command line. */
    enum Format { csv, json }

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format = Format.csv;

    @Option(names = "--delimiter", paramLabel = "C", defaultValue = ";",
            description = "CSV: the column separator, ',' or ';' (default: '${DEFAULT-VALUE}').")
    char delimiter = ';';

    @Option(names = "--headers", paramLabel = "it|en", defaultValue = "it",
            description = "CSV: the language of the header row (default: ${DEFAULT-VALUE}).")
    Lang headers = Lang.it;

    private long admitted;
    private long decided;

    @Override
    void validate() {
        csvOptions(delimiter, false);
        if (headers == Lang.de) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--headers': 'de' (the register's headers are it or en)");
        }
    }

    @Override
    Sink open(Writer out) throws IOException {
        RegisterWriter writer = format == Format.json ? RegisterWriter.json(out)
                : RegisterWriter.csv(out, csvOptions(delimiter, headers == Lang.it));
        return new Sink() {
            @Override
            public void accept(Decided record) {
                decided++;
                writer.accept(record);
                admitted = writer.entries();
            }

            @Override
            public void close() throws IOException {
                writer.close();
            }
        };
    }

    @Override
    void finish(PrintWriter err) {
        err.println(lang == Lang.it
                ? "Iscritte al registro: " + admitted + " su " + decided + " domande"
                : "Admitted to the register: " + admitted + " of " + decided + " applications");
    }
}
