package it.esibe.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import it.esibe.rules.Esibe;
import it.esibe.support.spi.SupportCatalogue;
import it.esibe.support.SupportEntry.Edition;
import it.esibe.support.SupportEntry.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled catalogue holds what §5, §5.4 and annex IV name, with the Tour's confirmed stops of
 * 2025–2026 (spec v1.1), and the JSON reader is strict.
 */
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

        // v1.1: the Tour's confirmed stops follow the report's list (see below).
        Map<String, String> actual = of(SupportKind.EVENT).stream().limit(expected.size()).collect(Collectors.toMap(
                e -> e.name().en(),
                e -> (e.city() == null ? "-" : e.city().en()) + " " + e.editions().get(0).month(),
                (x, y) -> x, LinkedHashMap::new));
        assertThat(actual).containsExactlyEntriesOf(expected);
        assertThat(of(SupportKind.EVENT)).allSatisfy(e -> assertThat(e.citation()).contains("§5.4"));
    }

    /**
     * ESIBE-TAXONOMY-v1 (v1.1), "Confirmed stops": the Tour's stops of 2025–2026 as real editions, in
     * the series the report already lists or in entries of their own, each to the precision the
     * spec gives and with its source.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "jp-morgan-healthcare-conference, 2025-01, , , San Francisco, US",
        "montalcini-tour-doha, 2025-04, 2025-04-16, 2025-04-17, Doha, QA",
        "swiss-biotech-days, 2025-05, 2025-05-05, 2025-05-05, Basel, CH",
        "bio-international-convention, 2025-06, , , Boston, US",
        "bio-europe, 2025-11, , , Vienna, AT",
        "italy-on-the-move, 2026-01, 2026-01-14, 2026-01-14, San Francisco, US"})
    void theToursConfirmedStopsAreRealEditionsNamingTheirSource(String id, String month, String firstDay,
            String lastDay, String city, String country) {
        SupportEntry entry = event(id);
        Edition stop = entry.editions().stream().filter(e -> e.month().equals(YearMonth.parse(month)))
                .findFirst().orElseThrow();

        assertThat(stop.projected()).isFalse();
        assertThat(stop.firstDay()).isEqualTo(firstDay == null ? null : LocalDate.parse(firstDay));
        assertThat(stop.lastDay()).isEqualTo(lastDay == null ? null : LocalDate.parse(lastDay));
        assertThat(stop.city()).isNotNull();
        assertThat(stop.city().en()).isEqualTo(city);
        assertThat(stop.country()).isEqualTo(country);
        assertThat(stop.sources()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.publisher()).isNotBlank();
            assertThat(s.title()).isNotBlank();
            assertThat(s.url()).isNotNull();
        });
        assertThat(entry.editions()).as("the stop is the latest real edition the catalogue knows").last()
                .isEqualTo(stop);
    }

    @Test
    void theMaeciReleaseOnViennaRecordsViennaAndTheStopsBeforeIt() {
        // "Dopo le precedenti tappe a San Francisco, Doha, Basilea e Boston" (MAECI, November 2025).
        Predicate<Edition> maeciVienna = e -> e.sources().stream().anyMatch(s -> s.publisher().equals("MAECI")
                && s.title().equals("Vienna, nuova tappa del Montalcini Global Biotech Tour"));
        for (String id : List.of("jp-morgan-healthcare-conference", "montalcini-tour-doha",
                "bio-international-convention", "bio-europe")) {
            assertThat(event(id).editions()).as(id).last().matches(maeciVienna);
        }
        assertThat(event("swiss-biotech-days").editions()).singleElement()
                .satisfies(e -> assertThat(e.sources()).extracting(Source::publisher)
                        .containsExactly("Consolato d'Italia a Basilea"));
        assertThat(event("italy-on-the-move").editions()).singleElement()
                .satisfies(e -> assertThat(e.sources()).extracting(Source::publisher)
                        .containsExactly("Consolato Generale d'Italia a San Francisco"));
    }

    @Test
    void theNewEntriesAreTheDohaStopOnceAndItalyOnTheMoveEveryYear() {
        assertThat(of(SupportKind.EVENT)).extracting(SupportEntry::id).endsWith("montalcini-tour-doha", "italy-on-the-move");
        assertThat(event("montalcini-tour-doha").recurrence()).isEqualTo(Recurrence.ONE_OFF);
        assertThat(event("italy-on-the-move").recurrence()).isEqualTo(Recurrence.ANNUAL);
        assertThat(event("italy-on-the-move").note().en()).contains("Ninth edition").contains("INNOVIT");
        // The report's Stockholm edition stays the series' first; the entry keeps the report's city.
        SupportEntry bioEurope = event("bio-europe");
        assertThat(bioEurope.editions()).extracting(e -> e.city().en()).containsExactly("Stockholm", "Vienna");
        assertThat(bioEurope.editions().get(0).sources()).as("the report's own edition: the entry's citation").isEmpty();
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
            e.codes().forEach(c -> assertThat(Esibe.taxonomy().find(c)).as(e.id() + " " + c).isPresent());
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
            assertThat(e.editions()).extracting(Edition::month).containsExactly(YearMonth.of(2026, 5));
            assertThat(e.editions().get(0).knownToTheDay()).isFalse();
            assertThat(e.recurrence()).isEqualTo(Recurrence.ANNUAL);
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

    @Test
    void anEditionMayGiveItsDaysPlaceAndSources() throws IOException {
        SupportCatalogue c = read("""
                {"format": "esibe-support-catalogue-1", "name": "ice-2026", "entries": [
                  {"kind": "EVENT", "id": "bio-europe", "name": {"it": "BIO-Europe", "en": "BIO-Europe"},
                   "city": {"it": "Stoccolma", "en": "Stockholm"}, "country": "SE", "citation": "c",
                   "editions": ["2024-11",
                     {"date": "2025-11-03", "endDate": "2025-11-05", "city": {"it": "Vienna", "en": "Vienna"},
                      "country": "AT", "sources": [{"publisher": "MAECI", "title": "Vienna, nuova tappa",
                      "url": "https://www.esteri.it/x"}]},
                     "2026-11-02"],
                   "focus": [{"basis": "ESIBE_EDITORIAL", "tracks": [], "codes": [], "why": "w"}]},
                  {"kind": "EVENT", "id": "once", "name": {"it": "o", "en": "o"}, "country": "QA", "citation": "c",
                   "recurrence": "ONE_OFF", "editions": [{"date": "2025-04-16", "endDate": "2025-04-17"}],
                   "focus": [{"basis": "ESIBE_EDITORIAL", "tracks": [], "codes": [], "why": "w"}]}
                ]}""");

        List<Edition> editions = c.entries().get(0).editions();
        assertThat(editions).extracting(Edition::month)
                .containsExactly(YearMonth.of(2024, 11), YearMonth.of(2025, 11), YearMonth.of(2026, 11));
        assertThat(editions.get(0).city().en()).as("an edition naming no place is held at its entry's").isEqualTo("Stockholm");
        assertThat(editions.get(0).country()).isEqualTo("SE");
        Edition vienna = editions.get(1);
        assertThat(vienna.firstDay()).isEqualTo(LocalDate.of(2025, 11, 3));
        assertThat(vienna.lastDay()).isEqualTo(LocalDate.of(2025, 11, 5));
        assertThat(vienna.city().en()).isEqualTo("Vienna");
        assertThat(vienna.country()).isEqualTo("AT");
        assertThat(vienna.sources()).containsExactly(
                new Source("MAECI", "Vienna, nuova tappa", URI.create("https://www.esteri.it/x")));
        assertThat(editions.get(2).firstDay()).isEqualTo(editions.get(2).lastDay()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(c.entries().get(1).recurrence()).isEqualTo(Recurrence.ONE_OFF);
        assertThat(c.entries().get(1).editions().get(0).country()).isEqualTo("QA");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            "editions": [{"date": "2025-04", "endDate": "2025-04-17"}] | $.entries[0].editions[0].endDate
            "editions": [{"date": "2025-04-16", "endDate": "2025-04-15"}] | $.entries[0].editions[0]: edition
            "editions": [{"date": "2025-11", "city": {"it": "Vienna", "en": "Vienna"}}] | $.entries[0].editions[0].country
            "editions": [{"date": "2025-11", "sources": [{"publisher": "MAECI", "title": "t", "url": "ftp://x"}]}] | $.entries[0].editions[0].sources[0]
            "editions": [{"date": "2025-11", "sources": [{"publisher": "MAECI"}]}] | $.entries[0].editions[0].sources[0].title
            "editions": [{"date": "2025-11", "hall": "A"}] | $.entries[0].editions[0].hall
            "editions": ["2025-11-31"] | $.entries[0].editions[0]: must be a month
            "editions": ["2025-11", "2025-11-20"] | one a month
            "editions": ["2025-11"], "recurrence": "WEEKLY" | $.entries[0].recurrence
            """)
    void aMalformedEditionIsAConfigurationErrorWithItsPath(String editions, String expected) {
        String json = """
                {"format": "esibe-support-catalogue-1", "name": "x", "entries": [
                  {"kind": "EVENT", "id": "e", "name": {"it": "e", "en": "e"}, "country": "IT", "citation": "c",
                   "focus": [], %s}]}""".formatted(editions);

        assertThatThrownBy(() -> read(json)).isInstanceOf(ConfigurationException.class).hasMessageContaining(expected);
    }

    private static SupportEntry event(String id) {
        return of(SupportKind.EVENT).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static SupportCatalogue read(String json) throws IOException {
        return SupportCatalogues.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }
}
