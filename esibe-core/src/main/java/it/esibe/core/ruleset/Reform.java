package it.esibe.core.ruleset;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Verdict;
import it.esibe.core.message.MessageArg;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionDescription;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.CriterionContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Derives a ruleset from another, in the sense of OpenFisca's reforms: override parameters, add,
 * replace or neutralise criteria, and give the result its own id, version, date and series.
 * Obtain one from {@link Ruleset#derive(String)}.
 *
 * <p>The base ruleset is unchanged, so decisions made under it stay reproducible. A reform that
 * changes nothing yields a ruleset that decides every application as its base does (only the
 * decision's ruleset id differs).
 *
 * <p>Every method checks its arguments at once: an unknown parameter or criterion id is a
 * {@link ConfigurationException} naming what is known.
 *
 * <p>Thread-safety: a reform is mutable and not thread-safe; the ruleset it builds is immutable.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Reform {

    private final Ruleset base;
    private final String id;
    private String series;
    private String version;
    private LocalDate effectiveFrom;
    private RulesetParameters parameters;
    private final List<Criterion> criteria;
    private final Set<String> namespaces;

    Reform(Ruleset base, String id) {
        this.base = base;
        this.id = Objects.requireNonNull(id, "id");
        this.series = id;
        this.version = base.version();
        this.effectiveFrom = base.effectiveFrom();
        this.parameters = base.parameters();
        this.criteria = new ArrayList<>(base.criteria());
        this.namespaces = new TreeSet<>(base.namespaces());
    }

    /**
     * Lets applications judged by the derived ruleset use the codes of taxonomy namespace
     * {@code namespace} (such as {@code LOM}) beside the national ones. The namespace must be
     * contributed by a taxonomy provider of the registry the ruleset is registered in.
     *
     * @param namespace a taxonomy provider's namespace
     * @return this reform
     */
    public Reform acceptNamespace(String namespace) {
        namespaces.add(Objects.requireNonNull(namespace, "namespace"));
        return this;
    }

    /**
     * Puts the derived ruleset in {@code series}; by default it is a series of its own. Give it
     * the base's series to make it the base's successor from its {@link #effectiveFrom} date.
     *
     * @param name the series, such as {@code esibe}
     * @return this reform
     */
    public Reform series(String name) {
        this.series = Objects.requireNonNull(name, "name");
        return this;
    }

    /**
     * Sets the derived ruleset's version (by default the base's).
     *
     * @param value the version, such as {@code 1}
     * @return this reform
     */
    public Reform version(String value) {
        this.version = Objects.requireNonNull(value, "value");
        return this;
    }

    /**
     * Sets the first reference date the derived ruleset applies to (by default the base's).
     *
     * @param date the date
     * @return this reform
     */
    public Reform effectiveFrom(LocalDate date) {
        this.effectiveFrom = Objects.requireNonNull(date, "date");
        return this;
    }

    /**
     * Overrides parameter {@code key}, which the base must have: the typed path, where a value of
     * the wrong type does not compile ({@code parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE,
     * 1500000)}, an {@code Integer}, is rejected by the compiler).
     *
     * @param <T> the type of the parameter's values
     * @param key an existing parameter's key, such as {@code InterimParameters.RD_MIN_PRECISION_MEDICINE}
     * @param value its new value, within the key's range (an amount has at most 2 decimals and is
     *     not negative; a share is from 0 to 1)
     * @return this reform
     * @throws ConfigurationException if there is no such parameter, it has a key of another kind, or
     *     the value is out of range
     */
    public <T> Reform parameter(ParameterKey<T> key, T value) {
        parameters = parameters.with(key, value);
        return this;
    }

    /**
     * Overrides parameter {@code name} with the value written as {@code value}: the path of reforms
     * read from files. The text must be what the parameter's key allows ({@link ParameterKey#kind()}):
     * a decimal number in plain notation with ASCII digits ({@code 1500000.00}, no exponent, no
     * grouping) within the key's range, {@code true} or {@code false}, or the exact name of an enum
     * constant.
     *
     * @param name an existing parameter's name, such as {@code rd.min.precisionMedicine}
     * @param value the value as written, such as {@code 1500000.00} or {@code WAIVE_TEST}
     * @return this reform
     * @throws ConfigurationException if there is no such parameter, or saying what the parameter is
     *     and what was given ("parameter rd.min.precisionMedicine is an amount in euro from 0 to
     *     999999999999999.99 with at most 2 decimals, such as 1500000.00; got "abc""), with the
     *     allowed constants of an enum
     */
    public Reform parameter(String name, String value) {
        parameters = parameters.parsed(name, value);
        return this;
    }

    /**
     * Adds a parameter that the base does not have, for a criterion this reform adds.
     *
     * @param <T> the type of the parameter's values
     * @param key a new parameter's key, best named under the extension's own prefix ({@code lom.…})
     * @param value its value, within the key's range
     * @return this reform
     * @throws ConfigurationException if the parameter exists already or the value is out of range
     */
    public <T> Reform addParameter(ParameterKey<T> key, T value) {
        parameters = parameters.plus(key, value);
        return this;
    }

    /**
     * Appends {@code criterion} after the existing criteria.
     *
     * @param criterion a criterion whose id is not yet in the ruleset
     * @return this reform
     * @throws ConfigurationException if its id is already present
     */
    public Reform add(Criterion criterion) {
        checkNew(criterion);
        criteria.add(criterion);
        return this;
    }

    /**
     * Inserts {@code criterion} right after criterion {@code existingId}.
     *
     * @param existingId the id of a criterion of the ruleset
     * @param criterion a criterion whose id is not yet in the ruleset
     * @return this reform
     * @throws ConfigurationException if {@code existingId} is unknown or the new id is present
     */
    public Reform addAfter(String existingId, Criterion criterion) {
        int at = indexOf(existingId);
        checkNew(criterion);
        criteria.add(at + 1, criterion);
        return this;
    }

    /**
     * Replaces criterion {@code existingId} by {@code criterion}, in the same position.
     *
     * @param existingId the id of a criterion of the ruleset
     * @param criterion its replacement; its id may differ but must not repeat another criterion's
     * @return this reform
     * @throws ConfigurationException if {@code existingId} is unknown or the new id repeats another
     */
    public Reform replace(String existingId, Criterion criterion) {
        int at = indexOf(existingId);
        Objects.requireNonNull(criterion, "criterion");
        if (!criterion.id().equals(existingId)) {
            checkNew(criterion);
        }
        criteria.set(at, criterion);
        return this;
    }

    /**
     * Neutralises criterion {@code existingId}: it stays in every decision, in its place and with
     * its citation, but always passes, and its message says which ruleset neutralised it and why,
     * so that the applicant can see that the requirement was waived rather than met.
     *
     * @param existingId the id of a criterion of the ruleset
     * @param reason why, in the words to show the applicant (the same text in both languages)
     * @return this reform
     * @throws ConfigurationException if {@code existingId} is unknown or the reason blank
     */
    public Reform neutralise(String existingId, String reason) {
        int at = indexOf(existingId);
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new ConfigurationException("neutralising " + existingId + " in ruleset " + id + " needs a reason");
        }
        criteria.set(at, new Neutralised(criteria.get(at), id, reason));
        return this;
    }

    /**
     * {@return the derived ruleset}
     *
     * @throws ConfigurationException if the id or series is malformed
     */
    public Ruleset build() {
        return new Ruleset(id, series, version, effectiveFrom, parameters, criteria, namespaces);
    }

    private int indexOf(String existingId) {
        Objects.requireNonNull(existingId, "existingId");
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).id().equals(existingId)) {
                return i;
            }
        }
        throw new ConfigurationException("reform " + id + " of ruleset " + base.id() + ": no criterion "
                + existingId + "; known: " + criteria.stream().map(Criterion::id).toList());
    }

    private void checkNew(Criterion criterion) {
        Objects.requireNonNull(criterion, "criterion");
        if (criteria.stream().anyMatch(c -> c.id().equals(criterion.id()))) {
            throw new ConfigurationException("reform " + id + " of ruleset " + base.id() + ": criterion "
                    + criterion.id() + " is already present; use replace to change it");
        }
    }

    /**
     * A criterion a reform waived: always PASS, saying so in every language of the evaluator
     * through the message {@code criterion.neutralised} of ESIBE core, like any other criterion.
     */
    private static final class Neutralised implements Criterion {
        private final Criterion original;
        private final String rulesetId;
        private final String reason;

        Neutralised(Criterion original, String rulesetId, String reason) {
            this.original = original;
            this.rulesetId = rulesetId;
            this.reason = reason;
        }

        @Override
        public String id() {
            return original.id();
        }

        @Override
        public String citation() {
            return original.citation();
        }

        @Override
        public String spiVersion() {
            return EsibeSpi.VERSION;
        }

        @Override
        public CriterionDescription description() {
            return original.description().neutralisedBy(rulesetId, reason);
        }

        @Override
        public CriterionResult evaluate(CriterionContext context) {
            return CriterionResult.builder().id(original.id()).result(Verdict.PASS).message(context.text(
                    "criterion.neutralised", MessageArg.text(rulesetId), MessageArg.text(reason)))
                    .citation(original.citation()).build();
        }

        @Override
        public String toString() {
            return original.id() + " (neutralised)";
        }
    }
}
