package it.esibe.core.validation;

import it.esibe.core.decision.Violation;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import it.esibe.core.validation.internal.ModelValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * Checks an {@link Application} against every rule of the ESIBE-FORMAT-v1 field table that the
 * model's constraints express, and reports each break as a {@link Violation} with a JSON path.
 *
 * <p>The caller supplies the Jakarta Validation {@link Validator} (ESIBE core depends only on the
 * API; Hibernate Validator 9 is the tested provider). The messages are the validator's: configure
 * its message interpolator and locale there. No message uses EL, so Hibernate Validator's
 * {@code ParameterMessageInterpolator} is enough.
 *
 * <p>Paths are relative to the application, in the format spec's notation:
 * {@code fiscalYears[0].rdExpenditureItaly}, {@code patents[1]} for a {@code null} list element,
 * {@code programs[0].priorities[1]} for an element of a list of strings. The model's class-level
 * constraints report at the property they concern ({@code ownership.holders},
 * {@code patents[0].status}); one that named no property would get its object's path, or the empty
 * path on the application itself. Taxonomy membership of programme codes is not checked here: the
 * rules, which own the taxonomy, check it.
 *
 * <p>{@link #direct(MessageCatalog, Locale)} checks the same constraints without a provider.
 *
 * <p>Thread-safety: immutable, and thread-safe because the {@link Validator} it wraps is (Jakarta
 * Validation requires validators to be thread-safe); build one and share it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ApplicationValidator {

    private final Function<Application, List<Violation>> check;

    /**
     * A validator of applications backed by {@code validator}.
     *
     * @param validator a Jakarta Validation validator, typically built once per application
     */
    public ApplicationValidator(Validator validator) {
        Objects.requireNonNull(validator, "validator");
        this.check = application -> validator.validate(application).stream()
                .map(ApplicationValidator::violationOf)
                .sorted()
                .toList();
    }

    private ApplicationValidator(Function<Application, List<Violation>> check) {
        this.check = check;
    }

    /**
     * A validator that checks the same constraints without a Jakarta Validation provider, with
     * messages rendered by {@code catalog} in {@code language}: the check ESIBE's evaluator makes
     * by default.
     *
     * <p>It needs no provider bootstrap. What it checks is derived, once per JVM, from the
     * constraint annotations on the model's records, the ones Hibernate Validator reads; each
     * validation then runs ESIBE's own constraint validators and the built-ins' checks directly,
     * with no reflection. Its violations are those of a validator built on Hibernate Validator whose
     * message interpolator renders each constraint's message key from the same catalog with the
     * constraint's attributes as named arguments (as esibe-rules' evaluator does): the same paths
     * and the same texts, which esibe-rules' build checks on generated valid and invalid
     * applications.
     *
     * @param catalog the messages, ESIBE's and its providers'
     * @param language the language of the violation messages
     * @return the validator; immutable and thread-safe
     * @throws it.esibe.core.ConfigurationException if a constraint on the model cannot be checked
     *     without a provider exactly as Hibernate Validator checks it (a defect of ESIBE's build,
     *     which its tests catch)
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static ApplicationValidator direct(MessageCatalog catalog, Locale language) {
        ModelValidator direct = new ModelValidator(catalog, language);
        return new ApplicationValidator(direct::validate);
    }

    /**
     * Every format violation of {@code application}, sorted by path then message.
     *
     * @param application the application as read; it may break any rule, with {@code null}
     *     components and list elements
     * @return the violations, empty when the application is valid; unmodifiable
     */
    public List<Violation> validate(Application application) {
        Objects.requireNonNull(application, "application");
        return check.apply(application);
    }

    /**
     * The {@link Violation} of a Jakarta Validation constraint violation: its message and its
     * property path as a JSON path (see {@link #jsonPath(Path)}).
     *
     * @param violation a violation reported by Jakarta Validation
     * @return the same violation with a JSON path
     */
    public static Violation violationOf(ConstraintViolation<?> violation) {
        return new Violation(jsonPath(violation.getPropertyPath()), violation.getMessage());
    }

    /**
     * The JSON path of a bean-validation property path, relative to the validated root bean.
     *
     * <p>Property names are joined with {@code .}; list indexes become {@code [i]} after the list's
     * name; map keys become {@code ["key"]}; bean nodes (class-level constraints) and container
     * element nodes ({@code <list element>}, {@code <map value>} …) add no name, so a violation
     * on a list element points at the element itself. An element of a set, which has no index,
     * is reported at the set. The root's own class-level violations have the empty path.
     *
     * @param path a property path reported by Jakarta Validation
     * @return the JSON path, such as {@code fiscalYears[0].rdExpenditureItaly}
     */
    public static String jsonPath(Path path) {
        StringBuilder json = new StringBuilder();
        for (Path.Node node : path) {
            // Bean Validation puts the index of a list element on the node that follows the list,
            // which is why `fiscalYears[0].year` carries its [0] on the `year` node.
            if (node.isInIterable()) {
                appendPosition(json, node);
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (json.length() > 0) {
                    json.append('.');
                }
                json.append(node.getName());
            }
        }
        return json.toString();
    }

    private static void appendPosition(StringBuilder json, Path.Node node) {
        Integer index = node.getIndex();
        Object key = node.getKey();
        if (index != null) {
            json.append('[').append(index.intValue()).append(']');
        } else if (key != null) {
            json.append("[\"");
            String text = key.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\\') {
                    json.append('\\');
                }
                json.append(c);
            }
            json.append("\"]");
        }
    }
}
