package it.esibe.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.Location;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.Program;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Properties;
import java.util.Locale;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageCatalog;
import org.junit.jupiter.api.Test;

/** The message bundles: complete in both languages and free of EL, which the evaluator cannot run. */
class ValidationMessagesTest {

    private static final List<Class<?>> CONSTRAINTS = List.of(PartitaIva.class, PatentNumber.class,
            CountryCode.class, EuroAmount.class, RdItalyWithinTotal.class, UniqueFiscalYears.class,
            CapitalSharesAtMost100.class, WoPatentNotGranted.class, LicenceExpiryOnlyIfLicensed.class,
            NoDuplicates.class, Share.class, Headcount.class, Text.class);

    private static final List<Class<?>> MODEL = List.of(Application.class, Company.class, Location.class,
            FiscalYear.class, Patent.class, Program.class, Ownership.class, Holder.class, Participation.class);

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(in);
        }
        return properties;
    }

    private static String defaultKey(Class<?> constraint) throws ReflectiveOperationException {
        Method message = constraint.getMethod("message");
        String template = (String) message.getDefaultValue();
        assertThat(template).startsWith("{it.esibe.validation.").endsWith(".message}");
        return template.substring(1, template.length() - 1);
    }

    @Test
    void everyConstraintHasAnEnglishAndAnItalianMessage() throws Exception {
        Properties english = load("ContributorValidationMessages.properties");
        Properties italian = load("ContributorValidationMessages_it.properties");
        for (Class<?> constraint : CONSTRAINTS) {
            String key = defaultKey(constraint);
            assertThat(english.getProperty(key)).as(key).isNotBlank();
            assertThat(italian.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
        }
        assertThat(italian.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void noMessageUsesExpressionLanguage() throws Exception {
        for (String bundle : List.of("ContributorValidationMessages.properties", "ContributorValidationMessages_it.properties")) {
            Properties messages = load(bundle);
            for (String key : messages.stringPropertyNames()) {
                assertThat(messages.getProperty(key)).as(bundle + " " + key).doesNotContain("${").doesNotContain("$");
            }
        }
    }

    /** The message templates the model's constraints use, on fields and on the records themselves. */
    private static List<String> modelTemplates() throws ReflectiveOperationException {
        List<Annotation> annotations = new ArrayList<>();
        for (Class<?> type : MODEL) {
            annotations.addAll(List.of(type.getAnnotations()));
            for (Field field : type.getDeclaredFields()) {
                annotations.addAll(List.of(field.getAnnotations()));
            }
        }
        List<String> templates = new ArrayList<>();
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class)) {
                templates.add((String) annotation.annotationType().getMethod("message").invoke(annotation));
            }
        }
        return templates;
    }

    @Test
    void everyEsibeKeyTheModelUsesExistsInBothLanguages() throws Exception {
        Properties english = load("ContributorValidationMessages.properties");
        Properties italian = load("ContributorValidationMessages_it.properties");
        List<String> keys = modelTemplates().stream()
                .filter(t -> t.startsWith("{it.esibe."))
                .map(t -> t.substring(1, t.length() - 1))
                .distinct()
                .toList();

        assertThat(keys).contains("it.esibe.validation.PartitaIva.message", "it.esibe.validation.Share.message",
                "it.esibe.validation.Priorities.message");
        assertThat(english.stringPropertyNames()).containsAll(keys);
        assertThat(italian.stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyTemplateTheModelUsesRendersInBothLanguagesThroughEsibesCatalog() throws Exception {
        for (String template : modelTemplates()) {
            String key = template.substring(1, template.length() - 1);
            assertThat(MessageCatalog.builtIn().knows(key)).as(key).isTrue();
            String english = MessageCatalog.builtIn().render(Locale.ENGLISH, Message.of(key));
            String italian = MessageCatalog.builtIn().render(Locale.ITALIAN, Message.of(key));
            assertThat(italian).as(key).isNotEqualTo(english);
        }
    }

    /**
     * Words of English that never appear in Italian prose: an Italian message holding one is an
     * untranslated message, or a message with a Java or JSON name in it.
     */
    static final List<String> ENGLISH_WORDS = List.of("must", "the", "is", "not", "allowed", "property", "unknown",
            "number", "required", "should", "only", "value", "with", "too", "large", "least", "most", "missing");

    @Test
    void noItalianMessageOfCoreHoldsAnEnglishWord() throws Exception {
        Properties english = new Properties();
        english.putAll(load("ContributorValidationMessages.properties"));
        english.putAll(load("it/esibe/core/message/messages.properties"));
        for (String key : english.stringPropertyNames()) {
            String italian = MessageCatalog.builtIn().render(Locale.ITALIAN, Message.named(key, java.util.Map.of()));
            // Unfilled {slots} are names of arguments, not words of the message.
            for (String word : italian.replaceAll("\\{[^}]*\\}", "").toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                assertThat(ENGLISH_WORDS).as("%s in Italian: %s", key, italian).doesNotContain(word);
            }
        }
    }
}
