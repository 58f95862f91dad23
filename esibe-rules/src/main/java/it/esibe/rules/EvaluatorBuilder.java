package it.esibe.rules;

import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.ConfigurationException;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.EvidenceSource;
import it.esibe.core.spi.Registered;
import it.esibe.rules.internal.DefaultEvaluator;
import it.esibe.rules.internal.GuardedEvidence;
import java.util.List;
import java.util.stream.Collectors;
import java.time.LocalDate;
import java.util.Locale;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Configures an {@link ApplicationEvaluator}: which ruleset applies, the evaluation context of
 * ESIBE-RULES-v1 and the language of violation messages. Obtain one from {@link Esibe#evaluator()}
 * or {@link EsibeRegistry#evaluator()}.
 *
 * <p>Which ruleset: unless one is pinned ({@link #ruleset(String)}, {@link #ruleset(Ruleset)}),
 * each application is judged by the ruleset of the series (by default {@code esibe}, the national
 * rulesets) in force at its reference date: the one with the latest effective date not after it.
 * An application whose reference date precedes every ruleset of the series is {@code INVALID},
 * with a violation at {@code submittedOn} that says from when the series applies.
 *
 * <p>Other defaults: reference date = each application's {@code submittedOn}; reference fiscal
 * year {@code Y} = the year before the reference date's; violation messages in English;
 * explanations rendered; no {@code inputSha256} on decisions of applications built in Java
 * ({@link #inputHashes(boolean)}).
 *
 * <p>Thread-safety: a builder is mutable and not thread-safe, so configure it on one thread; the
 * evaluator it builds is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class EvaluatorBuilder {

    private final EsibeRegistry registry;
    private @Nullable Ruleset pinned;
    private @Nullable String pinnedId;
    private String series = Rulesets.NATIONAL_SERIES;
    private @Nullable Taxonomy taxonomy;
    private @Nullable LocalDate referenceDate;
    private @Nullable Integer referenceYear;
    private Locale locale = Locale.ENGLISH;
    private boolean explanations = true;
    private boolean facts = true;
    private @Nullable Set<String> languages;
    private int maxViolations = DEFAULT_MAX_VIOLATIONS;
    private boolean inputHashes;
    private boolean hibernateValidator;

    /**
     * The most violations a decision lists by default (then one saying how many more there are):
     * the same bound ESIBE's readers put on what they find in one record.
     */
    public static final int DEFAULT_MAX_VIOLATIONS = 100;

    EvaluatorBuilder(EsibeRegistry registry) {
        this.registry = registry;
    }

    /**
     * Applies {@code ruleset} to every application, whatever its date; it need not be registered.
     *
     * @param ruleset the ruleset, such as one derived with {@link Ruleset#derive(String)}
     * @return this builder
     */
    public EvaluatorBuilder ruleset(Ruleset ruleset) {
        this.pinned = Objects.requireNonNull(ruleset, "ruleset");
        this.pinnedId = null;
        return this;
    }

    /**
     * Applies the registered ruleset {@code id} to every application, whatever its date: the way to
     * reproduce a decision made under an older ruleset.
     *
     * @param id a ruleset id of the registry, such as {@code esibe-2024-interim}
     * @return this builder; an unknown id is reported by {@link #build()}
     */
    public EvaluatorBuilder ruleset(String id) {
        this.pinnedId = Objects.requireNonNull(id, "id");
        this.pinned = null;
        return this;
    }

    /**
     * Judges each application by the ruleset of {@code name} in force at its reference date
     * (the default series is {@code esibe}).
     *
     * @param name a series of the registry, such as a region's
     * @return this builder; an unknown series is reported by {@link #build()}
     */
    public EvaluatorBuilder series(String name) {
        this.series = Objects.requireNonNull(name, "name");
        this.pinned = null;
        this.pinnedId = null;
        return this;
    }

    /**
     * Judges codes in applications against {@code taxonomy} under every ruleset, instead of each
     * ruleset's taxonomy in the registry ({@link EsibeRegistry#taxonomyFor}: the national codes
     * and those of the namespaces the ruleset accepts).
     *
     * @param taxonomy the taxonomy
     * @return this builder
     */
    public EvaluatorBuilder taxonomy(Taxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        return this;
    }

    /**
     * Judges every application at {@code date} instead of its {@code submittedOn}; unless
     * {@link #referenceYear(int)} is also set, {@code Y} becomes the year before {@code date}'s.
     *
     * @param date the reference date
     * @return this builder
     */
    public EvaluatorBuilder referenceDate(LocalDate date) {
        this.referenceDate = Objects.requireNonNull(date, "date");
        return this;
    }

    /**
     * Takes the "per year" figures from fiscal year {@code year} for every application.
     *
     * @param year the reference fiscal year {@code Y}
     * @return this builder
     */
    public EvaluatorBuilder referenceYear(int year) {
        this.referenceYear = year;
        return this;
    }

    /**
     * Writes violation messages in {@code locale}'s language: Italian, English, or a language a
     * message provider adds (violation keys such as {@code it.esibe.validation.PartitaIva.message},
     * the reader's and the evaluator's alike); a message the language lacks is written in English as
     * a whole.
     *
     * @param locale the language wanted
     * @return this builder
     */
    public EvaluatorBuilder locale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        return this;
    }

    /**
     * Whether criterion results carry explanations in Italian and English, and in every further
     * language of the registry's message providers (the default, {@code true}).
     * With {@code false}, verdicts, outcomes, remedies and violations are unchanged but each criterion
     * result's message is its message key in both languages (such as {@code rdMin.fail.expenditure}):
     * for bulk screening that needs only the verdicts, rendering the figures is most of the cost of a
     * decision. Violation messages are always rendered.
     *
     * @param render whether to render explanations
     * @return this builder
     * @since 0.1.0
     */
    public EvaluatorBuilder explanations(boolean render) {
        this.explanations = render;
        return this;
    }

    /**
     * Whether criterion results list the facts of the application they read and the parameters they
     * compared them with ({@link it.esibe.core.decision.CriterionResult#facts()},
     * {@link it.esibe.core.decision.CriterionResult#parameters()}); the default, {@code true}.
     * With {@code false}, for bulk runs that need only the verdicts, results and their JSON carry
     * neither; verdicts, explanations, remedies, missing facts and the path to eligibility are unchanged.
     *
     * @param list whether to list the facts used
     * @return this builder
     * @since 0.1.0
     */
    public EvaluatorBuilder facts(boolean list) {
        this.facts = list;
        return this;
    }

    /**
     * Sets the most violations an {@code INVALID} decision lists, in document order; when there are
     * more, one last violation at the record's root says how many were left out, so that a hostile
     * record cannot make its decision grow without bound. Default {@value #DEFAULT_MAX_VIOLATIONS}.
     *
     * @param max at least 1
     * @return this builder
     * @throws ConfigurationException if {@code max} is below 1
     * @since 0.1.0
     */
    public EvaluatorBuilder maxViolations(int max) {
        if (max < 1) {
            throw new ConfigurationException("maxViolations must be at least 1, got " + max);
        }
        this.maxViolations = max;
        return this;
    }

    /**
     * Whether {@link ApplicationEvaluator#evaluate(it.esibe.core.model.Application) evaluate(application)}
     * stamps each decision with the application's {@code inputSha256}
     * ({@link it.esibe.core.model.Application#inputSha256()}), for applications built in Java; by
     * default {@code false}, and the decision's {@code inputSha256} is {@code null}.
     *
     * <p>The hash is that of the application's canonical JSON as ESIBE's JSON writer would write it,
     * so a decision made on a Java-built application and one made on the same application written
     * with {@code ApplicationJson.write} and read back carry the same hash. It costs one
     * serialisation and one SHA-256 per decision. A record's decision
     * ({@link ApplicationEvaluator#evaluate(it.esibe.core.ApplicationRecord) evaluate(record)}, the
     * readers' path) carries the record's own hash whatever this setting: that of the record as
     * esibe-io's reader read it, or none.
     *
     * @param compute whether to compute the hash
     * @return this builder
     * @since 0.1.0
     */
    public EvaluatorBuilder inputHashes(boolean compute) {
        this.inputHashes = compute;
        return this;
    }

    /**
     * Checks the format constraints of each application with Hibernate Validator, the standard
     * Jakarta Validation provider, instead of ESIBE's direct check of the same constraints (the
     * default).
     *
     * <p>Both yield the same violations, with the same paths and the same messages in every
     * language (a property test of the build compares them on generated valid and invalid
     * applications); the direct check needs no provider bootstrap, the largest part of a short
     * run's start-up, and no reflective walk of each application. Ask for Hibernate Validator to
     * check the model's constraint annotations reflectively, as an embedder's own
     * {@link it.esibe.core.validation.ApplicationValidator} would. Hibernate
     * Validator is bootstrapped, once per JVM, only when an evaluator built with this option is.
     *
     * @return this builder
     * @since 0.1.0
     */
    public EvaluatorBuilder hibernateValidator() {
        this.hibernateValidator = true;
        return this;
    }

    /**
     * Chooses the further languages, beyond Italian and English, that criterion results carry; by
     * default every language of the registry's message providers. A tool that discovers providers
     * adds only the language its user asked for (German for {@code --lang de}), or none, which
     * leaves decisions exactly as without further languages. A language no provider declares adds
     * nothing: it would only repeat the English text. Violation messages follow {@link #locale}
     * whatever is chosen here.
     *
     * @param languages the languages, such as {@link Locale#GERMAN}; only their language codes count
     * @return this builder
     * @since 0.1.0
     */
    public EvaluatorBuilder languages(Locale... languages) {
        Set<String> codes = new HashSet<>();
        for (Locale l : Objects.requireNonNull(languages, "languages")) {
            codes.add(Objects.requireNonNull(l, "language").getLanguage());
        }
        this.languages = Set.copyOf(codes);
        return this;
    }

    /**
     * {@return a new immutable, thread-safe evaluator with this configuration}
     *
     * @throws ConfigurationException if the pinned ruleset id or the series is unknown, or no
     *     ruleset of the series is in force at a fixed reference date
     */
    public ApplicationEvaluator build() {
        List<Ruleset> candidates;
        boolean dated;
        if (pinned != null) {
            candidates = List.of(pinned);
            dated = false;
        } else if (pinnedId != null) {
            String id = pinnedId;
            candidates = List.of(registry.ruleset(id).orElseThrow(() -> new ConfigurationException(
                    "no ruleset " + id + "; known: " + ids())));
            dated = false;
        } else {
            candidates = registry.series(series);
            dated = true;
            if (candidates.isEmpty()) {
                throw new ConfigurationException("no ruleset of series " + series + "; known series: "
                        + registry.rulesets().stream().map(r -> r.value().series()).distinct()
                                .collect(Collectors.joining(", ")));
            }
            if (referenceDate != null && candidates.get(0).effectiveFrom().isAfter(referenceDate)) {
                throw new ConfigurationException("no ruleset of series " + series + " is in force on " + referenceDate
                        + ": the earliest, " + candidates.get(0).id() + ", applies from "
                        + candidates.get(0).effectiveFrom());
            }
        }
        MessageCatalog catalog = registry.catalog(languages);
        for (Ruleset r : candidates) {
            for (Criterion c : r.criteria()) {
                // A pinned ruleset may never have passed through a registry: its criteria are checked here.
                EsibeSpi.check(c);
                for (String key : c.messageKeys()) {
                    if (!catalog.knows(key)) {
                        throw new ConfigurationException("criterion " + c.id() + " of ruleset " + r.id()
                                + " explains itself with message key " + key + ", which no message provider of the"
                                + " registry has in English; register the provider of its words (such as the one"
                                + " shipped beside its ruleset provider)");
                    }
                }
            }
        }
        for (Ruleset r : candidates) {
            for (String namespace : r.namespaces()) {
                if (taxonomy == null && !registry.hasNamespace(namespace)) {
                    throw new ConfigurationException("ruleset " + r.id() + " accepts taxonomy namespace " + namespace
                            + ", which no taxonomy provider of the registry contributes; register its provider");
                }
            }
        }
        List<EvidenceSource> sources = registry.evidenceSources().stream().map(Registered::value).toList();
        Taxonomy fixed = taxonomy;
        return new DefaultEvaluator(candidates, dated, fixed != null ? r -> fixed : registry::taxonomyFor,
                GuardedEvidence.of(sources, registry.evidenceTimeout()), catalog, maxViolations,
                referenceDate, referenceYear, locale, explanations, inputHashes, facts, hibernateValidator);
    }

    private String ids() {
        return registry.rulesets().stream().map(r -> r.value().id()).collect(Collectors.joining(", "));
    }
}
