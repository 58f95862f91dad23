package it.esibe.core.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** Validators as an embedder builds them: Hibernate Validator with the EL-free interpolator. */
final class TestValidators {

    private TestValidators() {
    }

    /** Messages in {@code locale} whatever the JVM's default locale, so assertions are stable. */
    static Validator inLocale(Locale locale) {
        MessageInterpolator parameters = new ParameterMessageInterpolator();
        MessageInterpolator fixedLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return parameters.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return parameters.interpolate(template, context, locale);
            }
        };
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(fixedLocale)
                .buildValidatorFactory();
        return factory.getValidator();
    }

    /** English messages: the base bundle, which {@link Locale#ROOT} selects without fallback. */
    static Validator english() {
        return inLocale(Locale.ROOT);
    }
}
