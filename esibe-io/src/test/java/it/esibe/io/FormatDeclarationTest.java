package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.format.ApplicationFormat;
import it.esibe.core.format.FieldFormat;
import it.esibe.core.format.FieldType;
import it.esibe.core.format.ObjectFormat;
import it.esibe.core.model.Application;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * What is written about the application format outside the code, checked field by field against its
 * declaration ({@link ApplicationFormat}): the shipped JSON Schema, the CSV templates (both copies)
 * and the column table of docs/CSV-FORMAT.md. The reader, the writer and the CSV layout are derived
 * from the declaration; the tests that read and write the spec's sample pin what they derive.
 */
class FormatDeclarationTest {

    private static final Path DOCS = Path.of("..", "docs");
    private static final Application SAMPLE = ApplicationJson.reader().read(Samples.application()).application();

    /** Each object's and each field's schema, then the whole text: the shipped schema is the derived one. */
    @Test
    void theShippedSchemaIsTheOneTheDeclarationGives() throws IOException {
        Path fresh = Path.of("target", "application.schema.json");
        boolean same = ApplicationSchema.json().equals(SchemaOfFormat.json());
        if (!same) {
            Files.writeString(fresh, SchemaOfFormat.json(), StandardCharsets.UTF_8);
        }
        JsonNode shipped = Trees.parse(ApplicationSchema.json());
        JsonNode derived = SchemaOfFormat.document();
        for (ObjectFormat o : ApplicationFormat.objects()) {
            JsonNode def = o == ApplicationFormat.root() ? shipped : shipped.path("$defs").path(o.name());
            JsonNode want = o == ApplicationFormat.root() ? derived : derived.path("$defs").path(o.name());
            assertThat(names(def.path("properties"))).as("the properties of %s, in order", o.name())
                    .isEqualTo(o.names());
            assertThat(SchemaOfFormat.print(def.path("required"), "")).as("the required properties of %s", o.name())
                    .isEqualTo(SchemaOfFormat.print(want.path("required"), ""));
            for (FieldFormat f : o.fields()) {
                // As text: a number parsed from the file and one the declaration gives are different nodes.
                assertThat(SchemaOfFormat.print(def.path("properties").path(f.name()), ""))
                        .as("the schema of %s.%s", o.name(), f.name())
                        .isEqualTo(SchemaOfFormat.print(want.path("properties").path(f.name()), ""));
            }
        }
        if (!same) {
            throw new AssertionError("the shipped schema is not the one the declaration gives: " + fresh.toAbsolutePath()
                    + " is; copy it to src/main/resources/it/esibe/io/application.schema.json");
        }
    }

    @Test
    void bothCopiesOfEachCsvTemplateAreTheSpecSampleAsTheWriterWritesIt() throws IOException {
        for (boolean italian : new boolean[] {false, true}) {
            String name = "application-template-" + (italian ? "it" : "en") + ".csv";
            CsvOptions options = CsvOptions.DEFAULTS.withItalianHeaders(italian).withDelimiter(italian ? ';' : ',');
            String written = new String(CsvFilesTest.csv(options, SAMPLE), StandardCharsets.UTF_8);
            String resource;
            try (InputStream in = FormatDeclarationTest.class.getResourceAsStream("/it/esibe/io/csv/" + name)) {
                resource = new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(resource).as("the jar's " + name).isEqualTo(written);
            assertThat(Files.readString(DOCS.resolve(name), StandardCharsets.UTF_8)).as("docs/" + name)
                    .isEqualTo(written);
        }
    }

    /** docs/CSV-FORMAT.md's column table: every column, in order, with its names, path and item fields. */
    @Test
    void theColumnTableOfTheCsvDocumentIsTheLayout() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(DOCS.resolve("CSV-FORMAT.md"), StandardCharsets.UTF_8)) {
            if (line.startsWith("| English header |")) {
                inTable = true;
            } else if (inTable && line.startsWith("| `")) {
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
                    cells.add(cell.strip());
                }
                rows.add(cells);
            } else if (inTable && !line.startsWith("|")) {
                break;
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        columns(ApplicationFormat.root(), "", "", "", expected);
        List<String> english = ApplicationCsvWriter.headers(CsvOptions.DEFAULTS);
        List<String> italian = ApplicationCsvWriter.headers(CsvOptions.DEFAULTS.withItalianHeaders(true));
        assertThat(rows).hasSameSizeAs(english);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            assertThat(row.get(0)).isEqualTo("`" + english.get(i) + "`");
            assertThat(row.get(1)).isEqualTo("`" + italian.get(i) + "`");
            assertThat(row.get(2)).as(english.get(i)).isEqualTo("`" + expected.get(english.get(i)) + "`");
        }
        assertThat(expected.keySet()).containsExactlyElementsOf(english);
        // A list's item fields, in order, in the content cell.
        for (ObjectFormat o : ApplicationFormat.objects()) {
            for (FieldFormat f : o.fields()) {
                if (f.type() == FieldType.LIST && f.itemType().orElseThrow() == FieldType.OBJECT) {
                    String form = String.join("\\|", f.object().orElseThrow().names());
                    assertThat(rows).as(f.name()).anySatisfy(row -> {
                        assertThat(row.get(0)).isEqualTo("`" + f.csvName(Locale.ENGLISH).orElseThrow() + "`");
                        assertThat(row.get(3)).contains("items `" + form + "`");
                    });
                }
            }
        }
    }

    /** English names and JSON paths of the columns, as the layout derives them. */
    private static void columns(ObjectFormat o, String prefix, String path, String dot, Map<String, String> out) {
        for (FieldFormat f : o.fields()) {
            String name = prefix + f.csvName(Locale.ENGLISH).orElseThrow();
            if (f.type() == FieldType.OBJECT) {
                columns(f.object().orElseThrow(), name, path + dot + f.name(), ".", out);
            } else {
                out.put(name, path + dot + f.name() + (f.type() == FieldType.LIST ? "[]" : ""));
            }
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
