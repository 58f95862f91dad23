package it.esibe.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.format.ApplicationFormat;
import it.esibe.core.format.FieldFormat;
import it.esibe.core.format.FieldType;
import it.esibe.core.format.ObjectFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The flat CSV layout of an application (docs/CSV-FORMAT.md): one row per application, one column
 * per scalar property, and one column per list whose items are encoded in the cell.
 *
 * <p>In a list cell, items are separated by {@code ;}, the fields of an item by {@code |} in a fixed
 * order, and a programme's priorities by {@code ,}; a backslash makes the next character literal
 * ({@code \;}, {@code \|}, {@code \,}, {@code \\}). An empty cell or field is an absent value; an
 * empty priorities field is an empty list. Numbers are written as in JSON (a point as decimal
 * separator, no thousands separator).
 *
 * <p>The columns are derived from the declaration of the format ({@link ApplicationFormat}): their
 * names, their order and the fields of list items. The layout converts between a row and the
 * application's JSON tree, so that a CSV record is judged by exactly the same reader, with the same
 * JSON paths, as a JSON record.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CsvLayout {

    /** How a value is written in a cell. */
    enum Type { TEXT, INTEGER, NUMBER, TEXT_LIST }

    /** One field of a list item, in the item's fixed order. */
    record Field(String name, Type type) {
    }

    /**
     * One column.
     *
     * @param english the English header
     * @param italian the Italian header
     * @param path the JSON property path of a scalar column, or of the list of a list column
     * @param type the scalar's type, {@code null} for a list column
     * @param fields the fields of a list column's items, empty for a scalar column
     */
    public record Column(String english, String italian, List<String> path, @Nullable Type type, List<Field> fields) {

        /** Whether the cell holds a list of items. */
        public boolean isList() {
            return type == null;
        }

        /** The JSON path of the value, as violations name it ({@code company.legalSeat.country}). */
        public String jsonPath() {
            return String.join(".", path);
        }

        /** The field names of a list column's items, in order, joined by {@code |}. */
        public String itemForm() {
            StringBuilder sb = new StringBuilder();
            for (Field f : fields) {
                sb.append(sb.length() == 0 ? "" : "|").append(f.name());
            }
            return sb.toString();
        }
    }

    /** Every column, in the order the template and the writer use: derived from {@link ApplicationFormat}. */
    public static final List<Column> COLUMNS = columns(ApplicationFormat.root(), List.of(), "", "", new ArrayList<>());

    private static final char ITEM = ';';
    private static final char FIELD = '|';
    private static final char SUB = ',';
    private static final char ESCAPE = '\\';

    private CsvLayout() {
    }

    /**
     * The columns of {@code format}'s fields, at {@code path}: a scalar field is a column, an object
     * field's fields are columns of their own (named with the object field's prefix), and a list of
     * objects is one column whose items hold the fields of its objects, in the format's order.
     */
    private static List<Column> columns(ObjectFormat format, List<String> path, String english, String italian,
            List<Column> out) {
        for (FieldFormat f : format.fields()) {
            List<String> at = new ArrayList<>(path);
            at.add(f.name());
            String en = english + f.csvName(Locale.ENGLISH).orElseThrow(() -> noColumn(f));
            String it = italian + f.csvName(Locale.ITALIAN).orElseThrow(() -> noColumn(f));
            if (f.type() == FieldType.OBJECT) {
                columns(f.object().orElseThrow(), at, en, it, out);
            } else if (f.type() == FieldType.LIST) {
                List<Field> fields = f.object().orElseThrow(() -> noColumn(f)).fields().stream()
                        .map(item -> new Field(item.name(), type(item))).toList();
                out.add(new Column(en, it, List.copyOf(at), null, fields));
            } else {
                out.add(new Column(en, it, List.copyOf(at), type(f), List.of()));
            }
        }
        return List.copyOf(out);
    }

    private static IllegalStateException noColumn(FieldFormat f) {
        return new IllegalStateException("ApplicationFormat declares no CSV column for " + f);
    }

    /** How a field's value is written in a cell. */
    private static Type type(FieldFormat f) {
        switch (f.type()) {
            case INTEGER:
                return Type.INTEGER;
            case AMOUNT:
            case SHARE:
            case STAFF:
                return Type.NUMBER;
            case LIST:
                return Type.TEXT_LIST;
            default:
                return Type.TEXT;
        }
    }

    /**
     * Gives {@code tree} (a row's application) every optional list and object it lacks, empty, as the
     * JSON writer writes them (the model never holds them absent), so that a CSV record hashes like its
     * JSON twin.
     */
    public static void fillAbsent(ObjectNode tree) {
        fillAbsent(tree, ApplicationFormat.root());
    }

    private static void fillAbsent(ObjectNode tree, ObjectFormat format) {
        for (FieldFormat f : format.fields()) {
            if (f.isRequired() || tree.has(f.name())) {
                if (f.type() == FieldType.OBJECT && tree.get(f.name()) instanceof ObjectNode nested && !f.isRequired()) {
                    fillAbsent(nested, f.object().orElseThrow());
                }
                continue;
            }
            if (f.type() == FieldType.LIST) {
                tree.putArray(f.name());
            } else if (f.type() == FieldType.OBJECT) {
                fillAbsent(tree.putObject(f.name()), f.object().orElseThrow());
            }
        }
    }

    /** The column whose English or Italian header is {@code header} (letter case and surrounding blanks ignored). */
    public static @Nullable Column byHeader(String header) {
        String h = header.strip().toLowerCase(Locale.ROOT);
        for (Column c : COLUMNS) {
            if (c.english().toLowerCase(Locale.ROOT).equals(h) || c.italian().equals(h)) {
                return c;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- tree -> cells

    /** The cells of {@code tree} (an application's JSON tree), one per column, in {@link #COLUMNS} order. */
    public static List<String> cells(ObjectNode tree) {
        List<String> out = new ArrayList<>(COLUMNS.size());
        for (Column c : COLUMNS) {
            JsonNode node = at(tree, c.path());
            if (!c.isList()) {
                out.add(node == null ? "" : scalarText(node));
                continue;
            }
            StringBuilder cell = new StringBuilder();
            if (node != null && node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        cell.append(ITEM);
                    }
                    JsonNode item = node.get(i);
                    for (int f = 0; f < c.fields().size(); f++) {
                        if (f > 0) {
                            cell.append(FIELD);
                        }
                        Field field = c.fields().get(f);
                        JsonNode value = item.get(field.name());
                        if (value == null || value.isNull()) {
                            continue;
                        }
                        if (field.type() == Type.TEXT_LIST) {
                            for (int p = 0; p < value.size(); p++) {
                                if (p > 0) {
                                    cell.append(SUB);
                                }
                                escape(cell, scalarText(value.get(p)));
                            }
                        } else {
                            escape(cell, scalarText(value));
                        }
                    }
                }
            }
            out.add(cell.toString());
        }
        return out;
    }

    private static @Nullable JsonNode at(JsonNode tree, List<String> path) {
        JsonNode node = tree;
        for (String name : path) {
            node = node.get(name);
            if (node == null || node.isNull()) {
                return null;
            }
        }
        return node;
    }

    private static String scalarText(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return node.decimalValue().toString();
        }
        return node.asText();
    }

    private static void escape(StringBuilder sb, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == ITEM || ch == FIELD || ch == SUB || ch == ESCAPE) {
                sb.append(ESCAPE);
            }
            sb.append(ch);
        }
    }

    // ---------------------------------------------------------------- cells -> tree

    /**
     * Puts the value of {@code cell} for column {@code c} into {@code tree}. A number cell is read by
     * {@code numbers}, the number reader of JSON input, so that both formats accept the same numbers
     * with the same limits and messages; a value that cannot be read (a number cell that is no
     * number, a number over a limit) is reported in {@code problems} with its JSON path and is
     * {@code null} in the tree.
     */
    public static void put(ObjectNode tree, Column c, String cell, Problems problems, NumberReader numbers) {
        if (cell.isEmpty()) {
            return;
        }
        ObjectNode parent = tree;
        List<String> path = c.path();
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode child = parent.get(path.get(i));
            parent = child instanceof ObjectNode ? (ObjectNode) child : parent.putObject(path.get(i));
        }
        String name = path.get(path.size() - 1);
        if (!c.isList()) {
            parent.set(name, scalar(cell, c.type(), c.jsonPath(), problems, numbers));
            return;
        }
        ArrayNode items = parent.putArray(name);
        List<String> encoded = split(cell, ITEM);
        for (int i = 0; i < encoded.size(); i++) {
            ObjectNode item = items.addObject();
            String itemPath = c.jsonPath() + "[" + i + "]";
            List<String> values = split(encoded.get(i), FIELD);
            if (values.size() > c.fields().size()) {
                problems.add(itemPath, ReadProblem.CSV_TOO_MANY_FIELDS, i + 1, values.size(), c.fields().size(),
                        c.itemForm());
            }
            for (int f = 0; f < Math.min(values.size(), c.fields().size()); f++) {
                Field field = c.fields().get(f);
                String text = values.get(f);
                if (field.type() == Type.TEXT_LIST) {
                    ArrayNode list = item.putArray(field.name());
                    if (!text.isEmpty()) {
                        for (String element : split(text, SUB)) {
                            list.add(unescape(element));
                        }
                    }
                } else if (!text.isEmpty()) {
                    item.set(field.name(), scalar(unescape(text), field.type(), itemPath + "." + field.name(),
                            problems, numbers));
                }
            }
        }
    }

    private static JsonNode scalar(String text, @Nullable Type type, String path, Problems problems,
            NumberReader numbers) {
        if (type != Type.INTEGER && type != Type.NUMBER) {
            return Json.NODES.textNode(text);
        }
        // Integers and decimals alike become numbers: "2024.0" in an integer column is then judged
        // exactly as 2024.0 in JSON ("must be an integer number").
        NumberReader.Literal literal = numbers.literal(text);
        JsonNode node = literal.node();
        if (node != null) {
            return node;
        }
        ReadProblem problem = literal.problem();
        if (problem == null) {
            problems.unreadable(path, type == Type.INTEGER ? ReadProblem.CSV_NOT_AN_INTEGER
                    : ReadProblem.CSV_NOT_A_NUMBER, Texts.quote(text));
        } else {
            problems.unreadable(path, problem, literal.args());
        }
        return NullNode.getInstance();
    }

    /** {@code text} cut at every {@code separator} not escaped by a backslash; escapes are kept. */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ESCAPE) {
                i++;
            } else if (ch == separator) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** {@code text} with its escapes resolved; a final lone backslash stands for itself. */
    static String unescape(String text) {
        if (text.indexOf(ESCAPE) < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ESCAPE && i + 1 < text.length()) {
                ch = text.charAt(++i);
            }
            sb.append(ch);
        }
        return sb.toString();
    }
}
