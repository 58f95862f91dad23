package it.esibe.io.internal;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The path of a value inside one record, in the form the decision format uses
 * ({@code company.legalSeat.country}, {@code fiscalYears[0].rdExpenditure}; the record itself is {@code ""}).
 *
 * <p>An immutable linked list, so that a child path costs one small object and the text is built
 * only when a violation needs it.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class JsonPath {

    /** The record itself, written as the empty string. */
    public static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final @Nullable JsonPath parent;
    private final @Nullable String name;
    private final int index;

    private JsonPath(@Nullable JsonPath parent, @Nullable String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The path of property {@code property} of the object at this path. */
    public JsonPath field(String property) {
        return new JsonPath(this, property, -1);
    }

    /** The path of element {@code i} of the array at this path. */
    public JsonPath index(int i) {
        return new JsonPath(this, null, i);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        append(sb);
        return sb.toString();
    }

    private void append(StringBuilder sb) {
        if (parent == null) {
            return;
        }
        parent.append(sb);
        if (name != null) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(name);
        } else {
            sb.append('[').append(index).append(']');
        }
    }
}
