package it.esibe.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/** Test helpers for Jackson trees: exact parsing, shuffling keys and re-indenting. */
final class Trees {

    /** Parses decimals exactly, keeping their scale, like the module's own reader. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.instance)
            .build();

    private Trees() {
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A deep copy of {@code node} with the keys of every object in a random order. */
    static JsonNode shuffled(JsonNode node, Random random) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.shuffle(names, random);
            ObjectNode copy = MAPPER.getNodeFactory().objectNode();
            for (String name : names) {
                copy.set(name, shuffled(node.get(name), random));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = MAPPER.getNodeFactory().arrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                copy.add(shuffled(it.next(), random));
            }
            return copy;
        }
        return node;
    }

    /** {@code node} as JSON text with random insignificant white space between tokens. */
    static String reindented(JsonNode node, Random random) {
        StringBuilder sb = new StringBuilder();
        write(node, random, sb);
        return space(random) + sb + space(random);
    }

    private static void write(JsonNode node, Random random, StringBuilder sb) {
        if (node.isObject()) {
            sb.append('{').append(space(random));
            boolean first = true;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!first) {
                    sb.append(',').append(space(random));
                }
                first = false;
                sb.append(text(MAPPER.getNodeFactory().textNode(name))).append(space(random)).append(':')
                        .append(space(random));
                write(node.get(name), random, sb);
                sb.append(space(random));
            }
            sb.append('}');
        } else if (node.isArray()) {
            sb.append('[').append(space(random));
            for (int i = 0; i < node.size(); i++) {
                if (i > 0) {
                    sb.append(',').append(space(random));
                }
                write(node.get(i), random, sb);
                sb.append(space(random));
            }
            sb.append(']');
        } else {
            sb.append(text(node));
        }
    }

    private static String text(JsonNode scalar) {
        try {
            return MAPPER.writeValueAsString(scalar);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String space(Random random) {
        String[] choices = {"", " ", "\n", "\t", "\r\n  ", "    "};
        return choices[random.nextInt(choices.length)];
    }
}
