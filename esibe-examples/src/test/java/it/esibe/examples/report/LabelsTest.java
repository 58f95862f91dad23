package it.esibe.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The report's labels exist in both languages, and differ where a word is translated. */
class LabelsTest {

    @Test
    void italianAndEnglishHaveTheSameKeys() {
        Labels it = Labels.of(Locale.ITALIAN);
        Labels en = Labels.of(Locale.ENGLISH);

        assertThat(it.forTemplate().keySet()).isEqualTo(en.forTemplate().keySet());
        assertThat(it.get("title")).isEqualTo("Rapporto sul bando ESIBE");
        assertThat(en.get("title")).isEqualTo("ESIBE call report");
    }

    @Test
    void anItalianLocaleOfAnotherCountryIsItalianAndAnyOtherLanguageIsEnglish() {
        assertThat(Labels.of(Locale.forLanguageTag("it-CH")).italian()).isTrue();
        assertThat(Labels.of(Locale.GERMAN).get("title")).isEqualTo("ESIBE call report");
    }
}
