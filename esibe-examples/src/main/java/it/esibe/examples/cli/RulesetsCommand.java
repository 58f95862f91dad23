package it.esibe.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import it.esibe.core.ruleset.ReformDefinition;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.Origin;
import it.esibe.core.spi.Registered;
import it.esibe.rules.EsibeRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code esibe rulesets}: lists every ruleset the tool can decide with (ESIBE's own and those of
 * the providers found on the class path), one per line, with its version, series, first date,
 * origin and criteria in evaluation order.
 */
@Command(name = "rulesets",
        mixinStandardHelpOptions = true,
        versionProvider = EsibeCli.Version.class,
        description = {
            "Lists the rulesets: ESIBE's own and those of the providers found on the class path, such as a regional jar.",
            "To add a regional jar's rulesets, put it on the class path and name the main class:",
            "  java -cp esibe.jar:REGION.jar it.esibe.examples.cli.EsibeCli rulesets",
            "Columns: id, version, series, first reference date, origin, criteria in evaluation order.",
            "Give an id to evaluate, report or export-register with --ruleset, a series with --series.",
            "--reform FILE adds the ruleset a reform file derives (docs/WHATIF.md), with what it changes and why."})
final class RulesetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "A plain-text table or a JSON array (default: ${DEFAULT-VALUE}).")
    ListingFormat format = ListingFormat.text;

    @Option(names = "--reform", paramLabel = "FILE",
            description = "Also list the ruleset the reform file FILE derives, with its changes; repeatable, in order.")
    List<Path> reformFiles = new ArrayList<>();

    @Override
    public Integer call() {
        EsibeRegistry registry = CliRegistry.get();
        PrintWriter err = spec.commandLine().getErr();
        Reforms reforms;
        try {
            reforms = Reforms.load(registry, reformFiles, err);
        } catch (Reforms.Failure e) {
            return e.exitCode();
        }
        registry = reforms.registry();
        PrintWriter out = spec.commandLine().getOut();
        if (format == ListingFormat.json) {
            json(registry.rulesets(), reforms, out);
        } else {
            Table table = new Table("ID", "VERSION", "SERIES", "FROM", "ORIGIN", "CRITERIA");
            for (Registered<Ruleset> r : registry.rulesets()) {
                Ruleset rs = r.value();
                table.row(rs.id(), rs.version(), rs.series(), rs.effectiveFrom().toString(), r.origin().toString(),
                        rs.criteria().stream().map(Criterion::id).collect(Collectors.joining(",")));
            }
            table.print(out);
            for (Reforms.Loaded r : reforms.loaded()) {
                text(r, out);
            }
        }
        return CommandLine.ExitCode.OK;
    }

    /** What a reform file changes, below the table: one line per change, with its reason and source. */
    private static void text(Reforms.Loaded r, PrintWriter out) {
        ReformDefinition d = r.definition();
        out.println();
        out.println(d.id() + " (" + r.file() + "): derived from " + d.base() + ", version " + d.version() + ", from "
                + d.effectiveFrom() + (d.description() == null ? "" : ": " + d.description()));
        for (Reforms.ParameterDiff p : r.parameters()) {
            out.println("  parameter " + p.name() + ": " + (p.before() == null ? "(new)" : p.before()) + " -> "
                    + p.after() + "; " + p.reason() + " (" + p.source() + ")");
        }
        for (ReformDefinition.Neutralisation n : d.neutralised()) {
            out.println("  neutralised " + n.criterion() + "; " + n.reason());
        }
        for (ReformDefinition.Addition a : d.added()) {
            out.println("  added " + a.criterion() + (a.from() == null ? "" : " from " + a.from())
                    + (a.after() == null ? ", last" : ", after " + a.after()) + "; " + a.reason());
        }
        out.flush();
    }

    private static void json(List<Registered<Ruleset>> rulesets, Reforms reforms, PrintWriter out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            // The caller's stream: flushed, not closed.
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (Registered<Ruleset> r : rulesets) {
                Ruleset rs = r.value();
                g.writeStartObject();
                g.writeStringField("id", rs.id());
                g.writeStringField("version", rs.version());
                g.writeStringField("series", rs.series());
                g.writeStringField("effectiveFrom", rs.effectiveFrom().toString());
                g.writeStringField("parametersSha256", rs.parametersSha256());
                origin(g, r.origin());
                g.writeArrayFieldStart("criteria");
                for (Criterion c : rs.criteria()) {
                    g.writeString(c.id());
                }
                g.writeEndArray();
                Optional<Reforms.Loaded> reform = reforms.of(rs.id());
                if (reform.isPresent()) {
                    reform(g, reform.get());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    /** Writes {@code "reform": {file, base, description, parameters, neutralised, added}}. */
    private static void reform(JsonGenerator g, Reforms.Loaded r) throws IOException {
        ReformDefinition d = r.definition();
        g.writeObjectFieldStart("reform");
        g.writeStringField("file", r.file().toString());
        g.writeStringField("base", d.base());
        g.writeStringField("description", d.description());
        g.writeArrayFieldStart("parameters");
        for (Reforms.ParameterDiff p : r.parameters()) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            g.writeStringField("before", p.before());
            g.writeStringField("after", p.after());
            g.writeStringField("reason", p.reason());
            g.writeStringField("source", p.source());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("neutralised");
        for (ReformDefinition.Neutralisation n : d.neutralised()) {
            g.writeStartObject();
            g.writeStringField("criterion", n.criterion());
            g.writeStringField("reason", n.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("added");
        for (ReformDefinition.Addition a : d.added()) {
            g.writeStartObject();
            g.writeStringField("criterion", a.criterion());
            g.writeStringField("from", a.from());
            g.writeStringField("after", a.after());
            g.writeStringField("reason", a.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes {@code "origin": {provider, kind, location}}; shared with {@code taxonomy --format json}. */
    static void origin(JsonGenerator g, Origin origin) throws IOException {
        g.writeObjectFieldStart("origin");
        g.writeStringField("provider", origin.provider());
        g.writeStringField("kind", origin.kind().name());
        if (origin.location() != null) {
            g.writeStringField("location", origin.location());
        }
        g.writeEndObject();
    }
}
