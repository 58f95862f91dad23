package it.esibe.examples.cli;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.ConfigurationException;
import it.esibe.core.ruleset.ReformDefinition;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Registered;
import it.esibe.examples.report.CallReport;
import it.esibe.examples.report.ChangesSection;
import it.esibe.io.ApplicationReader;
import it.esibe.io.Decided;
import it.esibe.examples.report.RulesReference;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.whatif.ApplicantComparison;
import it.esibe.rules.whatif.Comparison;
import it.esibe.support.SupportCatalogues;
import it.esibe.support.SupportMatcher;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code esibe report}: decides every application of a call and writes one self-contained HTML
 * page for the people who run it, with the register of admitted companies and the support of
 * §5.4 recommended to each.
 *
 * <p>The report is built while the files are read ({@link CallReport}), in memory that does not
 * grow with the call. The page is written to a temporary file moved over {@code --out} only when
 * complete; {@code --out} may not be an input or a catalogue. What is inside an input is never a
 * usage error: only a file name of no supported format is.
 */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = EsibeCli.Version.class,
        description = {
            "Decides every application in FILE... (.json, .jsonl or .csv) and writes an HTML report on the call.",
            "The page shows the outcomes per track, the criteria that exclude most applicants, R&D against the"
                    + " thresholds, the regions, and the register of admitted companies with the events, research hubs"
                    + " and markets of the support programme (§5.4) that fit each. It loads nothing from the network.",
            "The ruleset is chosen as for evaluate (--ruleset, --series).",
            "Counts cover every application; the page lists at most the first " + CallReport.MAX_RD
                    + " applications of each track in the R&D section, " + CallReport.MAX_REGISTER
                    + " admitted companies and " + CallReport.MAX_REGIONS + " regions, and says how many more there are.",
            "Exit status: 0 when the report was written, 1 on an I/O error, 2 on a usage error."})
final class ReportCommand implements Callable<Integer> {

    /** The clock that dates "today"; tests pass a fixed one. */
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    RulesetOptions rulesets = new RulesetOptions();

    @Mixin
    ThreadsOption threads = new ThreadsOption();

    @Option(names = "--lang", paramLabel = "it|en", defaultValue = "en", converter = PageLanguage.class,
            description = "Language of the report: it or en (default: ${DEFAULT-VALUE}).")
    Lang lang = Lang.en;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The HTML file to write; replaced only when complete, and never one of the inputs.")
    Path out;

    @Option(names = "--support-after", paramLabel = "D", converter = EvaluateCommand.IsoDateConverter.class,
            description = "Recommend each event's first edition after this ISO date (default: today).")
    @Nullable LocalDate supportAfter;

    @Option(names = "--catalogue", paramLabel = "FILE",
            description = "A support catalogue (JSON) that replaces or extends the bundled one; repeatable, applied in order.")
    List<Path> catalogues = new ArrayList<>();

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Applications: .jsonl (one per line), .json (one object or an array) or .csv (one per row).")
    List<Path> files;

    ReportCommand() {
        this(Clock.systemUTC());
    }

    ReportCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        // A file name of no supported format is the one usage error about inputs; what is inside a
        // file is content, which gets decisions, never a usage error.
        Inputs.checkNames(spec, files);
        int threadCount = threads.count(spec);
        PrintWriter err = spec.commandLine().getErr();
        EsibeRegistry registry = CliRegistry.get();
        Optional<Integer> refusedRulesets = rulesets.load(registry, spec, err);
        if (refusedRulesets.isPresent()) {
            return refusedRulesets.get();
        }
        ApplicationEvaluator evaluator = RulesetOptions.build(
                rulesets.single(rulesets.registry(), 0).locale(lang.locale())
                .languages(lang.locale()), spec);
        // Every further ruleset named gets a section "What changes under ...", compared with the first.
        Comparison.Run comparison = null;
        List<ChangesSection> sections = new ArrayList<>();
        if (rulesets.chosen().size() > 1) {
            List<Ruleset> compared = CompareCommand.compared(rulesets, spec);
            Comparison.Builder builder = Comparison.builder(rulesets.registry())
                    .evaluators(b -> b.locale(lang.locale()).languages(lang.locale()));
            compared.forEach(builder::ruleset);
            try {
                comparison = builder.build().start();
            } catch (ConfigurationException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
            }
            for (Ruleset r : compared.subList(1, compared.size())) {
                sections.add(section(compared.get(0), r));
            }
        }
        // Support catalogues name national codes (§5.1, §5.2), labelled by the national taxonomy.
        SupportMatcher.Builder support = SupportMatcher.builder(Esibe.taxonomy());
        for (Path c : catalogues) {
            try {
                support.add(SupportCatalogues.read(c));
            } catch (IOException e) {
                return Inputs.ioError(err, c, IoErrors.describe(e));
            } catch (ConfigurationException e) {
                return fail(err, e.getMessage());
            }
        }
        SupportMatcher matcher;
        try {
            matcher = support.build();
        } catch (ConfigurationException e) {
            return fail(err, e.getMessage());
        }
        OptionalLong totalBytes = Inputs.totalBytes(err, files);
        if (totalBytes.isEmpty()) {
            return Inputs.EXIT_IO;
        }
        List<Path> inputs = new ArrayList<>(files);
        inputs.addAll(catalogues);
        Optional<Integer> refused = Inputs.refuseOutputOverInput(err, out, false, inputs);
        if (refused.isPresent()) {
            return refused.get();
        }
        LocalDate after = supportAfter != null ? supportAfter : LocalDate.now(clock);
        List<String> names = files.stream().map(p -> String.valueOf(p.getFileName())).toList();
        // The thresholds drawn beside the R&D figures: those of the pinned ruleset, else of the
        // series' ruleset in force on the day the report is made.
        Ruleset shown = rulesets.shown(LocalDate.now(clock));
        EsibeRegistry withReforms = rulesets.registry();
        // The page holds the rules of that ruleset, and links each application's reasons to them.
        CallReport report = new CallReport(names, matcher, after, shown.parameters()).rules(shown,
                RulesReference.baseOf(shown, withReforms.rulesets().stream().map(Registered::value).toList())
                        .orElse(null),
                withReforms.messages());
        sections.forEach(report::addChanges);
        Comparison.Run compared = comparison;
        // Compared, each record's decision under the first ruleset is the comparison's baseline.
        Consumer<ApplicationRecord> sink = record -> {
            ApplicantComparison c = Objects.requireNonNull(compared, "compared").add(record);
            report.accept(new Decided(record.application(), c.baseline()));
            sections.forEach(section -> section.add(record.application(), c));
        };
        OutputFile file;
        try {
            // Opened first, so that an output that cannot be written costs no reading.
            file = OutputFile.open(out);
        } catch (OutputFile.Failure e) {
            return Inputs.ioError(err, out, "cannot write: " + e.getMessage());
        }
        // Without a comparison, records are decided on every thread asked for; compared, each record is
        // decided under every ruleset by the comparison, in input order.
        try (OutputFile owned = file;
                ThreadsOption.Pool pool = ThreadsOption.start(compared == null ? threadCount : 1)) {
            try (Progress progress = Progress.start(totalBytes.getAsLong())) {
                OptionalInt failed = compared == null
                        ? Inputs.decideAll(err, pool.files(evaluator), files, progress, report, owned.untouched(out))
                        : Inputs.readAll(err, ApplicationReader.create(), files, progress, sink, owned.untouched(out));
                if (failed.isPresent()) {
                    return failed.getAsInt();
                }
            }
            if (compared != null) {
                sections.forEach(section -> section.finish(compared.summary()));
            }
            try (Writer w = new BufferedWriter(new OutputStreamWriter(owned.stream(), StandardCharsets.UTF_8))) {
                report.write(lang.locale(), w);
            }
            owned.commit();
        } catch (IOException e) {
            return Inputs.ioError(err, out, IoErrors.describe(e) + file.untouched(out));
        }
        err.println((lang == Lang.it ? "Rapporto scritto in " : "Report written to ") + out + " ("
                + report.total() + (lang == Lang.it ? " domande)" : " applications)"));
        err.flush();
        return CommandLine.ExitCode.OK;
    }

    /** The section on {@code alternative}, with the reasons and sources of its reform file when it has one. */
    private ChangesSection section(Ruleset baseline, Ruleset alternative) {
        Map<String, String[]> reasons = new HashMap<>();
        String description = null;
        Optional<Reforms.Loaded> loaded = rulesets.reforms().of(alternative.id());
        if (loaded.isPresent()) {
            ReformDefinition d = loaded.get().definition();
            description = d.description();
            d.parameters().forEach(p -> reasons.put("parameter:" + p.name(), new String[] {p.reason(), p.source()}));
            d.neutralised().forEach(n -> reasons.put("neutralised:" + n.criterion(), new String[] {n.reason(), null}));
            d.added().forEach(a -> reasons.put("added:" + a.criterion(), new String[] {a.reason(),
                a.from() == null ? null : a.from()}));
        }
        return new ChangesSection(baseline, alternative, description,
                ChangesSection.differences(baseline, alternative, reasons));
    }

    /**
     * The languages the page is written in. German is refused rather than accepted and written in
     * English: the page's labels could be translated, but the support it recommends (names,
     * explanations, notes) and the criteria's explanations exist in Italian and English only, so a
     * "German" page would be mostly English.
     */
    static final class PageLanguage implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            if (value.equals(Lang.it.name())) {
                return Lang.it;
            }
            if (value.equals(Lang.en.name())) {
                return Lang.en;
            }
            throw new CommandLine.TypeConversionException("the report is written in it (Italian) or en (English)"
                    + " only, not '" + value + "'"
                    + (value.equals(Lang.de.name()) ? "; German is available for the messages of evaluate and"
                            + " export-register (--lang de)" : ""));
        }
    }

    private static int fail(PrintWriter err, @Nullable String message) {
        err.println("esibe: " + message);
        err.flush();
        return Inputs.EXIT_IO;
    }
}
