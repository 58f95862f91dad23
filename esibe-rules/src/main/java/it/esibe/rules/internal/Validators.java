package it.esibe.rules.internal;

import it.esibe.core.validation.ApplicationValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * One Hibernate Validator per message language, built once: bootstrapping a validator factory
 * costs far more than evaluating an application.
 */
final class Validators {

    private static final Map<String, ApplicationValidator> BY_LANGUAGE = new ConcurrentHashMap<>();

    private Validators() {
    }

    static ApplicationValidator forLocale(Locale locale) {
        Locale lang = "it".equals(locale.getLanguage()) ? Locale.ITALIAN : Locale.ENGLISH;
        return BY_LANGUAGE.computeIfAbsent(lang.getLanguage(), l -> create(lang));
    }

    @SuppressWarnings("resource") // lives as long as the JVM, shared by every evaluator
    private static ApplicationValidator create(Locale lang) {
        // Parameter interpolation only: messages never evaluate expressions, so no input can inject EL.
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH, Locale.ITALIAN), lang,
                        false))
                .buildValidatorFactory();
        return new ApplicationValidator(factory.getValidator());
    }
}
