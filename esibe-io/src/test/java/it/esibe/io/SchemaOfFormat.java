package it.esibe.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.format.ApplicationFormat;
import it.esibe.core.format.FieldFormat;
import it.esibe.core.format.FieldType;
import it.esibe.core.format.ObjectFormat;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON Schema of the application format as the declaration gives it ({@link ApplicationFormat}):
 * every object's properties, required list and description, every field's type, limits and
 * description. Only what no field states is written here: the document's frame (identifiers, title,
 * the note on what only the library checks), the country codes' definition, and the patent's rules
 * across two fields. The shipped schema must be exactly this text.
 */
final class SchemaOfFormat {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    static final String DESCRIPTION = "An application to the Elenco Speciale delle Imprese Biotecnologiche Emergenti."
            + " Validating with this schema catches the structural and most semantic breaks before sending; some"
            + " rules are beyond JSON Schema and are checked only by the library (see docs/JSON-SCHEMA.md): the"
            + " partita IVA check digit, real calendar dates, unique fiscal years, rdExpenditureItaly <="
            + " rdExpenditure, holders' capital shares summing to at most 100, taxonomy membership of technology and"
            + " priority codes, and the reader's size limits.";

    /** The definition that holds a closed list of codes, by the field's values. */
    private static final String COUNTRY = "country";

    private SchemaOfFormat() {
    }

    /** The whole schema, as the shipped resource writes it. */
    static String json() {
        return print(document(), "") + "\n";
    }

    static ObjectNode document() {
        ObjectNode root = NODES.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://esibe.it/schema/application-v1.schema.json");
        root.put("title", "ESIBE application (ESIBE-FORMAT v1.1, schemaVersion 1)");
        root.put("description", DESCRIPTION);
        Map<String, JsonNode> defs = new LinkedHashMap<>();
        ObjectNode application = object(ApplicationFormat.root(), defs);
        application.remove("description");
        root.setAll(application);
        root.putObject("$defs").setAll(defs);
        return root;
    }

    /** The definition of {@code o}, adding the definitions it refers to, in the order first met. */
    static ObjectNode object(ObjectFormat o, Map<String, JsonNode> defs) {
        ObjectNode def = NODES.objectNode();
        def.put("description", o.description(Locale.ENGLISH));
        def.put("type", "object");
        def.put("additionalProperties", false);
        List<String> required = o.fields().stream().filter(FieldFormat::isRequired).map(FieldFormat::name).toList();
        if (!required.isEmpty()) {
            ArrayNode names = def.putArray("required");
            required.forEach(names::add);
        }
        ObjectNode properties = def.putObject("properties");
        for (FieldFormat f : o.fields()) {
            properties.set(f.name(), property(f, defs));
        }
        if (o == ApplicationFormat.PATENT) {
            def.set("allOf", patentRules());
        }
        return def;
    }

