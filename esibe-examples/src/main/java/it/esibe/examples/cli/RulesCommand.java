package it.esibe.examples.cli;

import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Registered;
import it.esibe.examples.report.RulesReference;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.Rulesets;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code esibe rules}: writes the rules of a ruleset for people (RulesReference), generated from
 * the ruleset: each criterion with its id, the report's section and Italian words, the reading
 * taken where the report is ambiguous, the parameters with values and sources, the possible
 * results and remedies. A derived ruleset (a regional one, a reform) is shown as a difference from
 * the ruleset it keeps every criterion and parameter of. {@code docs/RULES.md} and
 * {@code docs/RULES.it.md} are this command's output for the national ruleset.
 */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = EsibeCli.Version.class,
        description = {
            "Writes the rules of a ruleset: each criterion with the report's words, the reading taken, its parameters, results and remedies.",
            "A derived ruleset, such as a regional one, is shown first as a difference from the ruleset it derives from."})
final class RulesCommand implements Callable<Integer> {

    /** The languages of the page. */
    enum PageLang {
        /** Italian. */
        it(Locale.ITALIAN),
        /** English. */
        en(Locale.ENGLISH);

        private final Locale locale;

        PageLang(Locale locale) {
            this.locale = locale;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--ruleset", paramLabel = "ID",
            description = "The ruleset to describe (default: " + Rulesets.INTERIM_2024 + "; see 'esibe rulesets').")
    String ruleset = Rulesets.INTERIM_2024;

    @Option(names = "--format", paramLabel = "md|html", defaultValue = "md",
            description = "Markdown or a self-contained HTML page (default: ${DEFAULT-VALUE}).")
    RulesReference.Format format = RulesReference.Format.md;

    @Option(names = "--lang", paramLabel = "it|en", defaultValue = "en",
            description = "The language of the page; the report's words stay in Italian (default: ${DEFAULT-VALUE}).")
    PageLang lang = PageLang.en;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the page to FILE, replaced only once complete (default: standard output).")
    @Nullable Path out;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        EsibeRegistry registry = CliRegistry.get();
        List<Ruleset> all = registry.rulesets().stream().map(Registered::value).toList();
        Ruleset chosen = registry.ruleset(ruleset).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown ruleset '" + ruleset + "' for option '--ruleset'; known: "
                        + all.stream().map(Ruleset::id).collect(Collectors.joining(", "))));
        Ruleset base = RulesReference.baseOf(chosen, all).orElse(null);
        String text = RulesReference.of(registry.messages(), lang.locale).render(chosen, base, format,
                command(chosen, format, lang));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.print(text);
            stdout.flush();
            return CommandLine.ExitCode.OK;
        }
        OutputFile file;
        try {
            file = OutputFile.open(out);
        } catch (OutputFile.Failure e) {
            return Inputs.ioError(err, out, "cannot write: " + e.getMessage());
        }
        try (OutputFile owned = file) {
            OutputStream stream = owned.stream();
            stream.write(bytes);
            owned.commit();
        } catch (IOException e) {
            return Inputs.ioError(err, out, IoErrors.describe(e) + file.untouched(out));
        }
        return CommandLine.ExitCode.OK;
    }

    /**
     * The command that writes this page, which the page names so that a reader can regenerate it;
     * without {@code --out}, so that the page is the same bytes wherever it is written.
     */
    static String command(Ruleset ruleset, RulesReference.Format format, PageLang lang) {
        return "esibe rules --ruleset " + ruleset.id() + " --format " + format + " --lang " + lang;
    }
}
