package it.esibe.core.spi;

import it.esibe.core.decision.Verdict;
import it.esibe.core.message.Message;
import it.esibe.core.ruleset.ParameterKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a criterion says about itself for a rules reference: the report section it implements, the
 * report's own words, the rule it applies, the reading it takes where the report is ambiguous, what
 * each possible result means, its remedies and the parameters it reads.
 *
 * <p>Every text is a message key, rendered in each language by the message providers (the
 * criterion's own provider ships the patterns, as it does for its explanations), so one description
 * serves Italian, English and any language a provider adds. The report's words are the exception:
 * they are quoted as the report wrote them, in Italian, whatever the language of the page.
 *
 * <p>A criterion that does not describe itself returns {@link #undescribed()} from
 * {@link Criterion#description()} and still gets a minimal section (its id and citation) in a
 * rules reference.
 *
 * <p>Patterns are {@link java.text.MessageFormat} patterns rendered without arguments: write a
 * literal apostrophe as {@code ''}.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param titleKey the key of the criterion's name, such as "Minimum yearly R&amp;D"; null when undescribed
 * @param sectionKey the key of the report section it implements, in words ("§5.3, first and second bullets")
 * @param quotes the report's words the criterion rests on, verbatim and in Italian
 * @param ruleKey the key of the rule it applies, stated in full
 * @param readingKeys the keys of the readings it takes where the report is ambiguous, each with its reason
 * @param resultKeys the key of what each result it can give means, in the order {@code PASS, FAIL, UNKNOWN}
 * @param remedyKeys the keys of its remedies: what an applicant can change to pass
 * @param parameters the ruleset parameters it reads
 * @param neutralisedBy the ruleset that neutralised the criterion, or null
 * @param neutralisedBecause why it was neutralised, in the reform's words, or null
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CriterionDescription(@Nullable String titleKey, @Nullable String sectionKey, List<String> quotes,
        @Nullable String ruleKey, List<String> readingKeys, Map<Verdict, String> resultKeys, List<String> remedyKeys,
        List<ParameterKey<?>> parameters, @Nullable String neutralisedBy, @Nullable String neutralisedBecause) {

    private static final CriterionDescription UNDESCRIBED = new CriterionDescription(null, null, List.of(), null,
            List.of(), Map.of(), List.of(), List.of(), null, null);

    /**
     * Copies the lists and checks every key.
     *
     * @throws IllegalArgumentException for a malformed message key, a blank quote, or only one of
     *     the two neutralisation fields
     */
    public CriterionDescription {
        quotes = List.copyOf(quotes);
        readingKeys = List.copyOf(readingKeys);
        remedyKeys = List.copyOf(remedyKeys);
        parameters = List.copyOf(parameters);
        EnumMap<Verdict, String> results = new EnumMap<>(Verdict.class);
        results.putAll(resultKeys);
        resultKeys = Collections.unmodifiableMap(results);
        for (String quote : quotes) {
            if (quote.isBlank()) {
                throw new IllegalArgumentException("a quote of the report must not be blank");
            }
        }
        // Message's factory checks the shape of each key.
        for (String key : keys(titleKey, sectionKey, ruleKey, readingKeys, resultKeys, remedyKeys)) {
            Message.of(key);
        }
        if ((neutralisedBy == null) != (neutralisedBecause == null)) {
            throw new IllegalArgumentException("a neutralised criterion names both the ruleset and the reason");
        }
    }

    /** {@return the description of a criterion that says nothing about itself: a rules reference shows its id and citation} */
    public static CriterionDescription undescribed() {
        return UNDESCRIBED;
    }

    /** {@return a builder of a description; the title key is required} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return whether the criterion describes itself (it has a title), rather than being {@link #undescribed()}} */
    public boolean described() {
        return titleKey != null;
    }

    /** {@return whether a reform neutralised the criterion: it always passes in that ruleset} */
    public boolean neutralised() {
        return neutralisedBy != null;
    }

    /**
     * This description of a criterion that reform {@code rulesetId} neutralised.
     *
     * @param rulesetId the id of the ruleset the reform built
     * @param reason the reform's reason, shown as it is in every language
     * @return a copy marked as neutralised
     */
    public CriterionDescription neutralisedBy(String rulesetId, String reason) {
        return new CriterionDescription(titleKey, sectionKey, quotes, ruleKey, readingKeys, resultKeys, remedyKeys,
                parameters, Objects.requireNonNull(rulesetId, "rulesetId"), Objects.requireNonNull(reason, "reason"));
    }

    /**
     * {@return every message key of the description, in the order a page shows them} A test can
     * check that its message provider has each of them in every language.
     */
    public Set<String> messageKeys() {
        return Collections.unmodifiableSet(keys(titleKey, sectionKey, ruleKey, readingKeys, resultKeys, remedyKeys));
    }

    private static Set<String> keys(@Nullable String title, @Nullable String section, @Nullable String rule,
            List<String> readings, Map<Verdict, String> results, List<String> remedies) {
        Set<String> all = new LinkedHashSet<>();
        for (String k : new String[] {title, section, rule}) {
            if (k != null) {
                all.add(k);
            }
        }
        all.addAll(readings);
        all.addAll(results.values());
        all.addAll(remedies);
        return all;
    }

    /**
     * Builds a {@link CriterionDescription}.
     *
     * <p>Not thread-safe; the description it builds is immutable.
     *
     * @since 0.1.0
     */
    public static final class Builder {
        private @Nullable String title;
        private @Nullable String section;
        private final List<String> quotes = new ArrayList<>();
        private @Nullable String rule;
        private final List<String> readings = new ArrayList<>();
        private final Map<Verdict, String> results = new EnumMap<>(Verdict.class);
        private final List<String> remedies = new ArrayList<>();
        private final List<ParameterKey<?>> parameters = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the key of the criterion's name.
         *
         * @param key such as {@code rules.rdMin.title}
         * @return this builder
         */
        public Builder title(String key) {
            this.title = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * Sets the key of the report section, in words.
         *
         * @param key such as {@code rules.rdMin.section}
         * @return this builder
         */
        public Builder section(String key) {
            this.section = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * Adds words of the report, verbatim and in Italian, which the criterion rests on.
         *
         * @param words such as {@code "non essere in fase commerciale"}
         * @return this builder
         */
        public Builder quote(String words) {
            quotes.add(Objects.requireNonNull(words, "words"));
            return this;
        }

        /**
         * Sets the key of the rule, stated in full.
         *
         * @param key such as {@code rules.rdMin.rule}
         * @return this builder
         */
        public Builder rule(String key) {
            this.rule = Objects.requireNonNull(key, "key");
            return this;
        }

        /**
         * Adds the key of a reading the criterion takes where the report is ambiguous.
         *
         * @param key such as {@code rules.rdMin.reading.routes}
         * @return this builder
         */
        public Builder reading(String key) {
            readings.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Sets the key of what result {@code verdict} means.
         *
         * @param verdict the result
         * @param key such as {@code rules.rdMin.result.FAIL}
         * @return this builder
         */
        public Builder result(Verdict verdict, String key) {
            results.put(Objects.requireNonNull(verdict, "verdict"), Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Adds the key of a remedy.
         *
         * @param key such as {@code rules.rdMin.remedy}
         * @return this builder
         */
        public Builder remedy(String key) {
            remedies.add(Objects.requireNonNull(key, "key"));
            return this;
        }

        /**
         * Adds parameters the criterion reads.
         *
         * @param keys the parameters' keys, such as {@code InterimParameters.RD_MIN_PRECISION_MEDICINE}
         * @return this builder
         */
        public Builder parameters(ParameterKey<?>... keys) {
            for (ParameterKey<?> k : keys) {
                parameters.add(Objects.requireNonNull(k, "key"));
            }
            return this;
        }

        /**
         * {@return the description}
         *
         * @throws IllegalStateException without a title
         * @throws IllegalArgumentException for a malformed key or a blank quote
         */
        public CriterionDescription build() {
            if (title == null) {
                throw new IllegalStateException("a description needs a title key; a criterion without one"
                        + " returns CriterionDescription.undescribed()");
            }
            return new CriterionDescription(title, section, quotes, rule, readings, results, remedies, parameters,
                    null, null);
        }
    }
}
