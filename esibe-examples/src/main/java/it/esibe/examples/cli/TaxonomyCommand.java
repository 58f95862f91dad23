package it.esibe.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import it.esibe.core.spi.Origin;
import it.esibe.core.taxonomy.Icd10Range;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import it.esibe.rules.EsibeRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code esibe taxonomy}: lists the codes applications may use in {@code programs[]}: the national
 * taxonomy of ESIBE-TAXONOMY-v1, then the codes of the providers found on the class path, with the
 * provider each comes from and, for pathologies, their ICD-10 ranges (informative, spec v1.1).
 */
@Command(name = "taxonomy",
        mixinStandardHelpOptions = true,
        // In declaration order the synopsis wraps between options, not inside --family's "FAMILY[,FAMILY...]".
        sortSynopsis = false,
        versionProvider = EsibeCli.Version.class,
        description = {
            "Lists the taxonomy codes: the national ones (ESIBE-TAXONOMY-v1), then those of the providers found on the class path.",
            "Columns: code, family, label, ICD-10 ranges (pathologies; informative, never an admission rule)"
                    + " and, for a provider's code, its origin. JSON gives every code an \"icd10\" list,"
                    + " empty when it has no range."})
final class TaxonomyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en",
            description = "Language of the labels, as a language tag: it, en, ... (default: ${DEFAULT-VALUE});"
                    + " Italian for it, English otherwise.")
    String lang = "en";

    @Option(names = "--family", paramLabel = "FAMILY", split = ",",
            description = "Only codes of these families (repeatable or comma-separated): ${COMPLETION-CANDIDATES}.")
    List<TaxonomyFamily> families = List.of();

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "A plain-text table or a JSON array (default: ${DEFAULT-VALUE}).")
    ListingFormat format = ListingFormat.text;

    @Override
    public Integer call() {
        Locale locale = Locale.forLanguageTag(lang);
        if (locale.getLanguage().isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--lang': '" + lang + "' is not a language tag, such as it or en");
        }
        EsibeRegistry registry = CliRegistry.get();
        Set<TaxonomyFamily> wanted = families.isEmpty() ? EnumSet.allOf(TaxonomyFamily.class) : EnumSet.copyOf(families);
        List<TaxonomyEntry> entries = registry.taxonomy().entries().stream()
                .filter(e -> wanted.contains(e.family())).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (format == ListingFormat.json) {
            json(registry, entries, locale, out);
        } else {
            Table table = new Table("CODE", "FAMILY", "LABEL", "ICD-10", "ORIGIN");
            for (TaxonomyEntry e : entries) {
                table.row(e.code(), e.family().name(), registry.label(e, locale),
                        e.icd10().stream().map(Icd10Range::toString).collect(Collectors.joining(", ")),
                        providerOrigin(registry, e));
            }
            table.print(out);
        }
        return CommandLine.ExitCode.OK;
    }

    /** The origin of a provider's code; empty for a national code, which is most of the list. */
    private static String providerOrigin(EsibeRegistry registry, TaxonomyEntry e) {
        return registry.taxonomyOrigin(e.code()).filter(o -> o.kind() != Origin.Kind.BUILT_IN)
                .map(Origin::toString).orElse("");
    }

    private static void json(EsibeRegistry registry, List<TaxonomyEntry> entries, Locale locale, PrintWriter out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            // The caller's stream: flushed, not closed.
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartArray();
            for (TaxonomyEntry e : entries) {
                g.writeStartObject();
                g.writeStringField("code", e.code());
                g.writeStringField("family", e.family().name());
                g.writeStringField("label", registry.label(e, locale));
                g.writeStringField("citation", e.citation());
                // Bounds apart, so that a reader need not split "U07.1–U07.2" on an en dash.
                g.writeArrayFieldStart("icd10");
                for (Icd10Range r : e.icd10()) {
                    g.writeStartObject();
                    g.writeStringField("from", r.from());
                    g.writeStringField("to", r.to());
                    g.writeEndObject();
                }
                g.writeEndArray();
                Origin origin = registry.taxonomyOrigin(e.code()).orElse(Origin.BUILT_IN);
                RulesetsCommand.origin(g, origin);
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }
}
