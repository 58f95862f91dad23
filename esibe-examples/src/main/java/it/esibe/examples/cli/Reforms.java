package it.esibe.examples.cli;

import it.esibe.core.ConfigurationException;
import it.esibe.core.InvalidInputException;
import it.esibe.core.decision.Violation;
import it.esibe.core.ruleset.ReformDefinition;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Origin;
import it.esibe.io.ReformJson;
import it.esibe.rules.EsibeRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The reform files of one run ({@code --reform FILE}): each is read (esibe-io), its ruleset derived
 * from the rulesets known so far (esibe-rules) and added to the run's registry, so that a later
 * file may derive from an earlier one and {@code --ruleset} may name a derived ruleset.
 *
 * <p>A file that cannot be read is an I/O error (status 1); one that is not a valid reform is a
 * usage error (status 2), with one line per problem: {@code esibe: FILE: PATH: MESSAGE}.
 */
final class Reforms {

    /** The origin the tool gives a ruleset read from a reform file. */
    static final String PROVIDER = "reform file";

    /**
     * One reform file of the run.
     *
     * @param file the file as named on the command line
     * @param definition what it states
     * @param ruleset the ruleset derived from it
     * @param base the ruleset it was derived from
     */
    record Loaded(Path file, ReformDefinition definition, Ruleset ruleset, Ruleset base) {

        /** The parameters the reform changes, each with its value before and after, reason and source. */
        List<ParameterDiff> parameters() {
            List<ParameterDiff> diffs = new ArrayList<>();
            for (ReformDefinition.ParameterChange p : definition.parameters()) {
                Object before = base.parameters().values().get(p.name());
                Object after = ruleset.parameters().values().get(p.name());
                diffs.add(new ParameterDiff(p.name(), before == null ? null : text(before), text(after), p.reason(),
                        p.source()));
            }
            return diffs;
        }
    }

    /**
     * A parameter a reform changes.
     *
     * @param name its name
     * @param before its value in the base, or null when an added criterion brought it
     * @param after its value in the derived ruleset
     * @param reason why
     * @param source where the change comes from
     */
    record ParameterDiff(String name, @org.jspecify.annotations.Nullable String before, String after, String reason,
            String source) {
    }

    /** A parameter's value as the tool shows it: numbers in plain notation, switches and constants by name. */
    static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** Why the reform files of a run could not be loaded; already reported. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        private final int exitCode;

        Failure(int exitCode) {
            super(null, null, false, false);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }

    private final EsibeRegistry registry;
    private final Map<String, Loaded> byId;

    private Reforms(EsibeRegistry registry, Map<String, Loaded> byId) {
        this.registry = registry;
        this.byId = byId;
    }

    /** No reform: the registry as it is. */
    static Reforms none(EsibeRegistry registry) {
        return new Reforms(registry, Map.of());
    }

    /**
     * Reads {@code files} in order and derives each one's ruleset.
     *
     * @throws Failure after reporting on {@code err} why a file could not be read or is no valid reform
     */
    static Reforms load(EsibeRegistry registry, List<Path> files, PrintWriter err) throws Failure {
        EsibeRegistry r = registry;
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        for (Path file : files) {
            ReformDefinition d;
            try {
                d = ReformJson.read(file);
            } catch (IOException e) {
                throw new Failure(Inputs.ioError(err, file, IoErrors.describe(e)));
            } catch (InvalidInputException e) {
                throw invalid(err, file, e.violations());
            }
            Ruleset derived;
            try {
                derived = r.derive(d);
                r = r.withRuleset(derived, new Origin(PROVIDER, Origin.Kind.REGISTERED, String.valueOf(file.getFileName())));
            } catch (InvalidInputException e) {
                throw invalid(err, file, e.violations());
            } catch (ConfigurationException e) {
                // The registry refuses a ruleset it cannot hold (an id another file took): the file's fault.
                throw invalid(err, file, List.of(new Violation("id", String.valueOf(e.getMessage()))));
            }
            loaded.put(derived.id(), new Loaded(file, d, derived, r.ruleset(d.base()).orElseThrow()));
        }
        return new Reforms(r, loaded);
    }

    private static Failure invalid(PrintWriter err, Path file, List<Violation> violations) {
        for (Violation v : violations) {
            err.println("esibe: " + file + ": " + (v.path().isEmpty() ? "" : v.path() + ": ") + v.message());
        }
        err.println("esibe: " + file + " is not a valid reform file (docs/WHATIF.md); nothing was read or written");
        err.flush();
        return new Failure(CommandLine.ExitCode.USAGE);
    }

    /** {@return the registry with every reform's ruleset} */
    EsibeRegistry registry() {
        return registry;
    }

    /** {@return the reform files, in command-line order} */
    List<Loaded> loaded() {
        return List.copyOf(byId.values());
    }

    /** The reform file that derived ruleset {@code id}, if one did. */
    Optional<Loaded> of(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
