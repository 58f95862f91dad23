package it.esibe.examples.cli;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ConfigurationException;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.EvaluatorBuilder;
import it.esibe.rules.Rulesets;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that choose the rulesets, shared by every command that decides: {@code --ruleset ID}
 * names a ruleset (ESIBE's own, a provider's on the class path, or one a reform file derives);
 * {@code --reform FILE} derives a ruleset from a reform file (docs/WHATIF.md), from the rulesets
 * known so far, so a later file may start from an earlier one. Both repeat, and their order on the
 * command line is the order of the rulesets: {@code evaluate} and {@code export-register} decide
 * under one ruleset (the last named; a reform file named before it may only be one of its bases),
 * {@code report} under the first and shows what changes under each further one,
 * {@code compare} compares each further one with the first, {@code sweep} varies the parameters of
 * one. {@code --series NAME} instead judges each application by the ruleset of that series in force
 * at its reference date. By default, series {@code esibe}: the national rulesets. Unknown names are
 * usage errors that list the known ones ({@code esibe rulesets}).
 */
final class RulesetOptions {

    @Option(names = "--ruleset", paramLabel = "ID",
            description = "Decide under ruleset ID, whatever each application's date (see 'esibe rulesets');"
                    + " repeatable where a command takes several rulesets.")
    List<String> rulesetIds = new ArrayList<>();

    @Option(names = "--reform", paramLabel = "FILE",
            description = "Decide under the ruleset the reform file FILE derives (docs/WHATIF.md); repeatable, one"
                    + " ruleset per file, in order with --ruleset; a later file may derive from an earlier one.")
    List<Path> reformFiles = new ArrayList<>();

    @Option(names = "--series", paramLabel = "NAME",
            description = "Decide each application under the ruleset of series NAME in force at its reference date"
                    + " (default: " + Rulesets.NATIONAL_SERIES + ", the national rulesets).")
    @Nullable String series;

    private @Nullable Reforms reforms;
    private List<Ruleset> chosen = List.of();

