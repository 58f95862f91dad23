package it.esibe.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import it.esibe.core.ConfigurationException;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.Origin;
import it.esibe.core.spi.Registered;
import it.esibe.rules.EsibeRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
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
            "Give an id to evaluate, report or export-register with --ruleset, a series with --series."})
final class RulesetsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "A plain-text table or a JSON array (default: ${DEFAULT-VALUE}).")
    ListingFormat format = ListingFormat.text;

    @Override
    public Integer call() {
        EsibeRegistry registry;
        try {
            registry = CliRegistry.get();
        } catch (ConfigurationException e) {
            return CliRegistry.fail(spec.commandLine().getErr(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == ListingFormat.json) {
            json(registry.rulesets(), out);
        } else {
            Table table = new Table("ID", "VERSION", "SERIES", "FROM", "ORIGIN", "CRITERIA");
            for (Registered<Ruleset> r : registry.rulesets()) {
                Ruleset rs = r.value();
                table.row(rs.id(), rs.version(), rs.series(), rs.effectiveFrom().toString(), r.origin().toString(),
                        rs.criteria().stream().map(Criterion::id).collect(Collectors.joining(",")));
            }
            table.print(out);
        }
        return CommandLine.ExitCode.OK;
    }

    private static void json(List<Registered<Ruleset>> rulesets, PrintWriter out) {
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
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
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
