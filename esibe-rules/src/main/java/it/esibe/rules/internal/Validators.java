package it.esibe.rules.internal;

import it.esibe.core.ConfigurationException;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.validation.ApplicationValidator;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Validators of applications whose messages come from a {@link MessageCatalog}: the same catalog,
 * message providers and language as the evaluator's explanations, so that one mechanism words every
 * text an applicant reads.
 *
 * <p>One Hibernate Validator factory is bootstrapped for the JVM (bootstrapping costs far more than
 * evaluating an application); each evaluator takes a validator of its own from it with
 * {@code usingContext()}, which shares the factory's metadata and costs next to nothing.
 * Interpolation never evaluates expressions, so no input can inject EL, and no EL implementation is
 * needed.
 */
final class Validators {

    /** The constraint attributes that are no message arguments. */
    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

    private Validators() {
    }

    /**
     * Hibernate Validator announces its version at INFO the first time it starts; an embedding
     * application should not get a log line it never asked for. Through java.util.logging (the
     * backend JBoss Logging picks when the host has no other), that one logger is set to WARNING
     * unless the embedder set a level of its own. Held in a field: java.util.logging holds loggers
     * weakly and would forget the level. A host logging through SLF4J or Log4j sets the level of
     * {@code org.hibernate.validator.internal.util.Version} in its own configuration.
     */
    private static final Logger VERSION_LOG = Logger.getLogger("org.hibernate.validator.internal.util.Version");

    /**
     * The oldest Hibernate Validator supported (docs/EMBEDDING.md, "Dependency floors"): the first of Jakarta
     * Validation 3.0, which every Spring Boot 3 and Quarkus 3 ships or exceeds; the build tests
     * against it (esibe-rules' pom).
     */
    static final String MINIMUM = "8.0.0.Final";

    /** The factory, bootstrapped on first use. */
    private static final class Factory {
        @SuppressWarnings("resource") // lives as long as the JVM, shared by every evaluator
        static final ValidatorFactory INSTANCE = bootstrap();

        private static ValidatorFactory bootstrap() {
            String problem = problem(hibernateValidatorVersion());
            if (problem != null) {
                throw new ConfigurationException(problem);
            }
            if (VERSION_LOG.getLevel() == null) {
                VERSION_LOG.setLevel(Level.WARNING);
            }
            return Validation.byProvider(HibernateValidator.class).configure()
                    .messageInterpolator(new Interpolator(MessageCatalog.builtIn(), Locale.ENGLISH))
                    .buildValidatorFactory();
        }
    }

    /**
     * The version of Hibernate Validator on the class path, or {@code null} when it cannot be told.
     * The package's manifest counts only when it is Hibernate Validator's own: in a shaded jar the
     * package takes the manifest of the jar that holds it, and with it the host's version.
     */
    static @Nullable String hibernateValidatorVersion() {
        Package p = HibernateValidator.class.getPackage();
        if ("hibernate-validator".equals(p.getImplementationTitle())) {
            return p.getImplementationVersion();
        }
        try (java.io.InputStream in = HibernateValidator.class.getResourceAsStream(
                "/META-INF/maven/org.hibernate.validator/hibernate-validator/pom.properties")) {
            if (in == null) {
                return null;
            }
            java.util.Properties pom = new java.util.Properties();
            pom.load(in);
            return pom.getProperty("version");
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /**
     * What is wrong with running on Hibernate Validator {@code version}, or {@code null} when nothing
     * is or the version cannot be told (a shaded jar may drop the manifest that states it).
     */
    static @Nullable String problem(@Nullable String version) {
        if (version == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+).*").matcher(version);
        if (!m.matches()) {
            return null;
        }
        int[] found = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        int[] least = {8, 0, 0}; // MINIMUM
        for (int i = 0; i < least.length; i++) {
            if (found[i] != least[i]) {
                return found[i] > least[i] ? null : "esibe-rules needs Hibernate Validator " + MINIMUM
                        + " or later (Jakarta Validation 3.0 or later), but the class path holds Hibernate Validator "
                        + version + ". Let the esibe-bom or your platform's BOM manage org.hibernate.validator:"
                        + "hibernate-validator and jakarta.validation:jakarta.validation-api, or pin them to "
                        + MINIMUM + " and 3.0.2 or later.";
            }
        }
        return null;
    }

    /** A validator whose messages {@code catalog} renders in {@code language}. */
    static ApplicationValidator of(MessageCatalog catalog, Locale language) {
        return new ApplicationValidator(Factory.INSTANCE.usingContext()
                .messageInterpolator(new Interpolator(catalog, language)).getValidator());
    }

    /**
     * Renders a constraint's message template {@code {key}} as the catalog's message {@code key},
     * with the constraint's attributes ({@code max}, {@code value} …) as named arguments.
     */
    private static final class Interpolator implements MessageInterpolator {

        private final MessageCatalog catalog;
        private final Locale language;

        Interpolator(MessageCatalog catalog, Locale language) {
            this.catalog = catalog;
            this.language = language;
        }

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, language);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            int last = template.length() - 1;
            if (last < 2 || template.charAt(0) != '{' || template.charAt(last) != '}'
                    || !catalog.knows(template.substring(1, last))) {
                // Not one of ESIBE's keys: a literal message an embedder's constraint carries.
                return template;
            }
            Map<String, MessageArg> named = new HashMap<>();
            context.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
                if (!NOT_ARGUMENTS.contains(name)) {
                    named.put(name, MessageArg.attribute(value));
                }
            });
            if (context instanceof HibernateMessageInterpolatorContext hibernate) {
                hibernate.getMessageParameters().forEach((name, value) -> named.put(name, MessageArg.attribute(value)));
            }
            return catalog.render(language, Message.named(template.substring(1, last), named));
        }
    }
}
