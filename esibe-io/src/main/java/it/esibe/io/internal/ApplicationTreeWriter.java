package it.esibe.io.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.format.ApplicationFormat;
import it.esibe.core.format.FieldFormat;
import it.esibe.core.format.ObjectFormat;
import it.esibe.core.model.Application;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Turns an {@link Application} into its ESIBE-FORMAT-v1 JSON tree along the declaration of the
 * format ({@link ApplicationFormat}): its properties, in its order. {@code null} values are left out
 * (absent and null mean the same in the format); lists and objects are written whenever the model
 * holds them, which for the optional ones is always (absent means empty); {@code null} list elements
 * are written as JSON null so that reading the tree back gives an equal record, invalid parts
 * included.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ApplicationTreeWriter {

    private ApplicationTreeWriter() {
    }

    /** The tree of {@code application}. */
    public static ObjectNode tree(Application application) {
        ObjectNode o = Json.NODES.objectNode();
        write(o, application, ApplicationFormat.root());
        return o;
    }

    private static void write(ObjectNode o, Object record, ObjectFormat format) {
        ModelBinding binding = ModelBinding.of(format);
        List<FieldFormat> fields = format.fields();
        for (int i = 0; i < fields.size(); i++) {
            FieldFormat f = fields.get(i);
            Object value = binding.value(record, i);
            if (value != null) {
                write(o, f, value);
            }
        }
    }

    private static void write(ObjectNode o, FieldFormat f, Object value) {
        switch (f.type()) {
            case STRING:
                o.put(f.name(), (String) value);
                break;
            case DATE:
                // ISO_LOCAL_DATE; a year outside 0000-9999 would not read back, but the model never holds
                // one that came from the format.
                o.put(f.name(), ((LocalDate) value).toString());
                break;
            case ENUM:
                o.put(f.name(), ((Enum<?>) value).name());
                break;
            case INTEGER:
                o.put(f.name(), ((Integer) value).intValue());
                break;
            case AMOUNT:
            case SHARE:
            case STAFF:
                o.set(f.name(), Json.NODES.numberNode((BigDecimal) value));
                break;
            case OBJECT:
                write(o.putObject(f.name()), value, f.object().orElseThrow());
                break;
            case LIST:
                list(o.putArray(f.name()), (List<?>) value, f.object().orElse(null));
                break;
            default:
                throw new IllegalStateException("no writing of " + f.type());
        }
    }

    /** The items of a list: strings, or objects of {@code items}. */
    private static void list(ArrayNode array, List<?> values, @Nullable ObjectFormat items) {
        for (Object item : values) {
            if (item == null) {
                array.addNull();
            } else if (items == null) {
                array.add((String) item);
            } else {
                write(array.addObject(), item, items);
            }
        }
    }
}