    /**
     * Reads the reform files and resolves every ruleset named, in command-line order.
     *
     * @return empty when every ruleset is known; else the exit status, after one line per problem on {@code err}
     * @throws ParameterException for an unknown ruleset, or {@code --series} together with another option
     */
    Optional<Integer> load(EsibeRegistry registry, CommandSpec spec, PrintWriter err) {
        if (series != null && (!rulesetIds.isEmpty() || !reformFiles.isEmpty())) {
            throw new ParameterException(spec.commandLine(), "--series and --ruleset or --reform are exclusive:"
                    + " --series follows a series by date, --ruleset and --reform pin rulesets");
        }
        Reforms loaded;
        try {
            loaded = Reforms.load(registry, reformFiles, err);
        } catch (Reforms.Failure e) {
            return Optional.of(e.exitCode());
        }
        EsibeRegistry all = loaded.registry();
        List<Ruleset> rulesets = new ArrayList<>();
        int nextId = 0;
        int nextReform = 0;
        for (String option : order(spec)) {
            if (option.equals("--ruleset")) {
                String id = rulesetIds.get(nextId++);
                rulesets.add(all.ruleset(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "Unknown ruleset '" + id + "' for option '--ruleset'; known: " + all.rulesets().stream()
                                .map(r -> r.value().id()).collect(Collectors.joining(", ")))));
            } else {
                rulesets.add(loaded.loaded().get(nextReform++).ruleset());
            }
        }
        if (series != null && registry.series(series).isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Unknown series '" + series
                    + "' for option '--series'; known: " + registry.rulesets().stream()
                            .map(r -> r.value().series()).distinct().collect(Collectors.joining(", ")));
        }
        this.reforms = loaded;
        this.chosen = List.copyOf(rulesets);
        return Optional.empty();
    }

    /**
     * The names of the ruleset options as they came on the command line, one per occurrence: picocli
     * keeps each option's values in order, but not the order between the two options.
     */
    private List<String> order(CommandSpec spec) {
        List<String> order = new ArrayList<>();
        var parsed = spec.commandLine().getParseResult();
        if (parsed != null) {
            for (ArgSpec arg : parsed.matchedArgs()) {
                if (arg instanceof OptionSpec o && (o.longestName().equals("--ruleset") || o.longestName().equals("--reform"))) {
                    order.add(o.longestName());
                }
            }
        }
        if (order.size() != rulesetIds.size() + reformFiles.size()) {
            // Set without a parse (a test that fills the fields): rulesets first, then reforms.
            order.clear();
            rulesetIds.forEach(r -> order.add("--ruleset"));
            reformFiles.forEach(r -> order.add("--reform"));
        }
        return order;
    }

    /** {@return the registry with the reform files' rulesets} Call {@link #load} first. */
    EsibeRegistry registry() {
        return Objects.requireNonNull(reforms, "load first").registry();
    }

    /** {@return the reform files of the run} */
    Reforms reforms() {
        return Objects.requireNonNull(reforms, "load first");
    }

    /** {@return the rulesets named by --ruleset and --reform, in command-line order} */
    List<Ruleset> chosen() {
        return chosen;
    }

    /** {@return whether --series was given} */
    boolean bySeries() {
        return series != null;
    }

    /**
     * An evaluator builder for a command that decides under one ruleset: the one named (the last,
     * when earlier reform files are only the bases of later ones), else the chosen series, else the
     * national one.
     *
     * @throws ParameterException if more than one ruleset is named
     */
    EvaluatorBuilder evaluator(CommandSpec spec) {
        Ruleset one = one(spec);
        EvaluatorBuilder builder = registry().evaluator();
        if (one != null) {
            return builder.ruleset(one);
        }
        return series != null ? builder.series(series) : builder;
    }

    /**
     * The one ruleset a command that decides under one ruleset uses: the last named; every ruleset
     * named before it must be a reform file it derives from, directly or through others.
     *
     * @return the ruleset, or null when none is named
     * @throws ParameterException if an earlier ruleset is not one of its bases
     */
    @Nullable Ruleset one(CommandSpec spec) {
        if (chosen.isEmpty()) {
            return null;
        }
        Ruleset last = chosen.get(chosen.size() - 1);
        List<String> bases = new ArrayList<>();
        for (Optional<Reforms.Loaded> r = reforms().of(last.id()); r.isPresent(); r = reforms().of(r.get().base().id())) {
            bases.add(r.get().base().id());
        }
        for (Ruleset earlier : chosen.subList(0, chosen.size() - 1)) {
            if (!bases.contains(earlier.id()) || reforms().of(earlier.id()).isEmpty()) {
                throw new ParameterException(spec.commandLine(), spec.name() + " decides under one ruleset, and "
                        + chosen.size() + " were given (" + chosen.stream().map(Ruleset::id)
                                .collect(Collectors.joining(", ")) + "); a reform file may come before the one derived"
                        + " from it, any other ruleset is one too many. 'esibe compare' decides a call under several");
            }
        }
        return last;
    }

    /** A builder pinned to the {@code i}th chosen ruleset, else following the series. */
    EvaluatorBuilder single(EsibeRegistry registry, int i) {
        EvaluatorBuilder builder = registry.evaluator();
        if (i < chosen.size()) {
            return builder.ruleset(chosen.get(i));
        }
        return series != null ? builder.series(series) : builder;
    }

    /**
     * Builds {@code builder}; a series that starts after a fixed {@code --reference-date} is a usage error.
     *
     * @throws ParameterException if the evaluator cannot be built from the options given
     */
    static ApplicationEvaluator build(EvaluatorBuilder builder, CommandSpec spec) {
        try {
            return builder.build();
        } catch (ConfigurationException e) {
            throw new ParameterException(spec.commandLine(), String.valueOf(e.getMessage()));
        }
    }

    /**
     * The ruleset whose parameters a report shows (its R&amp;D thresholds): the first named, else the
     * ruleset of the series in force on {@code date}, else the series' first.
     */
    Ruleset shown(LocalDate date) {
        if (!chosen.isEmpty()) {
            return chosen.get(0);
        }
        EsibeRegistry registry = registry();
        String name = series != null ? series : Rulesets.NATIONAL_SERIES;
        Optional<Ruleset> inForce = registry.rulesetInForce(name, date);
        return inForce.orElseGet(() -> registry.series(name).get(0));
    }
}
