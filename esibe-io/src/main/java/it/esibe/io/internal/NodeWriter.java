package it.esibe.io.internal;

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

    /**
     * The canonical text of a number (ESIBE-FORMAT-v1.1, "Decision"): plain decimal notation, no
     * exponent, no trailing fractional zeros, no sign on zero ({@code 120000.00} and {@code 1.2E+5}
     * are {@code 120000}, {@code 0.50} is {@code 0.5}, {@code -0} is {@code 0}). A number whose plain
     * form would have more than {@value CanonicalJsonLimits#MAX_PLAIN_DIGITS} digits before or after the
     * point, which no reader accepts as a value, keeps the exponent form of its normalised value
     * ({@code 1E+999999999}) so that it is still written exactly, and in bounded space.
     */
    public static String canonicalNumber(BigDecimal value) {
        if (value.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = strip(value);
        long scale = stripped.scale();
        // precision() is cheap here: strip() left a bounded number of digits, or the value is huge
        // in exponent only.
        long integerDigits = stripped.precision() - scale;
        if (scale > CanonicalJson.MAX_PLAIN_DIGITS || integerDigits > CanonicalJson.MAX_PLAIN_DIGITS) {
            return stripped.toString();
        }
        return stripped.toPlainString();
    }

    /**
     * {@code value} without trailing zeros in its unscaled value. {@link BigDecimal#stripTrailingZeros}
     * takes time quadratic in the digits for a huge unscaled value with many trailing zeros; here
     * the zeros are counted from the decimal text first, and removed in one division.
     */
    private static BigDecimal strip(BigDecimal value) {
        BigInteger unscaled = value.unscaledValue();
        if (unscaled.bitLength() < 4096) {
            return value.stripTrailingZeros();
        }
        String digits = unscaled.abs().toString();
        int zeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        if (zeros == 0) {
            return value;
        }
        long scale = (long) value.scale() - zeros;
        if (scale < Integer.MIN_VALUE) {
            return value; // an exponent beyond any meaning: written as given, still exactly
        }
        BigInteger kept = new BigInteger(digits.substring(0, digits.length() - zeros));
        return new BigDecimal(unscaled.signum() < 0 ? kept.negate() : kept, (int) scale);
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
