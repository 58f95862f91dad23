package it.esibe.io.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a Jackson tree as compact JSON, optionally with object keys sorted (the canonical form).
 *
 * <p>Iterative rather than recursive, so that a tree of any depth handed in by an embedder cannot
 * overflow the stack. Numbers are written as the text of their exact value: integers as digits,
 * decimals as {@link BigDecimal#toString()} (scale kept, exponent form for large exponents, never
 * {@code toPlainString}, which could produce gigabytes for {@code 1E+999999999}).
 */
public final class NodeWriter {

    private NodeWriter() {
    }

    /** {@code node} as compact JSON, keys sorted by {@link String#compareTo} when {@code sortKeys}. */
    public static String toJson(JsonNode node, boolean sortKeys) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.generator(out)) {
            write(node, g, sortKeys);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return out.toString();
    }

    /** Writes {@code root} to {@code g}. */
    public static void write(JsonNode root, JsonGenerator g, boolean sortKeys) throws IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        JsonNode next = root;
        while (true) {
            if (next != null) {
                if (next.isObject()) {
                    g.writeStartObject();
                    List<String> names = new ArrayList<>(next.size());
                    next.fieldNames().forEachRemaining(names::add);
                    if (sortKeys) {
                        Collections.sort(names);
                    }
                    stack.push(new Frame(next, names.iterator()));
                } else if (next.isArray()) {
                    g.writeStartArray();
                    stack.push(new Frame(next, null));
                } else {
                    scalar(next, g);
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

    private static void scalar(JsonNode node, JsonGenerator g) throws IOException {
        if (node.isTextual()) {
            g.writeString(node.textValue());
        } else if (node.isIntegralNumber()) {
            g.writeNumber(node.bigIntegerValue());
        } else if (node.isBigDecimal()) {
            g.writeNumber(node.decimalValue());
        } else if (node.isFloatingPointNumber()) {
            double d = node.doubleValue();
            if (Double.isFinite(d)) {
                // Trees the readers build hold BigDecimals; a double only comes from an embedder's
                // tree and is written as its shortest exact decimal.
                g.writeNumber(node.isFloat() ? new BigDecimal(Float.toString(node.floatValue())) : BigDecimal.valueOf(d));
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
