package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sample call and its oracle cover what they promise: every outcome, every criterion failing at
 * least once, one oracle row per application in the same order, applications submitted in 2025.
 */
class SampleCallTest {

    enum Expected { ELIGIBLE, NOT_ELIGIBLE, INCOMPLETE, INVALID }

    private static final Pattern ID = Pattern.compile("\"applicationId\": \"([^\"]+)\"");
    private static final Pattern SUBMITTED = Pattern.compile("\"submittedOn\": \"(\\d{4})-");

    @Test
    void oracleHasOneRowPerApplicationInInputOrder() throws IOException {
        List<String> lines = Files.readAllLines(Oracle.sampleCall(), StandardCharsets.UTF_8);

        assertThat(lines).hasSizeGreaterThanOrEqualTo(14);
        List<String> ids = lines.stream().map(l -> find(ID, l)).toList();
        assertThat(Oracle.rows()).extracting(Oracle.Row::applicationId).containsExactlyElementsOf(ids);
        assertThat(lines).allSatisfy(l -> assertThat(find(SUBMITTED, l)).isEqualTo("2025"));
    }

    @Test
    void oracleCoversEveryOutcomeAndEveryCriterionFailing() {
        List<Oracle.Row> rows = Oracle.rows();

        Set<String> outcomes = rows.stream().map(Oracle.Row::outcome).collect(Collectors.toSet());
        assertThat(outcomes).containsExactlyInAnyOrderElementsOf(
                EnumSet.allOf(Expected.class).stream().map(Enum::name).toList());
        Set<String> failing = rows.stream().flatMap(r -> r.results().entrySet().stream())
                .filter(e -> e.getValue().equals("FAIL")).map(e -> e.getKey()).collect(Collectors.toSet());
        assertThat(failing).containsExactlyInAnyOrderElementsOf(Oracle.CRITERIA);
        assertThat(rows.stream().filter(r -> r.outcome().equals("INVALID"))).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(r -> assertThat(r.results()).isEmpty())
                .allSatisfy(r -> assertThat(r.violationPath()).isPresent());
        assertThat(rows.stream().filter(r -> !r.outcome().equals("INVALID")))
                .allSatisfy(r -> assertThat(r.results().keySet()).containsExactlyElementsOf(Oracle.CRITERIA));
    }

    private static String find(Pattern p, String line) {
        Matcher m = p.matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return m.group(1);
    }
}
