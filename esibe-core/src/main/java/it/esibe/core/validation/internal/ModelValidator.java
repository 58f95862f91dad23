package it.esibe.core.validation.internal;

import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Checks an {@link Application} against the model's Jakarta Validation constraints without a
 * Bean Validation provider, with the same result as {@code ApplicationValidator} over Hibernate
 * Validator with esibe-rules' catalog interpolator: the same paths, the same messages rendered from
 * the same {@link MessageCatalog} keys and arguments, in the same order.
 *
 * <p>Why: bootstrapping Hibernate Validator and its reflective walk cost more than everything else
 * a decision needs. What it checks is not written here: it is derived once per JVM from the
 * constraint annotations on the model's records, the declaration Hibernate Validator reads (see
 * {@code ConstraintPlan} for what is read, and why the annotations rather than the format
 * declaration). A constraint added to the model is therefore checked here too, and one the
 * derivation cannot check as Hibernate Validator would fails the construction with a
 * {@link it.esibe.core.ConfigurationException}. ESIBE's own rules run through their
 * {@code ConstraintValidator} classes (with {@link RecordingContext} in place of the provider's
 * context); Bean Validation's built-ins are restated as one-liners. A differential property test
 * in esibe-rules holds the two validators to the same output.
 *
 * <p>Message arguments are the constraint's attributes as the catalog interpolator passes them
 * (integers as counts, the rest as text) and {@code @Pattern}'s {@code regexp} escaped as Hibernate
 * Validator's message parameter escapes it; no model message uses {@code @Pattern}'s
 * {@code flags}, whose text under Hibernate Validator is an array's identity.
 *
 * <p>Thread-safety: immutable apart from a concurrent cache of rendered texts; share one.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ModelValidator {

    private final ConstraintPlan plan;
    private final MessageCatalog catalog;
    private final Locale language;
    /** Each constraint's rendered texts by template, at the constraint's index in the plan. */
    private final Map<String, String>[] texts;

    /**
     * A validator whose messages {@code catalog} renders in {@code language}.
     *
     * @param catalog the messages, ESIBE's and its providers'
     * @param language the language of the violation messages
     * @throws it.esibe.core.ConfigurationException if a constraint on the model cannot be checked
     *     without a provider exactly as Hibernate Validator checks it
     */
    public ModelValidator(MessageCatalog catalog, Locale language) {
        this(Application.class, catalog, language);
    }

    /** A validator of instances of the record class {@code root}, for tests of the derivation. */
    @SuppressWarnings("unchecked")
    ModelValidator(Class<?> root, MessageCatalog catalog, Locale language) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.language = Objects.requireNonNull(language, "language");
        this.plan = ConstraintPlan.of(root);
        this.texts = new Map[plan.constraintCount];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = new ConcurrentHashMap<>();
        }
    }

    /**
     * Every constraint violation of {@code application}, sorted by path then message.
     *
     * @param application the application as read; it may break any rule
     * @return the violations, empty when the application is valid; unmodifiable
     */
    public List<Violation> validate(Application application) {
        return validateRoot(Objects.requireNonNull(application, "application"));
    }

    /** Every violation of {@code root}, an instance of the class this validator was derived for. */
    List<Violation> validateRoot(Object root) {
        if (!plan.root.type.isInstance(root)) {
            throw new IllegalArgumentException("not a " + plan.root.type.getName() + ": " + root.getClass().getName());
        }
        Run run = new Run();
        bean(run, "", root, plan.root);
        if (run.out.isEmpty()) {
            return List.of();
        }
        run.out.sort(null);
        return List.copyOf(run.out);
    }

    /** Checks a record at {@code at}: its class-level constraints, then each component with rules. */
    private void bean(Run run, String at, Object bean, ConstraintPlan.Bean rules) {
        for (ConstraintPlan.Check c : rules.constraints) {
            check(run, c, at, bean);
        }
        for (ConstraintPlan.Property p : rules.properties) {
            String path = at.isEmpty() ? p.name : at + "." + p.name;
            Object value = p.get(bean);
            for (ConstraintPlan.Check c : p.constraints) {
                check(run, c, path, value);
            }
            if (value == null) {
                continue;
            }
            ConstraintPlan.Elements elements = p.elements;
            if (elements != null) {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    String elementPath = path + "[" + i + "]";
                    Object element = list.get(i);
                    for (ConstraintPlan.Check c : elements.constraints()) {
                        check(run, c, elementPath, element);
                    }
                    ConstraintPlan.Bean cascade = elements.cascade();
                    if (element != null && cascade != null) {
                        bean(run, elementPath, element, cascade);
                    }
                }
            }
            if (p.cascade != null) {
                bean(run, path, value, p.cascade);
            }
        }
    }

    /** Checks {@code value} at {@code path} against {@code c} and adds what it breaks to {@code run}. */
    private void check(Run run, ConstraintPlan.Check c, String path, @Nullable Object value) {
        RecordingContext context = run.context.reset(c.template());
        boolean valid = c.test().test(value, context);
        if (valid) {
            return;
        }
        for (RecordingContext.Reported r : context.outcome(false)) {
            String sub = r.subPath();
            String full = sub.isEmpty() ? path : path.isEmpty() ? sub : path + "." + sub;
            run.out.add(new Violation(full, texts[c.index()].computeIfAbsent(r.template(), t -> render(c, t))));
        }
    }

    /** What esibe-rules' catalog interpolator makes of {@code template} with {@code c}'s attributes. */
    private String render(ConstraintPlan.Check c, String template) {
        int last = template.length() - 1;
        if (last < 2 || template.charAt(0) != '{' || template.charAt(last) != '}'
                || !catalog.knows(template.substring(1, last))) {
            return template;
        }
        return catalog.render(language, Message.named(template.substring(1, last), c.args()));
    }

    /** The state of one validation: the violations found and the context the validators report to. */
    private static final class Run {
        final List<Violation> out = new ArrayList<>();
        final RecordingContext context = new RecordingContext();
    }
}
