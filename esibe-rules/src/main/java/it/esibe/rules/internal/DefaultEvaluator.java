package it.esibe.rules.internal;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import it.esibe.core.model.Program;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Evidence;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyFamily;
import it.esibe.core.validation.ApplicationValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The evaluator of ESIBE-RULES-v1: validates (format constraints and taxonomy codes), then runs
 * every criterion in ruleset order and applies the outcome rule.
 *
 * <p>Every violation, whether the reader found it or validation did, is rendered by the
 * evaluator's {@link MessageCatalog} in its language, and a record lists at most
 * {@code maxViolations} of them, in document order, then one saying how many more there are: a
 * hostile record cannot make its decision grow without bound.
 *
 * <p>Thread-safety: immutable and thread-safe; its only shared state is the validator factory of
 * {@code Validators} (when Hibernate Validator was asked for), the concurrent text cache of its
 * direct validator and the concurrent template cache of its {@link MessageCatalog}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class DefaultEvaluator implements ApplicationEvaluator {

    /** The key of the note a reader adds when it stops listing a record's problems. */
    private static final String READER_NOTE = "read.record.moreProblems";

    /** The rulesets to choose from, oldest first; exactly one when pinned. */
    private final List<Resolved> rulesets;
    private final boolean dated;
    private final Evidence evidence;
    private final MessageCatalog messages;
    private final int maxViolations;
    private final @Nullable LocalDate fixedDate;
    private final @Nullable Integer fixedYear;
    private final Locale locale;
    /** The format constraints' check: the direct one unless Hibernate Validator was asked for. */
    private final ApplicationValidator validator;
    private final boolean explanations;
    private final boolean inputHashes;
    private final boolean facts;

    /** A ruleset with its parameter hash, computed once rather than for every decision. */
    private record Resolved(Ruleset ruleset, String parametersSha256, Taxonomy taxonomy) {
        Decision.Builder stamp(Decision.Builder d) {
            return d.ruleset(ruleset.id()).rulesetStamp(ruleset.version(), parametersSha256);
        }
    }

    /**
     * An evaluator choosing among {@code rulesets} (oldest first) by reference date when
     * {@code dated}, else applying the only one, each ruleset judging codes against the taxonomy
     * {@code taxonomies} gives it; a null date or year means "derive from each application"
     * (ESIBE-RULES-v1); {@code explanations} false asks the criteria not to render their messages.
     * The {@code messages} catalog renders violation messages in {@code locale} and the criteria's
     * explanations in its languages; a decision lists at most {@code maxViolations} violations.
     * With {@code inputHashes}, {@link #evaluate(Application)} stamps each decision with the
     * application's {@code inputSha256}. Without {@code facts}, criterion results lose the facts
     * and parameters they state. With {@code hibernateValidator}, the format constraints are checked
     * by Hibernate Validator (bootstrapped on first use), otherwise by {@link ApplicationValidator#direct}, which a
     * property test holds to the same violations.
     */
    public DefaultEvaluator(List<Ruleset> rulesets, boolean dated, Function<Ruleset, Taxonomy> taxonomies,
            Evidence evidence, MessageCatalog messages, int maxViolations,
            @Nullable LocalDate fixedDate, @Nullable Integer fixedYear, Locale locale, boolean explanations,
            boolean inputHashes, boolean facts, boolean hibernateValidator) {
        List<Ruleset> sorted = new ArrayList<>(rulesets);
        sorted.sort(Comparator.comparing(Ruleset::effectiveFrom));
        this.rulesets = sorted.stream().map(r -> new Resolved(r, r.parametersSha256(), taxonomies.apply(r))).toList();
        this.dated = dated;
        this.evidence = evidence;
        this.messages = messages;
        this.maxViolations = maxViolations;
        this.fixedDate = fixedDate;
        this.fixedYear = fixedYear;
        this.locale = locale;
        this.validator = hibernateValidator ? Validators.of(messages, locale)
                : ApplicationValidator.direct(messages, locale);
        this.explanations = explanations;
        this.inputHashes = inputHashes;
        this.facts = facts;
    }

    /** {@inheritDoc} For an evaluator that follows a series, the id of the latest ruleset of the series. */
    @Override
    public String rulesetId() {
        return latest().ruleset().id();
    }

    @Override
    public MessageCatalog messages() {
        return messages;
    }

    @Override
    public Locale language() {
        return locale;
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

    /** {@inheritDoc} With input hashes on, the decision carries the application's {@code inputSha256}. */
    @Override
    public Decision evaluate(Application application) {
        return evaluate(inputHashes
                ? ApplicationRecord.builder().application(application).inputSha256(application.inputSha256()).build()
                : ApplicationRecord.of(application));
    }

    @Override
    public Decision evaluate(ApplicationRecord record) {
        Application application = record.application();
        Decision.Builder decision = Decision.builder().inputSha256(record.inputSha256()).position(record.position());
        return application == null ? reject(record, decision) : evaluate(application, record, decision);
    }

    private Decision evaluate(Application application, ApplicationRecord record, Decision.Builder decision) {
        decision.applicationId(application.applicationId());
        LocalDate referenceDate = fixedDate != null ? fixedDate : application.submittedOn();
        Integer referenceYear = fixedYear != null ? fixedYear
                : referenceDate == null ? null : referenceDate.getYear() - 1;
        decision.referenceDate(referenceDate).referenceYear(referenceYear);
        Resolved resolved = referenceDate == null ? latest() : inForce(referenceDate);
        // Codes are judged by the taxonomy of the ruleset that decides (the series' first for a date before it).
        List<Violation> violations = violations(application, record.violations(),
                (resolved == null ? rulesets.get(0) : resolved).taxonomy());
        if (violations.isEmpty() && resolved == null) {
            // Only a submittedOn can precede the series: a fixed date was checked when building.
            Ruleset earliest = rulesets.get(0).ruleset();
            return rulesets.get(0).stamp(decision).violations(located(record, List.of(violation("submittedOn",
                    Message.of("violation.beforeSeries", MessageArg.date(referenceDate),
                            MessageArg.text(earliest.series()), MessageArg.text(earliest.id()),
                            MessageArg.date(earliest.effectiveFrom())))))).build();
        }
        if (resolved == null) {
            resolved = rulesets.get(0);
        }
        resolved.stamp(decision);
        Ruleset ruleset = resolved.ruleset();
        if (!violations.isEmpty() || referenceDate == null || referenceYear == null) {
            if (violations.isEmpty()) {
                // Unreachable for a validated application, whose submittedOn is required.
                violations = List.of(violation("submittedOn",
                        Message.of("jakarta.validation.constraints.NotNull.message")));
            }
            return decision.violations(located(record, violations)).build();
        }
        CriterionContext context = new EvaluationContext(application, referenceDate, referenceYear,
                ruleset.parameters(), resolved.taxonomy(), explanations, evidence, messages);
        List<CriterionResult> results = new ArrayList<>(ruleset.criteria().size());
        for (Criterion c : ruleset.criteria()) {
            CriterionResult result = run(c, context);
            results.add(facts ? result : result.withoutFacts());
        }
        return decision.criteria(results).build();
    }

    /** The {@code INVALID} decision on a record that is no application at all. */
    private Decision reject(ApplicationRecord record, Decision.Builder decision) {
        Integer year = fixedYear != null ? fixedYear : fixedDate == null ? null : fixedDate.getYear() - 1;
        Resolved resolved = fixedDate == null ? latest() : inForce(fixedDate);
        if (resolved == null) {
            resolved = latest();
        }
        return resolved.stamp(decision).applicationId(record.applicationId()).referenceDate(fixedDate)
                .referenceYear(year).violations(located(record, bounded(new TreeSet<>(inLanguage(record.violations())))))
                .build();
    }

    /** {@code violations} with the record's location of each (a CSV file's row and column), in this language. */
    private List<Violation> located(ApplicationRecord record, List<Violation> violations) {
        List<Violation> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(record.located(v, messages, locale));
        }
        return out;
    }

    private Violation violation(String path, Message message) {
        return Violation.rendered(path, message, messages, locale);
    }

    /** The reader's violations, rendered again in this evaluator's language where they can be. */
    private List<Violation> inLanguage(List<Violation> violations) {
        List<Violation> out = new ArrayList<>(violations.size());
        for (Violation v : violations) {
            out.add(v.in(messages, locale));
        }
        return out;
    }

    /**
     * At most {@code maxViolations} violations, in order, then one saying how many more there are.
     * A reader's own note that it stopped listing (core message {@code read.record.moreProblems})
     * is no violation to count or cut: it is kept, last.
     */
    private List<Violation> bounded(TreeSet<Violation> all) {
        List<Violation> kept = new ArrayList<>(Math.min(all.size(), maxViolations) + 2);
        List<Violation> notes = new ArrayList<>(1);
        long left = 0;
        for (Violation v : all) {
            if (v.source().map(m -> READER_NOTE.equals(m.key())).orElse(false)) {
                notes.add(v);
            } else if (kept.size() < maxViolations) {
                kept.add(v);
            } else {
                left++;
            }
        }
        if (left > 0) {
            kept.add(violation("", Message.of("violation.more", MessageArg.count(left))));
        }
        kept.addAll(notes);
        return kept;
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
        List<Violation> constraints = validator.validate(application);
        List<Violation> codes = taxonomyViolations(application, taxonomy);
        if (readViolations.isEmpty() && constraints.isEmpty() && codes.isEmpty()) {
            // The valid application, the common case: no set to sort nothing into.
            return List.of();
        }
        TreeSet<Violation> all = new TreeSet<>(inLanguage(readViolations));
        for (Violation v : constraints) {
            if (readViolations.stream().noneMatch(r -> covers(r.path(), v.path()))) {
                all.add(v);
            }
        }
        all.addAll(codes);
        return bounded(all);
    }

    /** Whether a reader's problem at {@code readPath} already explains a constraint violation at {@code path}. */
    private static boolean covers(String readPath, String path) {
        return !readPath.isEmpty() && (path.equals(readPath) || path.startsWith(readPath + ".")
                || path.startsWith(readPath + "["));
    }

    private List<Violation> taxonomyViolations(Application application, Taxonomy taxonomy) {
        List<Violation> out = new ArrayList<>(0);
        List<Program> programs = application.programs();
        for (int i = 0; i < programs.size(); i++) {
            Program p = programs.get(i);
            if (p == null) {
                continue;
            }
            if (unknownCode(p.technology(), taxonomy, TaxonomyFamily::isTechnology)) {
                out.add(violation("programs[" + i + "].technology", Message.of("violation.technology",
                        MessageArg.text(p.technology()), codes(taxonomy, TaxonomyFamily::isTechnology))));
            }
            List<String> priorities = p.priorities();
            for (int j = 0; priorities != null && j < priorities.size(); j++) {
                String code = priorities.get(j);
                if (unknownCode(code, taxonomy, TaxonomyFamily::isPriority)) {
                    out.add(violation("programs[" + i + "].priorities[" + j + "]", Message.of("violation.priority",
                            MessageArg.text(code), codes(taxonomy, TaxonomyFamily::isPriority))));
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code code} is present and not a code of {@code family}. A code that is not even text
     * (a control character, a broken surrogate) is left to the format's text rule, which says so,
     * rather than repeated inside this message.
     */
    private static boolean unknownCode(@Nullable String code, Taxonomy taxonomy, Predicate<TaxonomyFamily> family) {
        if (code == null || taxonomy.isCodeOf(code, family)) {
            return false;
        }
        for (int k = 0; k < code.length(); k++) {
            char c = code.charAt(k);
            if (Character.isSurrogate(c) || Character.getType(c) == Character.CONTROL) {
                return false;
            }
        }
        return true;
    }

    /** The codes of {@code family}, each with its label in the message's language. */
    private static MessageArg codes(Taxonomy taxonomy, Predicate<TaxonomyFamily> family) {
        return MessageArg.join(", ", taxonomy.entries().stream().filter(e -> family.test(e.family()))
                .map(MessageArg::code).toList());
    }
}
