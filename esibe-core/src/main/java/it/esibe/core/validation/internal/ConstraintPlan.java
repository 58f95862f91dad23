package it.esibe.core.validation.internal;

import it.esibe.core.ConfigurationException;
import it.esibe.core.message.MessageArg;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The Jakarta Validation constraints of a record class and of the records it cascades to, read once
 * from the annotations Hibernate Validator reads: what {@link ModelValidator} checks.
 *
 * <p>Derived from the annotations rather than from {@code ApplicationFormat}: the annotations are
 * the declaration the standard path (Hibernate Validator) executes, and they alone carry the
 * class-level rules, the message templates and the attributes a message shows; deriving from them
 * means the two validators cannot read different rules.
 *
 * <p>What it reads, as Hibernate Validator does for a record: the constraints on each component's
 * field, the class-level constraints, the constraints on the element type of a {@code List}
 * component ({@code List<@NotNull @Valid X>}), and {@code @Valid} on a component or a list element,
 * followed into the record it names. Bean Validation's built-ins {@code @NotNull}, {@code @Min},
 * {@code @Max}, {@code @Size} and {@code @Pattern} are restated here; any other constraint runs
 * through the single {@link ConstraintValidator} its {@code @Constraint(validatedBy)} names,
 * instantiated and initialised with the annotation as a provider does. Whatever it cannot check as
 * Hibernate Validator would (another built-in, a group other than {@code Default}, a composed
 * constraint, a constraint on a container other than a {@code List}, a cascade into a class that
 * is not a record) fails the derivation with a {@link ConfigurationException} naming the
 * component, rather than go unchecked.
 *
 * <p>Thread-safety: immutable once derived; one plan per root class, shared by every validator.
 */
final class ConstraintPlan {

    private static final ClassValue<ConstraintPlan> PLANS = new ClassValue<>() {
        @Override
        protected ConstraintPlan computeValue(Class<?> root) {
            return new ConstraintPlan(root);
        }
    };

    /** The constraint attributes that are no message arguments, as for esibe-rules' interpolator. */
    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

    private static final MethodType GETTER = MethodType.methodType(Object.class, Object.class);

    /** What the validation of a root instance starts with. */
    final Bean root;
    /** How many constraints the plan holds: each has an index below it, for per-validator caches. */
    final int constraintCount;

    private final Map<Class<?>, Bean> beans = new HashMap<>();
    private final Map<List<Object>, Check> checks = new HashMap<>();
    private int nextIndex;

    private ConstraintPlan(Class<?> root) {
        this.root = bean(root, root.getSimpleName());
        this.constraintCount = nextIndex;
    }

    /**
     * The plan of {@code root}, derived on first use and shared afterwards.
     *
     * @throws ConfigurationException if a constraint of {@code root} or of a record it cascades to
     *     cannot be checked as Hibernate Validator checks it
     */
    static ConstraintPlan of(Class<?> root) {
        return PLANS.get(root);
    }

    /** One record class: its class-level constraints and its components that carry rules. */
    static final class Bean {
        final Class<?> type;
        Check[] constraints = new Check[0];
        Property[] properties = new Property[0];

        Bean(Class<?> type) {
            this.type = type;
        }
    }

    /** One record component with rules: its own constraints, then its elements or its cascade. */
    static final class Property {
        final String name;
        private final MethodHandle accessor;
        final Check[] constraints;
        /** The rules on each element, for a list. */
        final @Nullable Elements elements;
        /** The record the value cascades to, for {@code @Valid} on a record-valued component. */
        final @Nullable Bean cascade;

        Property(String name, MethodHandle accessor, Check[] constraints, @Nullable Elements elements,
                @Nullable Bean cascade) {
            this.name = name;
            this.accessor = accessor;
            this.constraints = constraints;
            this.elements = elements;
            this.cascade = cascade;
        }

        /** The component's value in {@code bean}. */
        @Nullable Object get(Object bean) {
            try {
                return (Object) accessor.invokeExact(bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("reading " + name, e);
            }
        }
    }

    /** The rules on each element of a list: its constraints and its cascade. */
    record Elements(Check[] constraints, @Nullable Bean cascade) {
    }

    /**
     * One constraint: its check, and its message template with the arguments the catalog
     * interpolator receives (its attributes, integers as counts and the rest as text, with the
     * message parameters Hibernate Validator's built-in validator adds).
     */
    record Check(int index, String template, Map<String, MessageArg> args,
            BiPredicate<@Nullable Object, ConstraintValidatorContext> test) {
    }

