package it.esibe.examples.cli;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ConfigurationException;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.EvaluatorBuilder;
import it.esibe.rules.Rulesets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that choose the ruleset, shared by every command that decides: {@code --ruleset ID}
 * pins one ruleset for every application; {@code --series NAME} judges each application by the
 * ruleset of that series in force at its reference date. By default, series {@code esibe}: the
 * national rulesets. Unknown names are usage errors that list the known ones ({@code esibe rulesets}).
 */
final class RulesetOptions {

    @Option(names = "--ruleset", paramLabel = "ID",
            description = "Decide every application under ruleset ID, whatever its date (see 'esibe rulesets').")
    @Nullable String ruleset;

    @Option(names = "--series", paramLabel = "NAME",
            description = "Decide each application under the ruleset of series NAME in force at its reference date"
                    + " (default: " + Rulesets.NATIONAL_SERIES + ", the national rulesets).")
    @Nullable String series;

    /**
     * An evaluator builder over {@code registry} with the chosen ruleset or series, checked now so
     * that a typo costs no output.
     *
     * @throws ParameterException for an unknown ruleset or series, or both options at once
     */
    EvaluatorBuilder evaluator(EsibeRegistry registry, CommandSpec spec) {
        EvaluatorBuilder builder = registry.evaluator();
        if (ruleset != null && series != null) {
            throw new ParameterException(spec.commandLine(),
                    "--ruleset and --series are exclusive: --ruleset pins one ruleset, --series follows a series by date");
        }
        if (ruleset != null) {
            if (registry.ruleset(ruleset).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Unknown ruleset '" + ruleset
                        + "' for option '--ruleset'; known: " + registry.rulesets().stream()
                                .map(r -> r.value().id()).collect(Collectors.joining(", ")));
            }
            return builder.ruleset(ruleset);
        }
        if (series != null) {
            if (registry.series(series).isEmpty()) {
                throw new ParameterException(spec.commandLine(), "Unknown series '" + series
                        + "' for option '--series'; known: " + registry.rulesets().stream()
                                .map(r -> r.value().series()).distinct().collect(Collectors.joining(", ")));
            }
            return builder.series(series);
        }
        return builder;
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
     * The ruleset whose parameters a report shows (its R&amp;D thresholds): the pinned one, else the
     * ruleset of the series in force on {@code date}, else the series' first.
     */
    Ruleset shown(EsibeRegistry registry, LocalDate date) {
        if (ruleset != null) {
            return registry.ruleset(ruleset).orElseThrow();
        }
        String name = series != null ? series : Rulesets.NATIONAL_SERIES;
        Optional<Ruleset> inForce = registry.rulesetInForce(name, date);
        return inForce.orElseGet(() -> registry.series(name).get(0));
    }
}
