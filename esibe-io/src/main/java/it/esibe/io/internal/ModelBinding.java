package it.esibe.io.internal;

import it.esibe.core.format.ApplicationFormat;
import it.esibe.core.format.FieldFormat;
import it.esibe.core.format.ObjectFormat;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Binds each object of {@link ApplicationFormat} to its record of the model: a record is built from
 * the values of the declared fields, and a declared field's value is taken from a record, by the
 * record's canonical constructor and accessors, so that the reader and the writer name no field
 * themselves. A component the declaration lacks (which the build forbids) is built as {@code null}
 * and never written.
 */
final class ModelBinding {

    private static final Map<ObjectFormat, ModelBinding> BINDINGS = new IdentityHashMap<>();

    static {
        for (ObjectFormat o : ApplicationFormat.objects()) {
            BINDINGS.put(o, new ModelBinding(o));
        }
    }

    private final ObjectFormat format;
    private final Constructor<? extends Record> constructor;
    /** For each declared field, in order, the index of its component; -1 when the record has none. */
    private final int[] componentOf;
    /** For each declared field, in order, its accessor; null when the record has none. */
    private final @Nullable Method[] accessors;
    private final int components;

    private ModelBinding(ObjectFormat format) {
        this.format = format;
        RecordComponent[] record = format.modelType().getRecordComponents();
        List<String> names = Arrays.stream(record).map(RecordComponent::getName).toList();
        this.components = record.length;
        try {
            this.constructor = format.modelType().getDeclaredConstructor(Arrays.stream(record)
                    .map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor in " + format.modelType(), e);
        }
        List<FieldFormat> fields = format.fields();
        this.componentOf = new int[fields.size()];
        this.accessors = new Method[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            int c = names.indexOf(fields.get(i).name());
            componentOf[i] = c;
            accessors[i] = c < 0 ? null : record[c].getAccessor();
        }
    }

    /** The binding of {@code format}, one of {@link ApplicationFormat#objects()}. */
    static ModelBinding of(ObjectFormat format) {
        ModelBinding binding = BINDINGS.get(format);
        if (binding == null) {
            throw new IllegalArgumentException(format + " is not an object of ApplicationFormat");
        }
        return binding;
    }

    /** The record holding {@code values}, given in the order of the declared fields. */
    Object build(@Nullable Object[] values) {
        Object[] args = new Object[components];
        for (int i = 0; i < componentOf.length; i++) {
            if (componentOf[i] >= 0) {
                args[componentOf[i]] = values[i];
            }
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the model rejected a value of " + format.name() + ": " + e.getCause(),
                    e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + format.modelType(), e);
        }
    }

    /** The value of the {@code i}-th declared field of {@code record}, or null when the record has no such component. */
    @Nullable Object value(Object record, int i) {
        Method accessor = accessors[i];
        if (accessor == null) {
            return null;
        }
        try {
            return accessor.invoke(record);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + format.name() + "." + accessor.getName(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + format.name() + "." + accessor.getName(), e);
        }
    }
}