    private Bean bean(Class<?> type, String where) {
        Bean known = beans.get(type);
        if (known != null) {
            return known;
        }
        if (!type.isRecord()) {
            throw refused(where, "cascades with @Valid to " + type.getName()
                    + ", which is not a record; the direct validator derives its checks from records only");
        }
        Bean bean = new Bean(type);
        beans.put(type, bean); // before the components, so that a record cascading to itself ends
        refuseInheritedRules(type);
        List<Check> own = new ArrayList<>();
        for (Annotation a : type.getDeclaredAnnotations()) {
            Kind kind = kind(a, type.getSimpleName());
            if (kind == Kind.VALID) {
                throw refused(type.getSimpleName(), "carries @Valid on the class, which Bean Validation does not define");
            } else if (kind == Kind.CONSTRAINT) {
                own.add(check(a, type, type.getSimpleName()));
            }
        }
        List<Property> properties = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Property p = property(type, component);
            if (p != null) {
                properties.add(p);
            }
        }
        bean.constraints = own.toArray(Check[]::new);
        bean.properties = properties.toArray(Property[]::new);
        return bean;
    }

    /**
     * Hibernate Validator also applies the rules its supertypes declare; the model's records
     * inherit none, so a rule appearing there is refused rather than half-supported.
     */
    private static void refuseInheritedRules(Class<?> type) {
        List<Class<?>> supertypes = new ArrayList<>(Arrays.asList(type.getInterfaces()));
        for (int i = 0; i < supertypes.size(); i++) {
            Class<?> s = supertypes.get(i);
            supertypes.addAll(Arrays.asList(s.getInterfaces()));
            List<Annotation> found = new ArrayList<>(Arrays.asList(s.getDeclaredAnnotations()));
            for (Method m : s.getDeclaredMethods()) {
                found.addAll(Arrays.asList(m.getDeclaredAnnotations()));
                found.addAll(Arrays.asList(m.getAnnotatedReturnType().getAnnotations()));
            }
            for (Annotation a : found) {
                if (kind(a, s.getSimpleName()) != Kind.IGNORED) {
                    throw refused(type.getSimpleName(), "inherits @" + a.annotationType().getSimpleName()
                            + " from " + s.getName() + "; the direct validator reads the record's own rules only");
                }
            }
        }
    }

    private @Nullable Property property(Class<?> type, RecordComponent component) {
        String where = type.getSimpleName() + "." + component.getName();
        Field field;
        try {
            field = type.getDeclaredField(component.getName());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("a record component without its field: " + where, e);
        }
        Method accessor = component.getAccessor();
        refuseOutsideField(where, field, component.getAnnotations());
        refuseOutsideField(where, field, accessor.getDeclaredAnnotations());
        Class<?> valueType = field.getType();
        List<Check> checks = new ArrayList<>();
        boolean valid = read(field.getDeclaredAnnotations(), valueType, where, checks);
        Elements elements = null;
        if (!(field.getGenericType() instanceof Class<?>)) {
            // Type annotations are parsed only where a type argument may carry rules: parsing
            // them costs start-up, and Hibernate Validator reads them on type arguments only.
            refuseTopLevelTypeUse(where, field);
            elements = elements(where, field.getAnnotatedType(), valid);
        }
        Bean cascade = null;
        if (valid && elements == null) {
            if (List.class.isAssignableFrom(valueType)) {
                throw refused(where, "cascades with @Valid into a List of no declared record type");
            }
            if (Collection.class.isAssignableFrom(valueType) || Map.class.isAssignableFrom(valueType)
                    || valueType.isArray()) {
                throw refused(where, "cascades with @Valid into a " + valueType.getSimpleName()
                        + "; the direct validator cascades into records and the elements of a List only");
            }
            cascade = bean(valueType, where);
        }
        if (checks.isEmpty() && elements == null && cascade == null) {
            return null;
        }
        return new Property(component.getName(), handle(where, accessor), checks.toArray(Check[]::new),
                elements, cascade);
    }

    /** Adds the checks of the constraints among {@code annotations} to {@code into}; whether {@code @Valid} is there. */
    private boolean read(Annotation[] annotations, Class<?> valueType, String where, List<Check> into) {
        boolean valid = false;
        for (Annotation a : annotations) {
            Kind kind = kind(a, where);
            if (kind == Kind.VALID) {
                valid = true;
            } else if (kind == Kind.CONSTRAINT) {
                into.add(check(a, valueType, where));
            }
        }
        return valid;
    }

