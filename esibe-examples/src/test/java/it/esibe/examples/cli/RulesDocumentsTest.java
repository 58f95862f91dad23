package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.examples.QuotedCode;
import it.esibe.examples.report.RulesReference;
import it.esibe.rules.Esibe;
import it.esibe.rules.Rulesets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/RULES.md and docs/RULES.it.md are the output of {@code esibe rules} for the national ruleset:
 * the build fails when a criterion's description, a parameter or a label changed and the committed
 * files were not regenerated. {@code -Desibe.rules.write=true} rewrites them.
 */
class RulesDocumentsTest {

    @ParameterizedTest
    @CsvSource({"en, docs/RULES.md", "it, docs/RULES.it.md"})
    void theCommittedRulesReferenceIsWhatEsibeRulesWrites(String lang, String document) throws IOException {
        RulesCommand.PageLang page = RulesCommand.PageLang.valueOf(lang);
        // ESIBE's own registry, without discovery: the national ruleset's page depends on nothing else.
        String generated = RulesReference.of(Esibe.builder().build().messages(), Locale.forLanguageTag(lang))
                .render(Rulesets.interim(), null, RulesReference.Format.md,
                        RulesCommand.command(Rulesets.interim(), RulesReference.Format.md, page));
        Path file = QuotedCode.ROOT.resolve(document);
        if (Boolean.getBoolean("esibe.rules.write")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        String command = "esibe rules --ruleset " + Rulesets.INTERIM_2024 + " --format md --lang " + lang
                + " --out " + document;
        assertThat(Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "")
                .as("%s is stale: regenerate it with '%s' from the project's root (after ./mvnw -q -DskipTests package,"
                        + " the launcher is esibe-examples/target/esibe/bin/esibe), or run this test with"
                        + " -Desibe.rules.write=true", document, command)
                .isEqualTo(generated);
        // The command writes the same bytes, whatever else the class path brings (the regional example).
        EsibeCliTest.Run run = EsibeCliTest.run("rules", "--ruleset", Rulesets.INTERIM_2024, "--lang", lang);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(generated);
    }
}
