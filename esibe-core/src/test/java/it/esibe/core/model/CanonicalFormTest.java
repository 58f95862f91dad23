package it.esibe.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The canonical JSON of ESIBE-FORMAT-v1.1, "Decision", written by esibe-core: keys sorted, no
 * insignificant white space, numbers in plain notation without trailing fractional zeros. (That it
 * equals esibe-io's, byte for byte, is a property test of esibe-io.)
 */
class CanonicalFormTest {

    @Test
    void numbersFollowTheSpecsExamples() {
        // ESIBE-FORMAT-v1.1: "120000, 120000.00 and 1.2E+5 all become 120000, 0.50 becomes 0.5, -0 becomes 0".
        assertThat(CanonicalForm.number(new BigDecimal("120000"))).isEqualTo("120000");
        assertThat(CanonicalForm.number(new BigDecimal("120000.00"))).isEqualTo("120000");
        assertThat(CanonicalForm.number(new BigDecimal("1.2E+5"))).isEqualTo("120000");
        assertThat(CanonicalForm.number(new BigDecimal("0.50"))).isEqualTo("0.5");
        assertThat(CanonicalForm.number(new BigDecimal("-0"))).isEqualTo("0");
        assertThat(CanonicalForm.number(new BigDecimal("0E-7"))).isEqualTo("0");
        assertThat(CanonicalForm.number(new BigDecimal("0.0001"))).isEqualTo("0.0001");
        assertThat(CanonicalForm.number(new BigDecimal("1E-7"))).isEqualTo("0.0000001");
        assertThat(CanonicalForm.number(new BigDecimal("-12.340"))).isEqualTo("-12.34");
    }

    @Test
    void aNumberBeyondAThousandDigitsKeepsItsExponentSoItStaysSmall() {
        assertThat(CanonicalForm.number(new BigDecimal("1E+999999999"))).isEqualTo("1E+999999999");
        assertThat(CanonicalForm.number(new BigDecimal("1E+999"))).hasSize(1000).startsWith("1000");
        assertThat(CanonicalForm.number(new BigDecimal("1E+1000"))).isEqualTo("1E+1000");
        assertThat(CanonicalForm.number(new BigDecimal("1E-1000"))).hasSize(1002).startsWith("0.000");
        assertThat(CanonicalForm.number(new BigDecimal("1E-1001"))).isEqualTo("1E-1001");
        assertThat(CanonicalForm.number(new BigDecimal("1E-999999999"))).isEqualTo("1E-999999999");
    }

    @Test
    void anApplicationIsWrittenWithSortedKeysAndNormalisedNumbers() throws Exception {
        Application a = Application.builder()
                .applicationId("CALL2025-0001")
                .submittedOn(LocalDate.of(2025, 3, 15))
                .company(Company.of("Esempio Bio S.r.l.", Location.of("IT").withRegion("Lombardia")))
                .track(Track.PRECISION_MEDICINE)
                .fiscalYear(FiscalYear.builder(2024).rdExpenditure(new BigDecimal("2500000.00"))
                        .rdExpenditureItaly(2_100_000).staffHeadcount(new BigDecimal("38.50")).build())
                .program(Program.of("TEC-GENE-CELL", "PAT-ONCO"))
                .ownership(Ownership.builder().holder(Holder.builder(HolderType.INDIVIDUAL, new BigDecimal("60.0"))
                        .name("Founders \"A\"\\\n").build()).build())
                .build();
        // Derived by hand from the spec's rule, with the writer's conventions: absent values left out,
        // lists (and ownership) always written.
        String expected = "{\"applicationId\":\"CALL2025-0001\","
                + "\"company\":{\"headquarters\":{\"country\":\"IT\",\"region\":\"Lombardia\"},"
                + "\"legalSeat\":{\"country\":\"IT\",\"region\":\"Lombardia\"},\"name\":\"Esempio Bio S.r.l.\"},"
                + "\"fiscalYears\":[{\"rdExpenditure\":2500000,\"rdExpenditureItaly\":2100000,\"staffHeadcount\":38.5,"
                + "\"year\":2024}],"
                + "\"ownership\":{\"holders\":[{\"capitalShare\":60,\"name\":\"Founders \\\"A\\\"\\\\\\n\","
                + "\"type\":\"INDIVIDUAL\"}],\"participations\":[]},"
                + "\"patents\":[],"
                + "\"programs\":[{\"priorities\":[\"PAT-ONCO\"],\"technology\":\"TEC-GENE-CELL\"}],"
                + "\"schemaVersion\":1,\"submittedOn\":\"2025-03-15\",\"track\":\"PRECISION_MEDICINE\"}";
        assertThat(a.canonicalJson()).isEqualTo(expected);
        assertThat(a.inputSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(expected.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void controlCharactersAndSurrogatesAreEscapedOneWay() {
        Application a = new Application(null, "x", null, null, null, null, null, null, null, null);
        assertThat(a.canonicalJson()).isEqualTo(
                "{\"applicationId\":\"x\",\"fiscalYears\":[],\"ownership\":{\"holders\":[],\"participations\":[]},"
                        + "\"patents\":[],\"programs\":[]}");
        Application odd = new Application(1, "\u0000\u001f\b\f\r\t\u007f\u00e9\u2028\ud83d\ude00\ud800/", null, null,
                null, null, java.util.Arrays.asList((FiscalYear) null), null, null, null);
        assertThat(odd.canonicalJson()).startsWith(
                "{\"applicationId\":\"\\u0000\\u001F\\b\\f\\r\\t\u007f\u00e9\u2028\\ud83d\\ude00\\ud800/\","
                        + "\"fiscalYears\":[null],");
    }

    @Test
    void theSameApplicationHasTheSameHashWhateverTheScaleOfItsNumbers() {
        Application a = Application.builder().applicationId("A").submittedOn(LocalDate.of(2025, 1, 1))
                .company(Company.of("X", Location.of("IT"))).track(Track.INDUSTRIAL_ENVIRONMENTAL)
                .fiscalYear(FiscalYear.builder(2024).turnover(new BigDecimal("120000.00")).build()).build();
        Application b = Application.builder().applicationId("A").submittedOn(LocalDate.of(2025, 1, 1))
                .company(Company.of("X", Location.of("IT"))).track(Track.INDUSTRIAL_ENVIRONMENTAL)
                .fiscalYear(FiscalYear.builder(2024).turnover(new BigDecimal("1.2E+5")).build()).build();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.inputSha256()).isEqualTo(b.inputSha256()).matches("[0-9a-f]{64}");
    }
}