    /** The schema of one field. */
    static ObjectNode property(FieldFormat f, Map<String, JsonNode> defs) {
        ObjectNode p = NODES.objectNode();
        switch (f.type()) {
            case STRING -> {
                if (!f.values().isEmpty()) {
                    p.put("$ref", "#/$defs/" + COUNTRY);
                    if (!defs.containsKey(COUNTRY)) {
                        ObjectNode codes = NODES.objectNode();
                        codes.put("description", "ISO 3166-1 alpha-2, officially assigned codes");
                        ArrayNode values = codes.putArray("enum");
                        f.values().forEach(values::add);
                        defs.put(COUNTRY, codes);
                    }
                    break;
                }
                type(p, "string", f);
                if (f.isNotBlank()) {
                    p.put("minLength", 1);
                }
                f.maxLength().ifPresent(max -> p.put("maxLength", max));
                f.pattern().or(() -> f.isNotBlank() ? java.util.Optional.of("\\S") : java.util.Optional.empty())
                        .ifPresent(regex -> p.put("pattern", regex));
            }
            case DATE -> {
                type(p, "string", f);
                p.put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                p.put("format", "date");
            }
            case ENUM -> {
                ArrayNode values = p.putArray("enum");
                f.values().forEach(values::add);
                if (!f.isRequired()) {
                    values.addNull();
                }
            }
            case INTEGER -> {
                type(p, "integer", f);
                BigDecimal min = f.minimum().orElseThrow();
                BigDecimal max = f.maximum().orElseThrow();
                if (min.equals(max)) {
                    p.put("const", min);
                } else {
                    p.put("minimum", min);
                    p.put("maximum", max);
                }
            }
            case AMOUNT, SHARE, STAFF -> {
                type(p, "number", f);
                p.put("minimum", f.minimum().orElseThrow());
                p.put("maximum", f.maximum().orElseThrow());
                p.put("multipleOf", BigDecimal.ONE.movePointLeft(f.decimals().getAsInt()));
            }
            case OBJECT -> {
                ObjectFormat o = f.object().orElseThrow();
                ObjectNode ref = reference(o, defs);
                if (f.isRequired()) {
                    p.setAll(ref);
                } else {
                    ArrayNode any = p.putArray("anyOf");
                    any.addObject().put("type", "null");
                    any.add(ref);
                }
            }
            case LIST -> {
                type(p, "array", f);
                f.minItems().ifPresent(min -> p.put("minItems", min));
                p.put("maxItems", ReadLimits.DEFAULTS.maxItemsPerList());
                if (f.isUniqueItems()) {
                    p.put("uniqueItems", true);
                }
                if (f.itemType().orElseThrow() == FieldType.STRING) {
                    ObjectNode items = p.putObject("items");
                    items.put("type", "string");
                    f.pattern().ifPresent(regex -> items.put("pattern", regex));
                } else {
                    p.set("items", reference(f.object().orElseThrow(), defs));
                }
            }
            default -> throw new IllegalStateException("no schema for " + f);
        }
        p.put("description", f.description(Locale.ENGLISH));
        return p;
    }

    /** A reference to {@code o}'s definition, which is added (with those it refers to) when first met. */
    private static ObjectNode reference(ObjectFormat o, Map<String, JsonNode> defs) {
        if (!defs.containsKey(o.name())) {
            defs.put(o.name(), NODES.objectNode()); // its place, in the order first met
            defs.put(o.name(), object(o, defs));
        }
        ObjectNode ref = NODES.objectNode();
        ref.put("$ref", "#/$defs/" + o.name());
        return ref;
    }

    /** The JSON type, with {@code null} allowed for an optional field (absent and null mean the same). */
    private static void type(ObjectNode p, String type, FieldFormat f) {
        if (f.isRequired()) {
            p.put("type", type);
        } else {
            p.putArray("type").add(type).add("null");
        }
    }

    /** A WO number is never granted; a licence expiry only with a licence (across two fields). */
    private static ArrayNode patentRules() {
        ArrayNode all = NODES.arrayNode();
        ObjectNode wo = all.addObject();
        ObjectNode woIf = wo.putObject("if");
        woIf.putObject("properties").putObject("number").put("type", "string").put("pattern", "^WO");
        woIf.putArray("required").add("number");
        wo.putObject("then").putObject("properties").putObject("status").putObject("not").put("const", "GRANTED");
        ObjectNode licence = all.addObject();
        ObjectNode licenceIf = licence.putObject("if");
        licenceIf.putObject("properties").putObject("licenceExpiresOn").put("type", "string");
        licenceIf.putArray("required").add("licenceExpiresOn");
        licence.putObject("then").putObject("properties").putObject("holding").put("const", "LICENSED");
        return all;
    }

    /** Two-space indentation, every array element and property on a line of its own, ASCII only. */
    static String print(JsonNode node, String indent) {
        String inner = indent + "  ";
        if (node.isObject()) {
            if (node.isEmpty()) {
                return "{}";
            }
            StringBuilder sb = new StringBuilder("{\n");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                sb.append(inner).append(string(e.getKey())).append(": ").append(print(e.getValue(), inner))
                        .append(it.hasNext() ? ",\n" : "\n");
            }
            return sb.append(indent).append('}').toString();
        }
        if (node.isArray()) {
            if (node.isEmpty()) {
                return "[]";
            }
            StringBuilder sb = new StringBuilder("[\n");
            for (int i = 0; i < node.size(); i++) {
                sb.append(inner).append(print(node.get(i), inner)).append(i < node.size() - 1 ? ",\n" : "\n");
            }
            return sb.append(indent).append(']').toString();
        }
        if (node.isTextual()) {
            return string(node.textValue());
        }
        if (node.isNumber()) {
            return node.decimalValue().toPlainString();
        }
        return node.toString();
    }

    private static String string(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
