package it.esibe.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>The layout converts between a row and the application's JSON tree, so that a CSV record is
 * judged by exactly the same reader, with the same JSON paths, as a JSON record.
 */
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

    /** A holder's fields; {@code group} (v1.1) comes last, so that cells written before it read the same. */
    private static final List<Field> HOLDER = List.of(new Field("name", Type.TEXT), new Field("type", Type.TEXT),
            new Field("capitalShare", Type.NUMBER), new Field("votingShare", Type.NUMBER),
            new Field("staffHeadcount", Type.NUMBER), new Field("turnover", Type.NUMBER),
            new Field("balanceSheetTotal", Type.NUMBER), new Field("group", Type.TEXT));

    /** A participation's fields: no type, a participation is always an enterprise (v1.1). */
    private static final List<Field> PARTICIPATION = List.of(new Field("name", Type.TEXT),
            new Field("capitalShare", Type.NUMBER), new Field("votingShare", Type.NUMBER),
            new Field("staffHeadcount", Type.NUMBER), new Field("turnover", Type.NUMBER),
            new Field("balanceSheetTotal", Type.NUMBER));

    /** Every column, in the order the template and the writer use. */
    public static final List<Column> COLUMNS = List.of(
            scalar("schemaVersion", "versione_schema", Type.INTEGER, "schemaVersion"),
            scalar("applicationId", "codice_domanda", Type.TEXT, "applicationId"),
            scalar("submittedOn", "data_presentazione", Type.TEXT, "submittedOn"),
            scalar("companyName", "denominazione", Type.TEXT, "company", "name"),
            scalar("vatNumber", "partita_iva", Type.TEXT, "company", "vatNumber"),
            scalar("legalSeatCountry", "sede_legale_paese", Type.TEXT, "company", "legalSeat", "country"),
            scalar("legalSeatRegion", "sede_legale_regione", Type.TEXT, "company", "legalSeat", "region"),
            scalar("legalSeatCity", "sede_legale_comune", Type.TEXT, "company", "legalSeat", "city"),
            scalar("headquartersCountry", "sede_principale_paese", Type.TEXT, "company", "headquarters", "country"),
            scalar("headquartersRegion", "sede_principale_regione", Type.TEXT, "company", "headquarters", "region"),
            scalar("headquartersCity", "sede_principale_comune", Type.TEXT, "company", "headquarters", "city"),
            scalar("track", "percorso", Type.TEXT, "track"),
            scalar("developmentStage", "fase_sviluppo", Type.TEXT, "developmentStage"),
            list("fiscalYears", "esercizi", List.of("fiscalYears"), List.of(new Field("year", Type.INTEGER),
                    new Field("rdExpenditure", Type.NUMBER), new Field("rdExpenditureItaly", Type.NUMBER),
                    new Field("euInternationalGrants", Type.NUMBER), new Field("staffHeadcount", Type.NUMBER),
                    new Field("turnover", Type.NUMBER), new Field("balanceSheetTotal", Type.NUMBER))),
            list("patents", "brevetti", List.of("patents"), List.of(new Field("number", Type.TEXT),
                    new Field("holding", Type.TEXT), new Field("status", Type.TEXT),
                    new Field("expiresOn", Type.TEXT), new Field("licenceExpiresOn", Type.TEXT))),
            list("programs", "programmi", List.of("programs"), List.of(new Field("title", Type.TEXT),
                    new Field("technology", Type.TEXT), new Field("priorities", Type.TEXT_LIST))),
            list("holders", "soci", List.of("ownership", "holders"), HOLDER),
            list("participations", "partecipazioni", List.of("ownership", "participations"), PARTICIPATION));

    private static final char ITEM = ';';
    private static final char FIELD = '|';
    private static final char SUB = ',';
    private static final char ESCAPE = '\\';

    private CsvLayout() {
    }

    private static Column scalar(String english, String italian, Type type, String... path) {
        return new Column(english, italian, List.of(path), type, List.of());
    }

    private static Column list(String english, String italian, List<String> path, List<Field> fields) {
        return new Column(english, italian, path, null, fields);
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
