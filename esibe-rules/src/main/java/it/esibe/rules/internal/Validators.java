package it.esibe.rules.internal;

import it.esibe.core.validation.ApplicationValidator;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * One Hibernate Validator per message language, built once: bootstrapping a validator factory
 * costs far more than evaluating an application.
 *
 * <p>Any language may be asked for. The messages of ESIBE's constraints come from the files
 * {@code ContributorValidationMessages_<language>.properties} on the class path of ESIBE (ESIBE
 * ships Italian; an embedder adds, say, {@code ContributorValidationMessages_de.properties}; every
 * file of that name is read, as Hibernate Validator aggregates contributor bundles), and, for a key
 * none of them has, from {@code ContributorValidationMessages.properties}: English, never a blank.
 * ESIBE resolves these keys itself because Hibernate Validator, like {@link java.util.ResourceBundle},
 * falls back to the JVM's default locale first, which would turn English messages Italian on an
 * Italian desktop. Messages of the standard constraints ({@code @NotNull}...) are Hibernate
 * Validator's own, which come in many languages, German included.
 */
final class Validators {

    private static final String BUNDLE = "ContributorValidationMessages";
    private static final Map<String, ApplicationValidator> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Validators() {
    }

    static ApplicationValidator forLocale(Locale locale) {
        String code = locale.getLanguage();
        Locale lang = "it".equals(code) ? Locale.ITALIAN
                : code.isEmpty() || "en".equals(code) ? Locale.ENGLISH : Locale.forLanguageTag(code);
        return BY_LANGUAGE.computeIfAbsent(lang.getLanguage(), l -> create(lang));
    }

    @SuppressWarnings("resource") // lives as long as the JVM, shared by every evaluator
    private static ApplicationValidator create(Locale lang) {
        // Parameter interpolation only: messages never evaluate expressions, so no input can inject EL.
        ParameterMessageInterpolator parameters = new ParameterMessageInterpolator(
                Set.copyOf(List.of(Locale.ENGLISH, Locale.ITALIAN, lang)), lang, false);
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ConstraintMessages(parameters, lang, patterns(lang)))
                .buildValidatorFactory();
        return new ApplicationValidator(factory.getValidator());
    }

    /** The messages of ESIBE's constraints in {@code lang}, completed with the English ones. */
    static Map<String, String> patterns(Locale lang) {
        Map<String, String> patterns = new HashMap<>();
        ClassLoader loader = Validators.class.getClassLoader();
        read(loader, BUNDLE + "_" + lang.getLanguage() + ".properties", patterns);
        read(loader, BUNDLE + ".properties", patterns);
        return Map.copyOf(patterns);
    }

    /** Adds the keys of every resource {@code name} not already in {@code into}, in class-path order. */
    private static void read(ClassLoader loader, String name, Map<String, String> into) {
        try {
            for (URL url : Collections.list(loader.getResources(name))) {
                try (InputStream in = url.openStream()) {
                    // As Hibernate Validator reads them: UTF-8, or ISO-8859-1 for a file that is not UTF-8.
                    PropertyResourceBundle bundle = new PropertyResourceBundle(in);
                    for (String key : bundle.keySet()) {
                        into.putIfAbsent(key, bundle.getString(key));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the constraint messages " + name, e);
        }
    }

    /**
     * Puts the pattern of an ESIBE constraint message ({@code {it.esibe.validation.PartitaIva.message}})
     * in place of its key, then leaves the rest (parameters, standard constraints) to Hibernate
     * Validator's parameter interpolator.
     */
    private static final class ConstraintMessages implements MessageInterpolator {

        private final MessageInterpolator delegate;
        private final Locale language;
        private final Map<String, String> patterns;

        ConstraintMessages(MessageInterpolator delegate, Locale language, Map<String, String> patterns) {
            this.delegate = delegate;
            this.language = language;
            this.patterns = patterns;
        }

        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(resolve(template), context);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            String resolved = language.getLanguage().equals(locale.getLanguage()) ? resolve(template) : template;
            return delegate.interpolate(resolved, context, locale);
        }

        private String resolve(String template) {
            int last = template.length() - 1;
            if (last > 1 && template.charAt(0) == '{' && template.charAt(last) == '}') {
                String pattern = patterns.get(template.substring(1, last));
                if (pattern != null) {
                    return pattern;
                }
            }
            return template;
        }
    }
}
