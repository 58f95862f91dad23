package it.esibe.io.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.format.ApplicationFormat;
import it.esibe.core.format.FieldFormat;
import it.esibe.core.format.FieldType;
import it.esibe.core.format.ObjectFormat;
import it.esibe.core.model.Application;
import it.esibe.core.model.CanonicalNumber;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one clean JSON record in a single parser pass: it binds the application straight from the
 * tokens along {@link ApplicationFormat} (no tree) and writes the record's canonical JSON into a
 * byte buffer for its {@code inputSha256} as it goes.
 *
 * <p>It handles only records the tree path ({@link StrictTreeReader}, then {@link ApplicationTreeReader})
 * would read without a single problem, and gives up ({@code null}) at the first sign of anything
 * else: a syntax error, content after the value, an unknown, duplicated, missing or null-but-required
 * property, a wrong JSON type, a limit of {@link ReadLimits}, an integer out of range, a date or enum
 * value the tree path rejects, a {@code null} list element, a string holding a control character
 * Jackson does not escape by its short form. The caller then reads the same text through the tree
 * path, so a record with problems gets exactly the violations, paths and hash it always got, and a
 * record read here must equal the tree path's result (a differential property test holds them to it).
 * The checks it repeats are the tree path's own code ({@link NumberReader}, {@link ModelBinding},
 * {@link TypedTreeReader#isDateForm}, {@link CanonicalNumber}).
 *
 * <p>The canonical form is that of {@link NodeWriter} ({@code CanonicalJson}): each object's members
 * are written in input order, each remembered by its name and byte range, and put in key order when
 * the object ends, unless they already are; nested objects are in order before their parent's turn.
 *
 * <p>One instance reads one record; the shared tables are immutable, so readers on several threads
 * share nothing mutable.
 */
final class OnePassReader {

    /** How a declared object is read: its fields by name, and each enumeration's constants. */
    private static final class Plan {
        final ObjectFormat format;
        final List<FieldFormat> fields;
        final Map<String, Integer> index = new HashMap<>();
        final @Nullable Enum<?>[][] constants;
        final @Nullable Plan[] objects;
        final ModelBinding binding;

        Plan(ObjectFormat format) {
            this.format = format;
            this.fields = format.fields();
            if (fields.size() > Long.SIZE) {
                throw new IllegalStateException(format.name() + " has more fields than one long marks");
            }
            this.constants = new Enum<?>[fields.size()][];
            this.objects = new Plan[fields.size()];
            this.binding = ModelBinding.of(format);
            for (int i = 0; i < fields.size(); i++) {
                FieldFormat f = fields.get(i);
                index.put(f.name(), i);
                if (f.type() == FieldType.ENUM) {
                    constants[i] = f.enumType().orElseThrow().getEnumConstants();
                }
            }
        }
    }

    private static final Map<ObjectFormat, Plan> PLANS = new IdentityHashMap<>();

    static {
        for (ObjectFormat o : ApplicationFormat.objects()) {
            PLANS.put(o, new Plan(o));
        }
        for (Plan plan : PLANS.values()) {
            for (int i = 0; i < plan.fields.size(); i++) {
                ObjectFormat o = plan.fields.get(i).object().orElse(null);
                plan.objects[i] = o == null ? null : PLANS.get(o);
            }
        }
    }

    private static final Plan ROOT = PLANS.get(ApplicationFormat.root());

    /** Unwinds the reading when the record is not clean: no stack trace, it is no error. */
    private static final class Abandon extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandon() {
            super("not a clean record", null, false, false);
        }
    }

    private static final Abandon ABANDON = new Abandon();

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final JsonParser p;
    private final ReadLimits limits;
    private final NumberReader numbers;
    private byte[] out = new byte[1024];
    private int length;

    private OnePassReader(JsonParser p, ReadLimits limits) {
        this.p = p;
        this.limits = limits;
        this.numbers = new NumberReader(limits);
    }

    /**
     * The record {@code text} as the tree path would read it, or {@code null} when it is not clean
     * and must be read by the tree path.
     */
    static @Nullable ReadResult read(String text, ReadLimits limits) {
        try (JsonParser p = Json.readFactory().createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            OnePassReader reader = new OnePassReader(p, limits);
            Object[] values = new Object[ROOT.fields.size()];
            Application application = (Application) reader.object(ROOT, values, 1);
            if (p.nextToken() != null) {
                return null;
            }
            Integer id = ROOT.index.get("applicationId");
            Object applicationId = id == null ? null : values[id];
            return new ReadResult(application, List.of(), applicationId instanceof String s ? s : null,
                    Sha256.hex(reader.out, reader.length));
        } catch (Abandon | IOException | IllegalStateException e) {
            // IOException covers Jackson's parse errors; IllegalStateException a value the model refused.
            return null;
        }
    }

    // ---------------------------------------------------------------- binding

    /** The object at the current START_OBJECT, read along {@code plan} into {@code values}, and built. */
    private Object object(Plan plan, Object[] values, int depth) throws IOException {
        if (depth > limits.maxNestingDepth()) {
            throw ABANDON;
        }
        List<FieldFormat> fields = plan.fields;
        long seen = 0;
        int count = 0;
        String[] names = new String[fields.size()];
        int[] starts = new int[fields.size()];
        int[] ends = new int[fields.size()];
        boolean sorted = true;
        put((byte) '{');
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Integer i = name.length() > limits.maxNameLength() ? null : plan.index.get(name);
            if (i == null || (seen & (1L << i)) != 0) {
                throw ABANDON;
            }
            seen |= 1L << i;
            if (count > 0) {
                put((byte) ',');
                sorted &= names[count - 1].compareTo(name) < 0;
            }
            names[count] = name;
            starts[count] = length;
            string(name);
            put((byte) ':');
            p.nextToken();
            values[i] = value(plan, i, depth + 1);
            ends[count++] = length;
        }
        for (int i = 0; i < fields.size(); i++) {
            if (values[i] == null && fields.get(i).isRequired()) {
                throw ABANDON;
            }
        }
        if (!sorted) {
            sortMembers(names, starts, ends, count);
        }
        put((byte) '}');
        return plan.binding.build(values);
    }

    /** The value of field {@code i} of {@code plan} at the current token; {@code null} for JSON null. */
    private @Nullable Object value(Plan plan, int i, int depth) throws IOException {
        FieldFormat f = plan.fields.get(i);
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (f.isRequired()) {
                throw ABANDON;
            }
            putNull();
            return null;
        }
        switch (f.type()) {
            case STRING:
                return text(token);
            case DATE:
                return date(text(token));
            case ENUM:
                return enumeration(text(token), plan.constants[i]);
            case INTEGER:
                return integer(token);
            case AMOUNT:
            case SHARE:
            case STAFF:
                return decimal(token);
            case OBJECT:
                if (token != JsonToken.START_OBJECT) {
                    throw ABANDON;
                }
                return object(plan.objects[i], new Object[plan.objects[i].fields.size()], depth);
            case LIST:
                if (token != JsonToken.START_ARRAY || depth > limits.maxNestingDepth()) {
                    throw ABANDON;
                }
                return list(plan.objects[i], depth);
            default:
                throw ABANDON;
        }
    }

    /** The elements of the array at the current token: strings, or objects of {@code items}. */
    private List<Object> list(@Nullable Plan items, int depth) throws IOException {
        List<Object> list = new ArrayList<>();
        put((byte) '[');
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (list.size() >= limits.maxItemsPerList()) {
                throw ABANDON;
            }
            if (!list.isEmpty()) {
                put((byte) ',');
            }
            if (items == null) {
                list.add(text(token));
            } else if (token == JsonToken.START_OBJECT) {
                list.add(object(items, new Object[items.fields.size()], depth + 1));
            } else {
                throw ABANDON;
            }
        }
        put((byte) ']');
        return list;
    }

    private String text(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_STRING || p.getTextLength() > limits.maxStringLength()) {
            throw ABANDON;
        }
        String text = p.getText();
        string(text);
        return text;
    }

    private static LocalDate date(String text) {
        if (!TypedTreeReader.isDateForm(text)) {
            throw ABANDON;
        }
        try {
            // The form is checked: LocalDate.of on its digits is LocalDate.parse's strict ISO reading.
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            throw ABANDON;
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int k = from; k < to; k++) {
            value = value * 10 + (text.charAt(k) - '0');
        }
        return value;
    }

    private static Enum<?> enumeration(String text, @Nullable Enum<?>[] constants) {
        if (constants != null) {
            for (Enum<?> value : constants) {
                if (value.name().equals(text)) {
                    return value;
                }
            }
        }
        throw ABANDON;
    }

    /** The number at the current token as the tree holds it: an integer or decimal node, within the limits. */
    private JsonNode number(JsonToken token) throws IOException {
        if ((token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT)
                || p.getTextLength() > limits.maxNumberLength()) {
            throw ABANDON;
        }
        JsonNode node = numbers.literal(p.getText()).node();
        if (node == null || !(node.isIntegralNumber() || node.isBigDecimal())) {
            throw ABANDON;
        }
        return node;
    }

    /**
     * A plain integer literal of at most 18 characters at the current token (its value then fits a
     * long), or {@code null} for any other number. Its value is the one {@link NumberReader} gives
     * such a literal (JSON allows no leading zeros, so its digits are its precision), and a literal
     * with more digits than {@link ReadLimits#maxIntegerDigits()} is abandoned as the reader would
     * report it.
     */
    private @Nullable Long plainInteger(JsonToken token) throws IOException {
        int chars = p.getTextLength();
        if (token != JsonToken.VALUE_NUMBER_INT || chars > 18 || chars > limits.maxNumberLength()) {
            return null;
        }
        long value = p.getLongValue();
        if (value != 0 && chars - (value < 0 ? 1 : 0) > limits.maxIntegerDigits()) {
            throw ABANDON;
        }
        return value;
    }

    private Integer integer(JsonToken token) throws IOException {
        if (token != JsonToken.VALUE_NUMBER_INT) {
            throw ABANDON;
        }
        Long plain = plainInteger(token);
        long value;
        if (plain != null) {
            value = plain;
        } else {
            JsonNode node = number(token);
            if (!node.isIntegralNumber() || node.bigIntegerValue().bitLength() >= Long.SIZE) {
                throw ABANDON;
            }
            value = node.longValue();
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw ABANDON;
        }
        // The canonical text of a non-zero integer is its digits, of zero (-0 included) "0".
        putAscii(Long.toString(value));
        return (int) value;
    }

    private BigDecimal decimal(JsonToken token) throws IOException {
        Long plain = plainInteger(token);
        BigDecimal value;
        String canonical;
        if (plain != null) {
            // Equal to the tree's new BigDecimal(bigIntegerValue()): the same value, scale 0.
            value = BigDecimal.valueOf(plain);
            canonical = Long.toString(plain);
        } else {
            JsonNode node = number(token);
            value = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue()) : node.decimalValue();
            canonical = node.canConvertToLong() && node.isIntegralNumber() ? Long.toString(node.longValue())
                    : CanonicalNumber.of(value);
        }
        if (numbers.check(value) != null || canonical.indexOf('E') >= 0) {
            throw ABANDON;
        }
        putAscii(canonical);
        return numbers.normalised(value);
    }

    // ---------------------------------------------------------------- canonical bytes

    /** Puts the members of the object being closed in key order (the members span {@code starts[0]..length}). */
    private void sortMembers(String[] names, int[] starts, int[] ends, int count) {
        Integer[] order = new Integer[count];
        for (int k = 0; k < count; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
        int from = starts[0];
        byte[] copy = java.util.Arrays.copyOfRange(out, from, length);
        length = from;
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                put((byte) ',');
            }
            int m = order[k];
            int n = ends[m] - starts[m];
            ensure(n);
            System.arraycopy(copy, starts[m] - from, out, length, n);
            length += n;
        }
    }

    /**
     * {@code s} as a JSON string, as the module's generator writes it ({@link Json#generator}):
     * Jackson's standard escapes ({@code \"}, {@code \\}, {@code \b \t \n \f \r}, other control
     * characters as upper-case {@code \}{@code u00XX}), surrogates as lower-case {@code \}{@code uXXXX},
     * every other character in UTF-8.
     */
    private void string(String s) {
        if (s.length() > (Integer.MAX_VALUE - 16 - length) / 6) {
            throw ABANDON; // a limit far beyond any application's: not worth an exact long-hand path
        }
        ensure(s.length() * 6 + 2);
        byte[] b = out;
        int n = length;
        b[n++] = '"';
        for (int k = 0, l = s.length(); k < l; k++) {
            char c = s.charAt(k);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[n++] = (byte) c;
                    continue;
                }
                b[n++] = '\\';
                switch (c) {
                    case '"': b[n++] = '"'; break;
                    case '\\': b[n++] = '\\'; break;
                    case '\b': b[n++] = 'b'; break;
                    case '\t': b[n++] = 't'; break;
                    case '\n': b[n++] = 'n'; break;
                    case '\f': b[n++] = 'f'; break;
                    case '\r': b[n++] = 'r'; break;
                    default:
                        b[n++] = 'u';
                        b[n++] = '0';
                        b[n++] = '0';
                        b[n++] = HEX[c >> 4];
                        b[n++] = HEX[c & 0xF];
                }
            } else if (c < 0x800) {
                b[n++] = (byte) (0xC0 | (c >> 6));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[n++] = '\\';
                b[n++] = 'u';
                b[n++] = HEX_LOWER[c >> 12];
                b[n++] = HEX_LOWER[(c >> 8) & 0xF];
                b[n++] = HEX_LOWER[(c >> 4) & 0xF];
                b[n++] = HEX_LOWER[c & 0xF];
            } else {
                b[n++] = (byte) (0xE0 | (c >> 12));
                b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[n++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        b[n++] = '"';
        length = n;
    }

    private void putNull() {
        putAscii("null");
    }

    private void putAscii(String s) {
        ensure(s.length());
        for (int k = 0, l = s.length(); k < l; k++) {
            out[length++] = (byte) s.charAt(k);
        }
    }

    private void put(byte b) {
        ensure(1);
        out[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