    /**
     * Hibernate Validator reads a record's constraints on its fields; one that only the record
     * component or the accessor carries (an annotation targeting those alone) is one it would not
     * check, and a getter-named accessor would be checked twice: neither is worth guessing at.
     */
    private static void refuseOutsideField(String where, Field field, Annotation[] elsewhere) {
        for (Annotation a : elsewhere) {
            if (kind(a, where) != Kind.IGNORED && !field.isAnnotationPresent(a.annotationType())) {
                throw refused(where, "carries @" + a.annotationType().getSimpleName()
                        + " off its field (on the record component or its accessor only); the direct validator"
                        + " reads the constraints Hibernate Validator reads, those on the field");
            }
        }
    }

    /** A constraint on the component's type itself must also be a declaration one, read above. */
    private static void refuseTopLevelTypeUse(String where, Field field) {
        for (Annotation a : field.getAnnotatedType().getAnnotations()) {
            if (kind(a, where) != Kind.IGNORED && !field.isAnnotationPresent(a.annotationType())) {
                throw refused(where, "carries @" + a.annotationType().getSimpleName()
                        + " as a type annotation only; the direct validator reads it on the field");
            }
        }
    }

    /** The rules on the elements of a list component, or {@code null} when it has none. */
    private @Nullable Elements elements(String where, AnnotatedType type, boolean validList) {
        Class<?> raw = raw(type.getType());
        if (type instanceof AnnotatedArrayType array) {
            refuseDeeper(where, array.getAnnotatedGenericComponentType());
            return null;
        }
        if (!(type instanceof AnnotatedParameterizedType parameterized)) {
            return null;
        }
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        boolean list = List.class.isAssignableFrom(raw) && arguments.length == 1;
        if (!list) {
            for (AnnotatedType argument : arguments) {
                refuseDeeper(where, argument);
            }
            return null;
        }
        AnnotatedType element = arguments[0];
        Class<?> elementType = raw(element.getType());
        List<Check> checks = new ArrayList<>();
        boolean valid = read(element.getAnnotations(), elementType, where + " (list element)", checks) || validList;
        if (element instanceof AnnotatedParameterizedType nested) {
            for (AnnotatedType argument : nested.getAnnotatedActualTypeArguments()) {
                refuseDeeper(where, argument);
            }
        }
        if (valid && elementType == Object.class) {
            throw refused(where, "cascades with @Valid into list elements of no declared record type");
        }
        Bean cascade = valid ? bean(elementType, where) : null;
        return checks.isEmpty() && cascade == null ? null : new Elements(checks.toArray(Check[]::new), cascade);
    }

    /** Container element rules anywhere but on the elements of a list are refused. */
    private static void refuseDeeper(String where, AnnotatedType type) {
        for (Annotation a : type.getAnnotations()) {
            if (kind(a, where) != Kind.IGNORED) {
                throw refused(where, "carries @" + a.annotationType().getSimpleName() + " on the type argument "
                        + type.getType().getTypeName() + "; the direct validator reads container element rules"
                        + " on the elements of a List only");
            }
        }
        if (type instanceof AnnotatedParameterizedType p) {
            for (AnnotatedType argument : p.getAnnotatedActualTypeArguments()) {
                refuseDeeper(where, argument);
            }
        } else if (type instanceof AnnotatedArrayType array) {
            refuseDeeper(where, array.getAnnotatedGenericComponentType());
        }
    }

    /** What an annotation means to validation. */
    private enum Kind {
        /** Not a validation annotation, such as JSpecify's {@code @Nullable}. */
        IGNORED,
        /** {@code @Valid}: a cascade. */
        VALID,
        /** A constraint, built-in or declared with {@code @Constraint}. */
        CONSTRAINT
    }

    private static Kind kind(Annotation a, String where) {
        Class<? extends Annotation> type = a.annotationType();
        if (type == Valid.class) {
            return Kind.VALID;
        }
        String pkg = type.getPackageName();
        if (pkg.startsWith("java.")) {
            // @Target, @Documented …: never constraints, and asking costs a parse of their own annotations.
            return Kind.IGNORED;
        }
        if (type.isAnnotationPresent(Constraint.class)) {
            return Kind.CONSTRAINT;
        }
        if (pkg.startsWith("jakarta.validation") || pkg.startsWith("org.hibernate.validator")) {
            // @ConvertGroup, a repeated constraint's List container, @GroupSequence …: validation
            // semantics this derivation does not implement.
            throw refused(where, "carries @" + type.getName() + ", which the direct validator does not support");
        }
        return Kind.IGNORED;
    }

