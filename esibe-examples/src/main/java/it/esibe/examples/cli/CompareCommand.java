package it.esibe.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.io.CsvTable;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.whatif.ApplicantComparison;
import it.esibe.rules.whatif.Comparison;
import it.esibe.rules.whatif.ComparisonSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code esibe compare}: decides every application of a call under two or more rulesets (the first
 * is the baseline) and writes, applicant by applicant, every change: the outcome under each ruleset
 * and the criteria whose result changed, with their explanations before and after; then the
 * transition matrix and the counts per track, region and priority on standard error.
 *
 * <p>It reads the call once and keeps only counts ({@link Comparison}), whatever its size.
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = EsibeCli.Version.class,
        description = {
            "Decides every application in FILE... under two or more rulesets and writes what changes, applicant by applicant.",
            "Rulesets: --ruleset ID and --reform FILE, in order, the first being the baseline; a single --reform is"
                    + " compared with the ruleset it derives from.",
            "Writes one line (JSON Lines) or row (CSV) per applicant whose outcome or whose result of a criterion"
                    + " changes, with the explanations before and after; --list-unaffected adds the others.",
            "Then on stderr: the transitions between outcomes and the counts per track, region and priority.",
            "Exit status: 0 when every input could be read, 1 on an I/O error, 2 on a usage error."})
final class CompareCommand extends DecidingCommand {

    /** The output formats, named as on the command line. */
    enum Format { jsonl, csv }

