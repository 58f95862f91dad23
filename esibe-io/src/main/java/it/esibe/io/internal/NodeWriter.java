package it.esibe.io.internal;

import it.esibe.core.model.CanonicalNumber;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.io.CanonicalJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes a Jackson tree as compact JSON, either as given or in the canonical form of
 * {@code inputSha256} (object keys sorted, numbers normalised).
 *
 * <p>Iterative rather than recursive, so that a tree of any depth handed in by an embedder cannot
 * overflow the stack. Numbers are written as the text of their exact value: integers as digits;
 * decimals as given by {@link BigDecimal#toString()} (scale kept, exponent form for large
 * exponents), or in the canonical form as plain decimal notation without trailing fractional zeros
 * ({@link #canonicalNumber}). Never {@code toPlainString} on an unbounded value, which could produce
 * gigabytes for {@code 1E+999999999}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class NodeWriter {

    private NodeWriter() {
    }

    /**
     * {@code node} as compact JSON; when {@code canonical}, keys sorted by {@link String#compareTo}
     * and numbers normalised ({@link #canonicalNumber}).
     */
    public static String toJson(JsonNode node, boolean canonical) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.generator(out)) {
            write(node, g, canonical);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    /** Writes {@code root} to {@code g}, in the canonical form when {@code canonical}. */
    public static void write(JsonNode root, JsonGenerator g, boolean canonical) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        JsonNode next = root;
        while (true) {
            if (next != null) {
                if (next.isObject()) {
                    g.writeStartObject();
                    List<String> names = new ArrayList<>(next.size());
                    next.fieldNames().forEachRemaining(names::add);
                    if (canonical) {
                        Collections.sort(names);
                    }
                    stack.push(new Frame(next, names.iterator()));
                } else if (next.isArray()) {
                    g.writeStartArray();
                    stack.push(new Frame(next, null));
                } else {
                    scalar(next, g, canonical);
                }
                next = null;
            }
            Frame frame = stack.peek();
            if (frame == null) {
                return;
            }
            if (frame.names != null) {
                if (frame.names.hasNext()) {
                    String name = frame.names.next();
                    g.writeFieldName(name);
                    next = frame.node.get(name);
                } else {
                    g.writeEndObject();
                    stack.pop();
                }
            } else if (frame.index < frame.node.size()) {
                next = frame.node.get(frame.index++);
            } else {
                g.writeEndArray();
                stack.pop();
            }
        }
    }

    private static void scalar(JsonNode node, JsonGenerator g, boolean canonical) throws IOException {
        if (node.isTextual()) {
            g.writeString(node.textValue());
        } else if (node.isIntegralNumber()) {
            if (canonical) {
                // Through the same normalisation as decimals, so that 1E+3 and 1000 are one number.
                g.writeNumber(canonicalNumber(new BigDecimal(node.bigIntegerValue())));
            } else {
                g.writeNumber(node.bigIntegerValue());
            }
        } else if (node.isBigDecimal()) {
            decimal(node.decimalValue(), g, canonical);
        } else if (node.isFloatingPointNumber()) {
            double d = node.doubleValue();
            if (Double.isFinite(d)) {
                // Trees the readers build hold BigDecimals; a double only comes from an embedder's
                // tree and is written as its shortest exact decimal.
                decimal(node.isFloat() ? new BigDecimal(Float.toString(node.floatValue())) : BigDecimal.valueOf(d),
                        g, canonical);
            } else {
                // JSON has no NaN or Infinity: write the name as a string rather than fail.
                g.writeString(Double.toString(d));
            }
        } else if (node.isBoolean()) {
            g.writeBoolean(node.booleanValue());
        } else if (node.isNull()) {
            g.writeNull();
        } else if (node.isBinary()) {
            g.writeString(node.asText());
        } else {
            throw new IllegalArgumentException("not JSON data: a " + node.getNodeType() + " node");
        }
    }

    private static void decimal(BigDecimal value, JsonGenerator g, boolean canonical) throws IOException {
        if (canonical) {
            g.writeNumber(canonicalNumber(value));
        } else {
            g.writeNumber(value);
        }
    }

    /** The canonical text of a number: esibe-core's one rule, {@link CanonicalNumber#of}. */
    public static String canonicalNumber(BigDecimal value) {
        return CanonicalNumber.of(value);
    }

    private static final class Frame {
        final JsonNode node;
        final @Nullable Iterator<String> names;
        int index;

        Frame(JsonNode node, @Nullable Iterator<String> names) {
            this.node = node;
            this.names = names;
        }
    }
}
