package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code that the project's documents quote from compiled sources: every Java block after an
 * {@code <!-- include: FILE#TAG -->} comment must equal the lines between {@code // tag::TAG[]} and
 * {@code // end::TAG[]} of that file, without their common indentation.
 */
public final class QuotedCode {

    /** The project's root, seen from a module's directory, where tests run. */
    public static final Path ROOT = Path.of("..");

    private static final Pattern INCLUDE = Pattern.compile(
            "<!-- include: (\\S+)#(\\S+) -->\\s*\\n```java\\n(.*?)```", Pattern.DOTALL);

    private QuotedCode() {
    }

    /**
     * Checks every quoted block of {@code document} against its source region.
     *
     * @param document a path from the project's root, such as {@code README.md}
     * @return the tags checked, in document order
     */
    public static List<String> check(String document) throws IOException {
        String text = Files.readString(ROOT.resolve(document), StandardCharsets.UTF_8);
        Matcher m = INCLUDE.matcher(text);
        List<String> checked = new ArrayList<>();
        while (m.find()) {
            String region = region(ROOT.resolve(m.group(1)), m.group(2));
            assertThat(m.group(3)).as("block %s#%s of %s", m.group(1), m.group(2), document).isEqualTo(region);
            checked.add(m.group(2));
        }
        return checked;
    }

    /**
     * The lines between {@code tag::name[]} and {@code end::name[]}, without their common indentation.
     *
     * @param file the source file
     * @param name the tag
     * @return the region, each line ending with a line feed
     */
    public static String region(Path file, String name) throws IOException {
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
