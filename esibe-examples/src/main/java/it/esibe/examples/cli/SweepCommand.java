package it.esibe.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.examples.report.SweepReport;
import it.esibe.io.CsvTable;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.Rulesets;
import it.esibe.rules.whatif.Sweep;
import it.esibe.rules.whatif.SweepResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code esibe sweep}: decides every application of a call at every value of one parameter over a
 * range (or of two, as a table) and writes the outcome counts at each value, with the exact values
 * where an applicant's outcome changes, as JSON, CSV, an SVG plot or an HTML page.
 */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = EsibeCli.Version.class,
        description = {
            "Decides every application in FILE... at every value of a parameter and counts the outcomes at each.",
            "--param NAME --from A --to B --step S gives the grid; a second --param with its range gives a table.",
            "For an amount, share or staff figure the values where an applicant's outcome changes are found exactly, to"
                    + " the cent (a ten-thousandth of a share, a hundredth of a work unit), and listed with the applicant's id.",
            "The parameters are those of the ruleset named by --ruleset or --reform (default: the latest national one).",
            "Writes JSON, CSV, an SVG plot of the admitted applicants per track, or an HTML page with the plot and the"
                    + " tables (a heat map for two parameters).",
            "Exit status: 0 when every input could be read, 1 on an I/O error, 2 on a usage error."})
final class SweepCommand extends DecidingCommand {

    /** The output formats, named as on the command line. */
    enum Format { json, csv, svg, html }

    /** One parameter's grid: {@code --param NAME --from A --to B --step S}. */
    static final class Axis {
        @Option(names = "--param", paramLabel = "NAME", required = true,
                description = "A parameter of the ruleset that is an amount, a share, a staff figure or a number"
                        + " (docs/WHATIF.md lists them).")
        String name;

        @Option(names = "--from", paramLabel = "A", required = true, description = "The first value.")
        BigDecimal from;

        @Option(names = "--to", paramLabel = "B", required = true, description = "The last value.")
        BigDecimal to;

        @Option(names = "--step", paramLabel = "S", required = true, description = "The distance between two values.")
        BigDecimal step;
    }

    /** The outcomes in the order the tool writes them: from admitted to unreadable. */
    private static final List<Outcome> OUTCOMES = List.of(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE,
            Outcome.INVALID);

    @ArgGroup(exclusive = false, multiplicity = "1..2")
    List<Axis> axes = new ArrayList<>();

    @Option(names = "--format", paramLabel = "json|csv|svg|html", defaultValue = "json",
            description = "Output: JSON, CSV, an SVG plot, or an HTML page (default: ${DEFAULT-VALUE}).")
    Format format = Format.json;

    @Option(names = "--delimiter", paramLabel = "C", defaultValue = ",",
            description = "CSV output: the column separator, ',' or ';' (default: '${DEFAULT-VALUE}').")
    char delimiter = ',';

    @Option(names = "--grid-only",
            description = "Count at the values of the grid only, without locating each change exactly.")
    boolean gridOnly;

    @Option(names = "--max-flips", paramLabel = "N", defaultValue = "1000",
            description = "List at most N changes of outcome with their applicants (default: ${DEFAULT-VALUE}); the rest"
                    + " are counted.")
    int maxFlips = Sweep.DEFAULT_MAX_FLIPS;

    private Sweep.@Nullable Run run;

