package it.esibe.rules.internal;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import it.esibe.core.model.Program;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Evidence;
import it.esibe.core.spi.MessageProvider;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import it.esibe.core.validation.ApplicationValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The evaluator of ESIBE-RULES-v1: validates (format constraints and taxonomy codes), then runs
 * every criterion in ruleset order and applies the outcome rule.
 *
 * <p>Thread-safety: immutable and thread-safe; its only shared state is the validator cache of
 * {@code Validators}, a concurrent map of thread-safe validators, and the concurrent template cache
 * of its {@link MessageCatalog}.
 */
public final class DefaultEvaluator implements ApplicationEvaluator {

    /** The rulesets to choose from, oldest first; exactly one when pinned. */
    private final List<Resolved> rulesets;
    private final boolean dated;
    private final Evidence evidence;
    private final MessageCatalog messages;
    private final @Nullable LocalDate fixedDate;
    private final @Nullable Integer fixedYear;
    private final Locale locale;
    private final ApplicationValidator validator;
    private final boolean explanations;

    /** A ruleset with its parameter hash, computed once rather than for every decision. */
    private record Resolved(Ruleset ruleset, String parametersSha256, Taxonomy taxonomy) {
        Decision stamp(Decision d) {
            return d.withRulesetStamp(ruleset.version(), parametersSha256);
        }
    }

    /**
     * An evaluator choosing among {@code rulesets} (oldest first) by reference date when
     * {@code dated}, else applying the only one, each ruleset judging codes against the taxonomy
     * {@code taxonomies} gives it; a null date or year means "derive from each application"
     * (ESIBE-RULES-v1); {@code explanations} false asks the criteria not to render their messages.
     * The {@code messages} providers render violation messages in {@code locale} and add the
     * further languages of {@code languages} (language codes such as {@code de}; null for every
     * language of the providers) to the criteria's explanations.
     *
     * @throws it.esibe.core.ConfigurationException for a message provider declaring a malformed language
     */
    public DefaultEvaluator(List<Ruleset> rulesets, boolean dated, Function<Ruleset, Taxonomy> taxonomies,
            Evidence evidence, List<MessageProvider> messages, @Nullable Set<String> languages,
            @Nullable LocalDate fixedDate, @Nullable Integer fixedYear, Locale locale, boolean explanations) {
        List<Ruleset> sorted = new ArrayList<>(rulesets);
        sorted.sort(Comparator.comparing(Ruleset::effectiveFrom));
        this.rulesets = sorted.stream().map(r -> new Resolved(r, r.parametersSha256(), taxonomies.apply(r))).toList();
        this.dated = dated;
        this.evidence = evidence;
        this.messages = MessageCatalog.of(messages, languages);
        this.fixedDate = fixedDate;
        this.fixedYear = fixedYear;
        this.locale = locale;
        this.validator = Validators.forLocale(locale);
        this.explanations = explanations;
    }

    /** {@inheritDoc} For an evaluator that follows a series, the id of the latest ruleset of the series. */
    @Override
    public String rulesetId() {
        return latest().ruleset().id();
    }

    private Resolved latest() {
        return rulesets.get(rulesets.size() - 1);
    }

    /** The ruleset in force at {@code date}, or null when the series starts after it. */
    private @Nullable Resolved inForce(LocalDate date) {
        if (!dated) {
            return rulesets.get(0);
        }
        Resolved found = null;
        for (Resolved r : rulesets) {
            if (!r.ruleset().effectiveFrom().isAfter(date)) {
                found = r;
            }
        }
        return found;
    }

