package it.esibe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import it.esibe.rules.spi.SupportCatalogue;
import it.esibe.rules.support.Focus;
import it.esibe.rules.support.FocusBasis;
import it.esibe.rules.support.SupportCatalogues;
import it.esibe.rules.support.SupportEntry;
import it.esibe.rules.support.SupportKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled catalogue holds what §5, §5.4 and annex IV name, and the JSON reader is strict. */
class SupportCataloguesTest {

    private static final SupportCatalogue BUNDLED = SupportCatalogues.interim();

    private static List<SupportEntry> of(SupportKind kind) {
        return BUNDLED.entries().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void eventsAreTheTourListOfSection54WithTheReportsCitiesAndMonths() {
        // ESIBE-TAXONOMY-v1, "Support programme (§5.4)": the first list of events, in the report's order.
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("IFIB", "Bologna 2024-10");
        expected.put("BIO-Europe", "Stockholm 2024-11");
        expected.put("European Summit of Industrial Biotechnology", "Graz 2024-11");
        expected.put("J.P. Morgan Healthcare Conference", "San Francisco 2025-01");
        expected.put("Arab Health (now WHX)", "Dubai 2025-01");
        expected.put("Swiss Biotech Days", "Basel 2025-05");
        expected.put("BIO Korea", "Seoul 2025-05");
        expected.put("BIO International Convention (BIO USA)", "- 2025-06");

        Map<String, String> actual = of(SupportKind.EVENT).stream().collect(Collectors.toMap(
                e -> e.name().en(),
                e -> (e.city() == null ? "-" : e.city().en()) + " " + e.editions().get(0),
                (x, y) -> x, LinkedHashMap::new));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(of(SupportKind.EVENT)).allSatisfy(e -> assertThat(e.citation()).contains("§5.4"));
    }

    @Test
    void hubsAreThoseOfSection5Step4AndInnovit() {
        assertThat(of(SupportKind.HUB)).extracting(SupportEntry::id)
                .containsExactly("irccs", "iit", "human-technopole", "biotecnopolo-siena", "cnap", "innovit");
        assertThat(of(SupportKind.HUB)).allSatisfy(e -> assertThat(e.citation()).containsAnyOf("§5 passo 4", "§5.4"));
    }

    @Test
    void marketsAreTheCountriesAndUsClustersOfAnnexIvEachWithItsStrengths() {
        List<SupportEntry> markets = of(SupportKind.MARKET);

        assertThat(markets).extracting(SupportEntry::country).contains("DE", "FR", "ES", "QA", "CL", "PL", "MY", "HK");
        assertThat(markets).filteredOn(e -> e.country().equals("US")).extracting(SupportEntry::id)
                .contains("us-bay-area", "us-san-diego", "us-new-york", "us-texas", "us-boston", "us-philadelphia",
                        "us-north-carolina", "us-michigan", "us-indiana", "us-chicago");
        assertThat(markets).allSatisfy(e -> {
            assertThat(e.citation()).contains("allegato IV");
            assertThat(e.strengths()).isNotEmpty();
        });
    }

    @Test
    void everyEntryHasAFocusWithAReasonAndEveryCodeIsInTheTaxonomy() {
        assertThat(BUNDLED.entries()).allSatisfy(e -> {
            assertThat(e.focus()).isNotEmpty();
            assertThat(e.focus()).extracting(Focus::why).allSatisfy(w -> assertThat(w).isNotBlank());
            e.codes().forEach(c -> assertThat(NationalTaxonomy.get().find(c)).as(e.id() + " " + c).isPresent());
        });
        // The report states no event's focus beyond a name: at most the name's own words count as REPORT.
        assertThat(of(SupportKind.EVENT)).flatExtracting(SupportEntry::focus)
                .filteredOn(f -> f.basis() == FocusBasis.REPORT).allSatisfy(f -> assertThat(f.why()).startsWith("Its name"));
    }

    @Test
    void idsAreUniqueWithinEachKind() {
        for (SupportKind kind : SupportKind.values()) {
            List<String> ids = of(kind).stream().map(SupportEntry::id).toList();
            assertThat(ids).doesNotHaveDuplicates();
        }
    }

    @Test
    void aCatalogueFileIsReadInTheBundledFormat() throws IOException {
        SupportCatalogue c = read("""
                {"format": "esibe-support-catalogue-1", "name": "ice-2026", "entries": [
                  {"kind": "EVENT", "id": "bio-korea", "name": {"it": "BIO Korea", "en": "BIO Korea"},
                   "country": "KR", "editions": ["2026-05"], "citation": "ICE 2026",
                   "focus": [{"basis": "ESIBE_EDITORIAL", "tracks": ["PRECISION_MEDICINE"], "codes": ["TEC-MAB"], "why": "w"}]}
                ]}""");

        assertThat(c.name()).isEqualTo("ice-2026");
        assertThat(c.entries()).singleElement().satisfies(e -> {
            assertThat(e.editions()).containsExactly(YearMonth.of(2026, 5));
            assertThat(e.codes()).containsExactly("TEC-MAB");
        });
    }

    @Test
    void anUnknownPropertyOrABadValueIsAConfigurationErrorWithItsPath() {
        assertThatThrownBy(() -> read("""
                {"format": "esibe-support-catalogue-1", "name": "x", "entries": [
                  {"kind": "HUB", "id": "h", "name": {"it": "h", "en": "h"}, "country": "IT", "citation": "c",
                   "focus": [], "colour": "red"}]}"""))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("$.entries[0].colour");
        assertThatThrownBy(() -> read("""
                {"format": "esibe-support-catalogue-1", "name": "x", "entries": [
                  {"kind": "EVENT", "id": "e", "name": {"it": "e", "en": "e"}, "country": "IT", "citation": "c",
                   "focus": [], "editions": ["May 2025"]}]}"""))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("$.entries[0].editions[0]");
        assertThatThrownBy(() -> read("""
                {"format": "esibe-support-catalogue-1", "name": "x", "entries": [
                  {"kind": "EVENT", "id": "e", "name": {"it": "e", "en": "e"}, "country": "IT", "citation": "c",
                   "focus": []}]}"""))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("editions");
        assertThatThrownBy(() -> read("{\"format\": \"other\", \"name\": \"x\", \"entries\": []}"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("$.format");
    }

    private static SupportCatalogue read(String json) throws IOException {
        return SupportCatalogues.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