    @Override
    void validate() {
        csvOptions(delimiter, false);
        if (maxFlips < 0) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--max-flips': " + maxFlips
                    + " (use 0 or more)");
        }
        if ((format == Format.svg || format == Format.html) && lang == Lang.de) {
            throw new ParameterException(spec.commandLine(), "the plot and the page are written in it or en only");
        }
    }

    @Override
    void prepare(EsibeRegistry registry) {
        if (rulesets.bySeries()) {
            throw new ParameterException(spec.commandLine(), "sweep varies the parameters of one ruleset: name it with"
                    + " --ruleset or --reform, not --series");
        }
        Ruleset named = rulesets.one(spec);
        List<Ruleset> national = registry.series(Rulesets.NATIONAL_SERIES);
        Ruleset base = named != null ? named : national.get(national.size() - 1);
        Sweep.Builder builder = Sweep.builder(registry, base).evaluators(this::configure).exactBreakpoints(!gridOnly)
                .maxFlips(maxFlips);
        for (Axis a : axes) {
            builder.axis(a.name, a.from, a.to, a.step);
        }
        Sweep s;
        try {
            s = builder.build();
        } catch (ConfigurationException e) {
            throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
        }
        this.run = s.start();
    }

    /** Each record is decided under several rulesets, by the run, in input order. */
    @Override
    boolean decidesUnderOneRuleset() {
        return false;
    }

    @Override
    Sink open(Writer out) {
        Sweep.Run r = Objects.requireNonNull(run, "prepare(registry) starts the run first");
        return new Sink() {
            @Override
            public void accept(ApplicationRecord record) {
                r.add(record);
            }

            @Override
            public void close() throws IOException {
                try (Writer w = out) {
                    write(r.result(), w);
                }
            }
        };
    }

    private void write(SweepResult result, Writer out) throws IOException {
        switch (format) {
            case json -> json(result, out);
            case csv -> csv(result, out);
            case svg -> out.write(SweepReport.svg(result, lang.locale()));
            case html -> new SweepReport(files.stream().map(p -> String.valueOf(p.getFileName())).toList(), result)
                    .write(lang.locale(), out);
            default -> throw new IllegalStateException(format.name());
        }
    }

    private static void json(SweepResult r, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter();
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartObject();
        g.writeStringField("ruleset", r.ruleset());
        g.writeArrayFieldStart("parameters");
        for (Sweep.Axis a : r.axes()) {
            g.writeStartObject();
            g.writeStringField("name", a.name());
            g.writeStringField("kind", a.key().kind().name());
            g.writeNumberField("from", a.from());
            g.writeNumberField("to", a.to());
            g.writeNumberField("step", a.step());
            if (a.resolution() != null) {
                g.writeNumberField("resolution", a.resolution());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("applications", r.total());
        g.writeArrayFieldStart("points");
        for (SweepResult.Point p : r.points()) {
            g.writeStartObject();
            g.writeArrayFieldStart("values");
            for (BigDecimal v : p.values()) {
                g.writeNumber(v);
            }
            g.writeEndArray();
            g.writeBooleanField("grid", p.grid());
            g.writeObjectFieldStart("outcomes");
            for (Outcome o : OUTCOMES) {
                g.writeNumberField(o.name(), p.count(o));
            }
            g.writeEndObject();
            g.writeObjectFieldStart("eligible");
            for (Track t : Track.values()) {
                g.writeNumberField(t.name(), p.eligible().get(t));
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("flips");
        for (SweepResult.Flip f : r.flips()) {
            g.writeStartObject();
            g.writeStringField("applicationId", f.applicationId());
            g.writeStringField("track", f.track() == null ? null : f.track().name());
            g.writeNumberField("below", f.below());
            g.writeNumberField("above", f.above());
            g.writeStringField("before", f.before().name());
            g.writeStringField("after", f.after().name());
            g.writeBooleanField("exact", f.exact());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("flipsLeftOut", r.flipsLeftOut());
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }

    private void csv(SweepResult r, Writer out) throws IOException {
        boolean it = lang == Lang.it;
        List<String> header = new ArrayList<>();
        for (Sweep.Axis a : r.axes()) {
            header.add(a.name());
        }
        header.add(it ? "griglia" : "grid");
        for (Outcome o : OUTCOMES) {
            header.add(o.name());
        }
        for (Track t : Track.values()) {
            header.add((it ? "ammesse_" : "eligible_") + t.name());
        }
        header.add(it ? "cambiano" : "changes");
        try (CsvTable table = CsvTable.open(out, csvOptions(delimiter, it), header)) {
            for (SweepResult.Point p : r.points()) {
                List<String> row = new ArrayList<>();
                p.values().forEach(v -> row.add(v.toPlainString()));
                row.add(Boolean.toString(p.grid()));
                for (Outcome o : OUTCOMES) {
                    row.add(Long.toString(p.count(o)));
                }
                for (Track t : Track.values()) {
                    row.add(Long.toString(p.eligible().get(t)));
                }
                row.add(r.flips().stream().filter(f -> f.above().compareTo(p.value()) == 0 && p.values().size() == 1)
                        .map(f -> f.applicationId() + " " + f.before() + "→" + f.after())
                        .collect(Collectors.joining("; ")));
                table.row(row);
            }
        }
    }

    @Override
    void finish(PrintWriter err) {
        SweepResult r = Objects.requireNonNull(run).result();
        boolean it = lang == Lang.it;
        err.println((it ? "Domande: " : "Applications: ") + r.total() + (it ? "; punti: " : "; points: ")
                + r.points().size() + (it ? "; cambi di esito: " : "; changes of outcome: ")
                + (r.flips().size() + r.flipsLeftOut()));
    }
}