    /**
     * The check of {@code a} on values of {@code valueType}: one per distinct annotation and type,
     * as a provider shares one validator, so that the model's twenty {@code @NotNull}s cost one
     * derivation (reading an annotation's attributes is reflective, and start-up counts).
     */
    private Check check(Annotation a, Class<?> valueType, String where) {
        // Annotations are equal when their attributes are. Not a record key: a record's equals
        // and hashCode are bootstrapped through method handles on first use, which start-up pays.
        List<Object> use = List.of(a, valueType);
        Check known = checks.get(use);
        if (known != null) {
            return known;
        }
        Check derived = derive(a, valueType, where);
        checks.put(use, derived);
        return derived;
    }

    private Check derive(Annotation a, Class<?> valueType, String where) {
        Class<? extends Annotation> type = a.annotationType();
        String name = "@" + type.getSimpleName();
        Class<?>[] groups = (Class<?>[]) attribute(a, "groups", where);
        if (!(groups.length == 0 || groups.length == 1 && groups[0] == Default.class)) {
            throw refused(where, "carries " + name + " in the groups " + Arrays.toString(groups)
                    + "; the direct validator checks the Default group only");
        }
        for (Annotation meta : type.getDeclaredAnnotations()) {
            if (meta.annotationType() != Constraint.class && kind(meta, where) != Kind.IGNORED) {
                throw refused(where, "carries " + name + ", composed of @" + meta.annotationType().getSimpleName()
                        + "; the direct validator does not support composed constraints");
            }
        }
        Map<String, MessageArg> args = new LinkedHashMap<>();
        for (Method m : type.getDeclaredMethods()) {
            if (!NOT_ARGUMENTS.contains(m.getName()) && m.getParameterCount() == 0) {
                args.put(m.getName(), MessageArg.attribute(attribute(a, m.getName(), where)));
            }
        }
        Class<? extends ConstraintValidator<?, ?>>[] validatedBy = type.getAnnotation(Constraint.class).validatedBy();
        BiPredicate<@Nullable Object, ConstraintValidatorContext> test = validatedBy.length == 0
                ? builtIn(a, valueType, args, where)
                : custom(a, validatedBy, valueType, where);
        String template = (String) attribute(a, "message", where);
        return new Check(nextIndex++, template, Collections.unmodifiableMap(args), test);
    }


    /** The check of a Bean Validation built-in, as Hibernate Validator's validator of it decides. */
    private static BiPredicate<@Nullable Object, ConstraintValidatorContext> builtIn(Annotation a, Class<?> valueType,
            Map<String, MessageArg> args, String where) {
        Class<?> boxed = MethodType.methodType(valueType).wrap().returnType();
        if (a instanceof NotNull) {
            return (v, c) -> v != null;
        }
        if (a instanceof Min min) {
            requireInteger(where, min, boxed);
            long bound = min.value();
            return (v, c) -> v == null || compare(v, bound) >= 0;
        }
        if (a instanceof Max max) {
            requireInteger(where, max, boxed);
            long bound = max.value();
            return (v, c) -> v == null || compare(v, bound) <= 0;
        }
        if (a instanceof Size size) {
            if (!(CharSequence.class.isAssignableFrom(boxed) || Collection.class.isAssignableFrom(boxed)
                    || Map.class.isAssignableFrom(boxed) || boxed.isArray())) {
                throw unexpected(where, a, boxed);
            }
            int least = size.min();
            int most = size.max();
            return (v, c) -> {
                if (v == null) {
                    return true;
                }
                int n = v instanceof CharSequence s ? s.length() : v instanceof Collection<?> l ? l.size()
                        : v instanceof Map<?, ?> m ? m.size() : Array.getLength(v);
                return n >= least && n <= most;
            };
        }
        if (a instanceof Pattern pattern) {
            if (!CharSequence.class.isAssignableFrom(boxed)) {
                throw unexpected(where, a, boxed);
            }
            int flags = 0;
            for (Pattern.Flag flag : pattern.flags()) {
                flags |= flag.getValue();
            }
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(pattern.regexp(), flags);
            // Hibernate Validator's PatternValidator adds the regexp as a message parameter with
            // the characters of its own interpolation syntax escaped; the interpolator takes that.
            args.put("regexp", MessageArg.text(pattern.regexp().replaceAll("([\\\\{}$])", "\\\\$1")));
            return (v, c) -> v == null || compiled.matcher((CharSequence) v).matches();
        }
        throw refused(where, "carries @" + a.annotationType().getName() + ", a built-in constraint the direct"
                + " validator does not restate (it knows @NotNull, @Min, @Max, @Size and @Pattern)");
    }