    @Option(names = "--format", paramLabel = "jsonl|csv", defaultValue = "jsonl",
            description = "Output: JSON Lines, one line per applicant, or CSV, one row per applicant and ruleset"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format = Format.jsonl;

    @Option(names = "--delimiter", paramLabel = "C", defaultValue = ",",
            description = "CSV output: the column separator, ',' or ';' (default: '${DEFAULT-VALUE}').")
    char delimiter = ',';

    @Option(names = "--list-unaffected",
            description = "Also write the applicants nothing changes for (by default they are only counted).")
    boolean listUnaffected;

    private Comparison.@Nullable Run run;

    @Override
    void validate() {
        csvOptions(delimiter, false);
    }

    @Override
    void prepare(EsibeRegistry registry) {
        if (rulesets.bySeries()) {
            throw new ParameterException(spec.commandLine(), "compare pins its rulesets: use --ruleset and --reform,"
                    + " not --series");
        }
        List<Ruleset> compared = compared(rulesets, spec);
        Comparison.Builder builder = Comparison.builder(registry).evaluators(this::configure);
        compared.forEach(builder::ruleset);
        Comparison comparison;
        try {
            comparison = builder.build();
        } catch (it.esibe.core.ConfigurationException e) {
            throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
        }
        this.run = comparison.start();
    }

    /**
     * The rulesets a command compares: those named, in order; a single reform file is compared
     * with the ruleset it derives from.
     *
     * @throws ParameterException if fewer than two rulesets result, or one repeats
     */
    static List<Ruleset> compared(RulesetOptions options, picocli.CommandLine.Model.CommandSpec spec) {
        List<Ruleset> chosen = new ArrayList<>(options.chosen());
        if (chosen.size() == 1) {
            options.reforms().of(chosen.get(0).id()).ifPresent(r -> chosen.add(0, r.base()));
        }
        if (chosen.size() < 2) {
            throw new ParameterException(spec.commandLine(), spec.name() + " needs two rulesets or more, the baseline"
                    + " first (--ruleset ID, --reform FILE), or one reform file, which is compared with its base ruleset");
        }
        long distinct = chosen.stream().map(Ruleset::id).distinct().count();
        if (distinct < chosen.size()) {
            throw new ParameterException(spec.commandLine(), "each ruleset may be compared once; got "
                    + chosen.stream().map(Ruleset::id).collect(Collectors.joining(", ")));
        }
        return chosen;
    }

    /** Each record is decided under several rulesets, by the run, in input order. */
    @Override
    boolean decidesUnderOneRuleset() {
        return false;
    }

    @Override
    Sink open(Writer out) throws IOException {
        Comparison.Run r = Objects.requireNonNull(run, "prepare(registry) starts the run first");
        boolean italian = lang == Lang.it;
        CsvTable csv = format == Format.csv ? CsvTable.open(out, csvOptions(delimiter, italian), italian ? CSV_IT : CSV_EN)
                : null;
        return new Sink() {
            @Override
            public void accept(ApplicationRecord record) {
                ApplicantComparison c = r.add(record);
                if (c.unaffected() && !listUnaffected) {
                    return;
                }
                try {
                    if (csv != null) {
                        rows(csv, c, italian);
                    } else {
                        out.write(line(c));
                        out.write('\n');
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                if (csv != null) {
                    csv.close();
                } else {
                    out.close();
                }
            }
        };
    }

    private static final List<String> CSV_EN = List.of("positionKind", "position", "applicationId", "track", "region",
            "baselineRuleset", "baselineOutcome", "ruleset", "outcome", "outcomeChanged", "changedCriteria", "before",
            "after");
    private static final List<String> CSV_IT = List.of("tipo_posizione", "posizione", "codice_domanda", "percorso",
            "regione", "regole_di_riferimento", "esito_di_riferimento", "regole", "esito", "esito_cambiato",
            "criteri_cambiati", "prima", "dopo");

    private static void rows(CsvTable csv, ApplicantComparison c, boolean italian) throws IOException {
        RecordPosition p = c.position();
        for (ApplicantComparison.Change ch : c.changes()) {
            List<String> before = new ArrayList<>();
            List<String> after = new ArrayList<>();
            for (ApplicantComparison.CriterionChange cc : ch.criteria()) {
                before.add(cc.id() + ": " + explained(cc.before(), italian));
                after.add(cc.id() + ": " + explained(cc.after(), italian));
            }
            csv.row(List.of(p == null ? "" : p.kind().field(), p == null ? "" : Long.toString(p.value()),
                    text(c.applicationId()), c.track() == null ? "" : c.track().name(), text(c.region()),
                    c.baseline().ruleset(), ch.before().name(), ch.ruleset(), ch.after().name(),
                    Boolean.toString(ch.outcomeChanged()),
                    ch.criteria().stream().map(ApplicantComparison.CriterionChange::id).collect(Collectors.joining(";")),
                    String.join("\n", before), String.join("\n", after)));
        }
    }

    private static String explained(@Nullable CriterionResult r, boolean italian) {
        if (r == null) {
            return italian ? "non valutato" : "not evaluated";
        }
        return r.result() + " — " + (italian ? r.message().it() : r.message().en());
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static final JsonFactory JSON = new JsonFactory();

    /** One applicant as one line of JSON. */
    static String line(ApplicantComparison c) {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(s)) {
            g.writeStartObject();
            g.writeStringField("applicationId", c.applicationId());
            RecordPosition p = c.position();
            if (p != null) {
                g.writeNumberField(p.kind().field(), p.value());
            }
            g.writeStringField("track", c.track() == null ? null : c.track().name());
            g.writeStringField("region", c.region());
            g.writeArrayFieldStart("priorities");
            for (String priority : c.priorities()) {
                g.writeString(priority);
            }
            g.writeEndArray();
            g.writeBooleanField("changed", !c.unaffected());
            g.writeObjectFieldStart("baseline");
            g.writeStringField("ruleset", c.baseline().ruleset());
            g.writeStringField("outcome", c.baseline().outcome().name());
            g.writeEndObject();
            g.writeArrayFieldStart("changes");
            for (ApplicantComparison.Change ch : c.changes()) {
                g.writeStartObject();
                g.writeStringField("ruleset", ch.ruleset());
                g.writeStringField("outcome", ch.after().name());
                g.writeBooleanField("outcomeChanged", ch.outcomeChanged());
                g.writeArrayFieldStart("criteria");
                for (ApplicantComparison.CriterionChange cc : ch.criteria()) {
                    g.writeStartObject();
                    g.writeStringField("id", cc.id());
                    result(g, "before", cc.before());
                    result(g, "after", cc.after());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return s.toString();
    }

    private static void result(JsonGenerator g, String name, @Nullable CriterionResult r) throws IOException {
        if (r == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        g.writeStringField("result", r.result().name());
        LocalizedText m = r.message();
        g.writeObjectFieldStart("message");
        g.writeStringField("it", m.it());
        g.writeStringField("en", m.en());
        for (Map.Entry<String, String> other : m.others().entrySet()) {
            g.writeStringField(other.getKey(), other.getValue());
        }
        g.writeEndObject();
        g.writeStringField("citation", r.citation());
        g.writeEndObject();
    }

    @Override
    void finish(PrintWriter err) {
        ComparisonSummary s = Objects.requireNonNull(run).summary();
        summary(s, lang == Lang.it).forEach(err::println);
    }

    /** The outcomes in the order the tool shows them: from admitted to unreadable. */
    private static final List<Outcome> OUTCOMES = List.of(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE,
            Outcome.INVALID);

    /** The summary as the tool prints it on standard error. */
    static List<String> summary(ComparisonSummary s, boolean it) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, it ? "Domande confrontate: %d; regole di riferimento: %s; invariate: %d"
                : "Applications compared: %d; baseline: %s; unaffected: %d", s.total(), s.baseline(), s.unaffected()));
        for (ComparisonSummary.Impact i : s.impacts()) {
            lines.add("");
            lines.add(String.format(Locale.ROOT, it ? "%s: esito cambiato per %d (%d entrano nel registro, %d ne escono),"
                    + " solo un criterio cambiato per %d" : "%s: outcome changed for %d (%d enter the register, %d leave"
                    + " it), a criterion only for %d", i.ruleset(), i.outcomeChanged(), i.entered(), i.left(),
                    i.criteriaChanged()));
            List<String> header = new ArrayList<>();
            header.add(it ? "prima \\ dopo" : "before \\ after");
            for (Outcome o : OUTCOMES) {
                header.add(o.name());
            }
            Table matrix = new Table(header.toArray(String[]::new));
            for (Outcome from : OUTCOMES) {
                List<String> row = new ArrayList<>();
                row.add(from.name());
                for (Outcome to : OUTCOMES) {
                    row.add(Long.toString(i.count(from, to)));
                }
                matrix.row(row.toArray(String[]::new));
            }
            lines.addAll(printed(matrix));
            lines.addAll(groups(it ? "percorso" : "track", i.byTrack(), it));
            lines.addAll(groups(it ? "regione" : "region", i.byRegion(), it));
            lines.addAll(groups(it ? "priorità" : "priority", i.byPriority(), it));
        }
        return lines;
    }

    private static List<String> groups(String what, Map<String, ComparisonSummary.Counts> counts, boolean it) {
        Table t = new Table(what, it ? "domande" : "applicants", it ? "ammesse prima" : "admitted before",
                it ? "ammesse dopo" : "admitted after", it ? "entrano" : "enter", it ? "escono" : "leave",
                it ? "esito cambiato" : "outcome changed");
        counts.forEach((k, n) -> t.row(k.equals(ComparisonSummary.NOT_GIVEN) ? "-" : k.equals(ComparisonSummary.OTHERS)
                ? (it ? "(altre)" : "(others)") : k, Long.toString(n.applicants()), Long.toString(n.eligibleBefore()),
                Long.toString(n.eligibleAfter()), Long.toString(n.entered()), Long.toString(n.left()),
                Long.toString(n.changed())));
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.addAll(printed(t));
        return lines;
    }

    private static List<String> printed(Table t) {
        StringWriter s = new StringWriter();
        t.print(new PrintWriter(s));
        return s.toString().lines().toList();
    }
}