    @Override
    public Decision evaluate(Application application, List<Violation> readViolations) {
        LocalDate referenceDate = fixedDate != null ? fixedDate : application.submittedOn();
        Integer referenceYear = fixedYear != null ? fixedYear
                : referenceDate == null ? null : referenceDate.getYear() - 1;
        Resolved resolved = referenceDate == null ? latest() : inForce(referenceDate);
        // Codes are judged by the taxonomy of the ruleset that decides (the series' first for a date before it).
        List<Violation> violations = violations(application, readViolations,
                (resolved == null ? rulesets.get(0) : resolved).taxonomy());
        if (violations.isEmpty() && resolved == null) {
            // Only a submittedOn can precede the series: a fixed date was checked when building.
            Ruleset earliest = rulesets.get(0).ruleset();
            return rulesets.get(0).stamp(Decision.invalid(application.applicationId(), earliest.id(), referenceDate,
                    referenceYear, List.of(new Violation("submittedOn", messages.render(locale, "violation.beforeSeries",
                            Messages.plain(referenceDate), Messages.plain(earliest.series()),
                            Messages.plain(earliest.id()), Messages.plain(earliest.effectiveFrom()))))));
        }
        if (resolved == null) {
            resolved = rulesets.get(0);
        }
        Ruleset ruleset = resolved.ruleset();
        if (!violations.isEmpty() || referenceDate == null || referenceYear == null) {
            if (violations.isEmpty()) {
                // Unreachable for a validated application, whose submittedOn is required.
                violations = List.of(new Violation("submittedOn", "is required to fix the reference date"));
            }
            return resolved.stamp(Decision.invalid(application.applicationId(), ruleset.id(), referenceDate,
                    referenceYear, violations));
        }
        CriterionContext context = new EvaluationContext(application, referenceDate, referenceYear,
                ruleset.parameters(), resolved.taxonomy(), explanations, evidence, messages);
        List<CriterionResult> results = new ArrayList<>(ruleset.criteria().size());
        for (Criterion c : ruleset.criteria()) {
            results.add(run(c, context));
        }
        return new Decision(application.applicationId(), Outcome.of(results.stream().map(CriterionResult::result)
                .toList()), ruleset.id(), ruleset.version(), resolved.parametersSha256(), referenceDate,
                referenceYear, results, List.of(), null, null);
    }

    @Override
    public Decision reject(@Nullable String applicationId, List<Violation> violations) {
        Integer year = fixedYear != null ? fixedYear : fixedDate == null ? null : fixedDate.getYear() - 1;
        Resolved resolved = fixedDate == null ? latest() : inForce(fixedDate);
        if (resolved == null) {
            resolved = latest();
        }
        return resolved.stamp(Decision.invalid(applicationId, resolved.ruleset().id(), fixedDate, year, violations));
    }

    private static CriterionResult run(Criterion c, CriterionContext context) {
        CriterionResult result;
        try {
            result = c.evaluate(context);
        } catch (RuntimeException e) {
            // A criterion must decide every valid application; throwing is a defect of its code.
            throw new ConfigurationException("criterion " + c.id() + " failed on application "
                    + context.application().applicationId() + ": " + e, e);
        }
        if (result == null || !c.id().equals(result.id())) {
            throw new ConfigurationException("criterion " + c.id() + " returned a result for "
                    + (result == null ? "nothing" : result.id()));
        }
        return result;
    }

    /** The reader's violations, the format constraints not already covered by them, and taxonomy codes. */
    private List<Violation> violations(Application application, List<Violation> readViolations, Taxonomy taxonomy) {
        TreeSet<Violation> all = new TreeSet<>(readViolations);
        for (Violation v : validator.validate(application)) {
            if (readViolations.stream().noneMatch(r -> covers(r.path(), v.path()))) {
                all.add(v);
            }
        }
        all.addAll(taxonomyViolations(application, taxonomy));
        return List.copyOf(all);
    }

    /** Whether a reader's problem at {@code readPath} already explains a constraint violation at {@code path}. */
    private static boolean covers(String readPath, String path) {
        return !readPath.isEmpty() && (path.equals(readPath) || path.startsWith(readPath + ".")
                || path.startsWith(readPath + "["));
    }

    private List<Violation> taxonomyViolations(Application application, Taxonomy taxonomy) {
        List<Violation> out = new ArrayList<>();
        List<Program> programs = application.programs();
        for (int i = 0; i < programs.size(); i++) {
            Program p = programs.get(i);
            if (p == null) {
                continue;
            }
            if (p.technology() != null && !taxonomy.isCodeOf(p.technology(), TaxonomyFamily::isTechnology)) {
                out.add(new Violation("programs[" + i + "].technology", messages.render(locale,
                        "violation.technology", Messages.plain(p.technology()),
                        Messages.plain(codes(taxonomy, TaxonomyFamily::isTechnology)))));
            }
            List<String> priorities = p.priorities();
            for (int j = 0; priorities != null && j < priorities.size(); j++) {
                String code = priorities.get(j);
                if (code != null && !taxonomy.isCodeOf(code, TaxonomyFamily::isPriority)) {
                    out.add(new Violation("programs[" + i + "].priorities[" + j + "]", messages.render(locale,
                            "violation.priority", Messages.plain(code),
                            Messages.plain(codes(taxonomy, TaxonomyFamily::isPriority)))));
                }
            }
        }
        return out;
    }

    private static String codes(Taxonomy taxonomy, Predicate<TaxonomyFamily> family) {
        return taxonomy.entries().stream().filter(e -> family.test(e.family())).map(TaxonomyEntry::code)
                .collect(Collectors.joining(", "));
    }
}