    private static final Set<Class<?>> INTEGERS = Set.of(Integer.class, Long.class, Short.class, Byte.class,
            BigInteger.class, BigDecimal.class);

    private static void requireInteger(String where, Annotation a, Class<?> boxed) {
        if (!INTEGERS.contains(boxed)) {
            throw unexpected(where, a, boxed);
        }
    }

    private static int compare(Object v, long bound) {
        if (v instanceof BigDecimal d) {
            return d.compareTo(BigDecimal.valueOf(bound));
        }
        if (v instanceof BigInteger i) {
            return i.compareTo(BigInteger.valueOf(bound));
        }
        return Long.compare(((Number) v).longValue(), bound);
    }

    private static ConfigurationException unexpected(String where, Annotation a, Class<?> type) {
        return refused(where, "carries @" + a.annotationType().getSimpleName() + " on a value of type "
                + type.getName() + ", which the direct validator does not check it on");
    }

    /** The check of a constraint with its own validator: that validator, set up as a provider does. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static BiPredicate<@Nullable Object, ConstraintValidatorContext> custom(Annotation a,
            Class<? extends ConstraintValidator<?, ?>>[] validatedBy, Class<?> valueType, String where) {
        String name = "@" + a.annotationType().getSimpleName();
        if (validatedBy.length != 1) {
            throw refused(where, "carries " + name + " with " + validatedBy.length
                    + " validators; the direct validator takes a constraint with exactly one");
        }
        Class<? extends ConstraintValidator<?, ?>> type = validatedBy[0];
        Class<?> accepted = validatedType(type, type);
        Class<?> boxed = MethodType.methodType(valueType).wrap().returnType();
        if (accepted == null || !accepted.isAssignableFrom(boxed)) {
            throw refused(where, "carries " + name + ", whose validator " + type.getName() + " checks "
                    + (accepted == null ? "an undeclared type" : accepted.getName()) + ", not " + boxed.getName());
        }
        ConstraintValidator validator;
        try {
            var constructor = type.getDeclaredConstructor();
            constructor.trySetAccessible();
            validator = constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ConfigurationException(where + " carries " + name + ", whose validator " + type.getName()
                    + " cannot be instantiated through a no-argument constructor: " + e, e);
        }
        validator.initialize(a);
        return validator::isValid;
    }

    /** The type {@code ConstraintValidator<A, T>} checks, {@code T}, or {@code null} when not a class. */
    private static @Nullable Class<?> validatedType(Type type, Class<?> origin) {
        if (type instanceof ParameterizedType p && p.getRawType() == ConstraintValidator.class) {
            Type t = p.getActualTypeArguments()[1];
            return t instanceof Class<?> || t instanceof ParameterizedType ? raw(t) : null;
        }
        Class<?> c = raw(type);
        if (c == Object.class) {
            return null;
        }
        List<Type> supertypes = new ArrayList<>(Arrays.asList(c.getGenericInterfaces()));
        if (c.getGenericSuperclass() != null) {
            supertypes.add(c.getGenericSuperclass());
        }
        for (Type s : supertypes) {
            Class<?> found = validatedType(s, origin);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Object attribute(Annotation a, String name, String where) {
        try {
            Method m = a.annotationType().getDeclaredMethod(name);
            m.trySetAccessible();
            return m.invoke(a);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new ConfigurationException(where + " carries @" + a.annotationType().getSimpleName()
                    + " without a readable " + name + "(), which every constraint declares", e);
        }
    }

    /** The accessor as a handle resolved once, so that a validation reflects on nothing. */
    private static MethodHandle handle(String where, Method accessor) {
        try {
            accessor.trySetAccessible();
            return MethodHandles.lookup().unreflect(accessor).asType(GETTER);
        } catch (IllegalAccessException e) {
            throw new ConfigurationException(where + " cannot be read by the direct validator: its accessor "
                    + accessor + " is not accessible to module it.esibe.core", e);
        }
    }

    private static ConfigurationException refused(String where, String what) {
        return new ConfigurationException(where + " " + what + ".");
    }
}
