package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.io.internal.Texts;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/LIMITS.md states every limit once, in tables; the code's defaults and ranges are those. */
class LimitsDocTest {

    private static final Path DOC = Path.of("..", "docs", "LIMITS.md");

    /** A table row: its cells, without the pipes. */
    private static List<List<String>> rows(String section) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("## " + section);
        assertThat(start).as("section %s of %s", section, DOC).isNotNegative();
        int end = doc.indexOf("\n## ", start + 1);
        List<List<String>> rows = new ArrayList<>();
        for (String line : doc.substring(start, end < 0 ? doc.length() : end).split("\n")) {
            if (!line.startsWith("| ") || line.startsWith("| limit ") || line.startsWith("|---")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The first number of a cell, written with spaces between thousands ("1 048 576 (1 MiB)"). */
    private static long number(String cell) {
        Matcher m = Pattern.compile("\\d{1,3}(?: \\d{3})*").matcher(cell);
        assertThat(m.find()).as(cell).isTrue();
        return Long.parseLong(m.group().replace(" ", ""));
    }

    @Test
    void theReaderLimitsTableIsTheCodes() throws Exception {
        Map<String, List<String>> table = new LinkedHashMap<>();
        for (List<String> row : rows("Reader limits")) {
            table.put(row.get(0).replace("`", ""), row);
        }
        List<String> accessors = new ArrayList<>();
        for (Method m : ReadLimits.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0 && m.getReturnType() == int.class && !m.getName().equals("hashCode")) {
                accessors.add(m.getName());
            }
        }
        assertThat(table.keySet()).as("every limit is in the table, once").containsExactlyInAnyOrderElementsOf(accessors);
        for (Map.Entry<String, List<String>> e : table.entrySet()) {
            String name = e.getKey();
            long documented = number(e.getValue().get(1));
            assertThat((long) (int) ReadLimits.class.getMethod(name).invoke(ReadLimits.DEFAULTS)).as(name + " default")
                    .isEqualTo(documented);
            String[] range = e.getValue().get(2).split("–");
            int min = (int) number(range[0]);
            int max = (int) number(range[1]);
            Method with = ReadLimits.class.getMethod("with" + Character.toUpperCase(name.charAt(0))
                    + name.substring(1), int.class);
            assertThat(with.invoke(ReadLimits.DEFAULTS, min)).isNotNull();
            assertThat(with.invoke(ReadLimits.DEFAULTS, max)).isNotNull();
            for (int outside : new int[] {min - 1, max + 1}) {
                assertThatThrownBy(() -> invoke(with, outside)).as("%s = %d", name, outside)
                        .isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    @Test
    void theFixedLimitsTableIsTheCodes() throws IOException {
        List<List<String>> rows = rows("Fixed limits");
        assertThat(rows).hasSize(3);
        assertThat(number(rows.get(0).get(1))).isEqualTo(ApplicationCsvWriter.headers(CsvOptions.DEFAULTS).size() * 4L);
        assertThat(rows.get(0).get(1)).contains("the " + ApplicationCsvWriter.headers(CsvOptions.DEFAULTS).size() + " columns");
        long echo = number(rows.get(1).get(1));
        assertThat(Texts.quote("x".repeat(10_000))).isEqualTo("'" + "x".repeat((int) echo) + "…' (10000 characters)");
        assertThat(number(rows.get(2).get(1))).isEqualTo(CanonicalJson.MAX_PLAIN_DIGITS);
    }

    private static Object invoke(Method with, int value) throws Throwable {
        try {
            return with.invoke(ReadLimits.DEFAULTS, value);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
