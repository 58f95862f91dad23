package it.esibe.examples.extending;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.examples.QuotedCode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docs/EXTENDING.md quotes compiled code: every Java block after an {@code include} comment must
 * equal the tagged region of the source file it names ({@link QuotedCode}), so the guide never shows
 * code that does not compile.
 */
class ExtendingGuideTest {

    @Test
    void everyQuotedBlockMatchesItsTaggedSourceRegion() throws IOException {
        List<String> checked = QuotedCode.check("docs/EXTENDING.md");
        // One quote per extension point, plus registration and use: a guide that lost a section fails.
        assertThat(checked).contains("criterion", "reform", "reform-text", "provider", "taxonomy", "messages",
                "evidence", "registration", "evaluate");
    }

    @Test
    void aDriftedQuoteIsCaught() throws IOException {
        String region = QuotedCode.region(QuotedCode.ROOT.resolve(
                "esibe-examples/src/main/java/it/esibe/examples/extending/ExampleTaxonomy.java"), "taxonomy");
        assertThat(region).contains("namespace()");
        assertThat(region.replace("\"EX\"", "\"XX\"")).isNotEqualTo(region);
    }
}
