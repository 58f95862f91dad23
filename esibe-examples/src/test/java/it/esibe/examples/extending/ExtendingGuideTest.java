package it.esibe.examples.extending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/EXTENDING.md quotes compiled code: every Java block after an {@code include} comment must
 * equal the tagged region of the source file it names, so the guide never shows code that does not
 * compile.
 */
class ExtendingGuideTest {

    private static final Path ROOT = Path.of("..");
    private static final Pattern INCLUDE = Pattern.compile(
            "<!-- include: (\\S+)#(\\S+) -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyQuotedBlockMatchesItsTaggedSourceRegion() throws IOException {
        String guide = Files.readString(ROOT.resolve("docs/EXTENDING.md"), StandardCharsets.UTF_8);
        Matcher m = INCLUDE.matcher(guide);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            String region = region(ROOT.resolve(m.group(1)), m.group(2));
            assertThat(m.group(3)).as("block %s#%s of docs/EXTENDING.md", m.group(1), m.group(2))
                    .isEqualTo(region);
            checked.add(m.group(2));
        }
        // One quote per extension point, plus registration and use: a guide that lost a section fails.
        assertThat(checked).contains("criterion", "reform", "reform-text", "provider", "taxonomy", "messages", "evidence",
                "registration", "evaluate");
    }

    @Test
    void aDriftedQuoteIsCaught() throws IOException {
        String region = region(ROOT.resolve(
                "esibe-examples/src/main/java/it/esibe/examples/extending/ExampleTaxonomy.java"), "taxonomy");
        assertThat(region).contains("namespace()");
        assertThat(region.replace("\"EX\"", "\"XX\"")).isNotEqualTo(region);
    }

    /** The lines between {@code tag::name[]} and {@code end::name[]}, without their common indentation. */
    static String region(Path file, String name) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("// tag::" + name + "[]")) {
                start = i + 1;
            } else if (lines.get(i).trim().equals("// end::" + name + "[]")) {
                end = i;
            }
        }
        assertThat(start).as("tag %s in %s", name, file).isPositive();
        assertThat(end).as("end tag %s in %s", name, file).isGreaterThanOrEqualTo(start);
        List<String> body = lines.subList(start, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String l : body) {
            out.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
        }
        return out.toString();
    }
}
