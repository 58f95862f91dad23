package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import it.esibe.core.ApplicationRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Track;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApplicationJsonTest {

    private final ApplicationJson reader = ApplicationJson.reader();

    @Test
    void theSpecExampleReadsWithoutViolations() {
        ApplicationRecord read = reader.read(Samples.application());

        assertThat(read.violations()).isEmpty();
        assertThat(read.isWellFormed()).isTrue();
        assertThat(read.applicationId()).isEqualTo("CALL2025-0001");
        assertThat(read.inputSha256()).matches("[0-9a-f]{64}");
        Application a = read.application();
        assertThat(a).isNotNull();
        assertThat(a.schemaVersion()).isEqualTo(1);
        assertThat(a.submittedOn()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(a.company().name()).isEqualTo("Esempio Bio S.r.l.");
        assertThat(a.company().vatNumber()).isEqualTo("IT00743110157");
        assertThat(a.company().legalSeat().country()).isEqualTo("IT");
        assertThat(a.company().headquarters().city()).isEqualTo("Milano");
        assertThat(a.track()).isEqualTo(Track.PRECISION_MEDICINE);
        assertThat(a.developmentStage()).isEqualTo(DevelopmentStage.PRECLINICAL);
        assertThat(a.fiscalYears()).hasSize(1);
        assertThat(a.fiscalYears().get(0).year()).isEqualTo(2024);
        assertThat(a.fiscalYears().get(0).rdExpenditure()).isEqualTo(new BigDecimal("2500000"));
        assertThat(a.fiscalYears().get(0).staffHeadcount()).isEqualTo(new BigDecimal("38.5"));
        assertThat(a.patents().get(0).holding()).isEqualTo(PatentHolding.OWNED);
        assertThat(a.patents().get(0).status()).isEqualTo(PatentStatus.GRANTED);
        assertThat(a.patents().get(0).expiresOn()).isEqualTo(LocalDate.of(2038, 5, 1));
        assertThat(a.programs().get(0).priorities()).containsExactly("PAT-ONCO");
        assertThat(a.ownership().holders()).hasSize(2);
        assertThat(a.ownership().holders().get(1).type()).isEqualTo(HolderType.VENTURE_CAPITAL);
        assertThat(a.ownership().participations()).isEmpty();
    }

    @Test
    void bytesAndTreeGiveTheSameResultAsText() {
        String json = Samples.application();
        ApplicationRecord fromText = reader.read(json);
        for (ApplicationRecord other : List.of(reader.read(json.getBytes(StandardCharsets.UTF_8)),
                reader.read(Trees.parse(json)))) {
            assertThat(other).usingRecursiveComparison().isEqualTo(fromText);
        }
    }

    @Test
    void decimalsKeepTheirScale() {
        ApplicationRecord read = reader.read(with(o -> fiscalYear(o).put("rdExpenditure", new BigDecimal("2500000.00"))));
        assertThat(read.application().fiscalYears().get(0).rdExpenditure()).isEqualByComparingTo("2500000")
                .satisfies(v -> assertThat(v.scale()).isEqualTo(2));
    }

    @Test
    void anObjectIsAnApplicationAndAnythingElseARecordWithoutOne() {
        ApplicationRecord ok = reader.read(Samples.application());
        assertThat(ok.application()).isNotNull();
        assertThat(ok.isWellFormed()).isTrue();
        assertThat(ok.applicationId()).isEqualTo("CALL2025-0001");
        assertThat(ok.inputSha256()).isEqualTo(CanonicalJson.sha256(Trees.parse(Samples.application())));
        assertThat(ok.position()).isNull();
        assertThat(ok.location("company.name")).isEmpty();

        ApplicationRecord notAnObject = reader.read("[1,2]");
        assertThat(notAnObject.application()).isNull();
        assertThat(notAnObject.violations()).extracting(Violation::path).containsExactly("");
        assertThat(notAnObject.inputSha256()).isEqualTo(CanonicalJson.sha256("[1,2]".getBytes(StandardCharsets.UTF_8)));
    }

    // ------------------------------------------------------------------ structural violations

    @Test
    void unknownPropertyNamesItAndListsTheAllowedOnes() {
        List<Violation> v = violations(with(o -> o.withObjectProperty("company").put("vatNumbr", "IT00743110157")));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("company.vatNumbr");
            assertThat(x.message()).contains("'vatNumbr'").contains("name, vatNumber, legalSeat, headquarters");
        });
    }

    @Test
    void unknownPropertiesAtEveryLevel() {
        List<Violation> v = violations(with(o -> {
            o.put("extra", 1);
            o.withObjectProperty("company").withObjectProperty("legalSeat").put("province", "MI");
            fiscalYear(o).put("rdExpenditures", 1);
            ((ObjectNode) o.withArrayProperty("patents").get(0)).put("owner", "x");
            ((ObjectNode) o.withArrayProperty("programs").get(0)).put("budget", 1);
            o.withObjectProperty("ownership").put("notes", "x");
            ((ObjectNode) o.withObjectProperty("ownership").withArrayProperty("holders").get(1)).put("country", "IT");
        }));
        assertThat(v).extracting(Violation::path).containsExactly("extra", "company.legalSeat.province",
                "fiscalYears[0].rdExpenditures", "patents[0].owner", "programs[0].budget", "ownership.notes",
                "ownership.holders[1].country");
    }

    /** ESIBE-FORMAT v1.1: an unknown property is a violation whatever its value, null included. */
    @Test
    void unknownPropertiesAreRejectedEvenWhenNull() {
        List<Violation> v = violations(with(o -> {
            o.putNull("notes");
            o.withObjectProperty("company").putNull("website");
            fiscalYear(o).putNull("profit");
        }));
        assertThat(v).extracting(Violation::path).containsExactly("notes", "company.website", "fiscalYears[0].profit");
        assertThat(v.get(0).message()).startsWith("unknown property 'notes'; allowed properties here: schemaVersion,");
    }

    @Test
    void wrongJsonTypesGiveTheirPaths() {
        List<Violation> v = violations(with(o -> {
            o.put("applicationId", 12);
            o.withObjectProperty("company").put("name", true);
            fiscalYear(o).put("rdExpenditure", "2500000");
            ((ObjectNode) o.withArrayProperty("programs").get(0)).withArrayProperty("priorities").set(0, 5);
            o.put("patents", "none");
            o.withObjectProperty("company").set("legalSeat", Trees.MAPPER.getNodeFactory().arrayNode());
        }));
        assertThat(v).extracting(Violation::path).containsExactlyInAnyOrder("applicationId", "company.name",
                "company.legalSeat", "fiscalYears[0].rdExpenditure", "patents", "programs[0].priorities[0]");
        assertThat(v).filteredOn(x -> x.path().equals("fiscalYears[0].rdExpenditure")).singleElement()
                .extracting(Violation::message).asString().contains("must be a number").contains("got a string");
        assertThat(v).filteredOn(x -> x.path().equals("patents")).singleElement()
                .extracting(Violation::message).asString().contains("must be an array");
    }

    @Test
    void aNonStringIdIsNotReported() {
        ApplicationRecord read = reader.read(with(o -> o.put("applicationId", 12)));
        assertThat(read.applicationId()).isNull();
        assertThat(read.application().applicationId()).isNull();
    }

    @Test
    void missingRequiredPropertiesEverywhere() {
        List<Violation> v = violations(with(o -> {
            o.remove("schemaVersion");
            o.putNull("submittedOn");
            o.remove("track");
            o.withObjectProperty("company").remove("name");
            o.withObjectProperty("company").withObjectProperty("headquarters").remove("country");
            ((ObjectNode) o.withArrayProperty("patents").get(0)).remove(List.of("number", "holding", "status"));
            ((ObjectNode) o.withArrayProperty("programs").get(0)).remove(List.of("technology", "priorities"));
            ((ObjectNode) o.withObjectProperty("ownership").withArrayProperty("holders").get(0)).remove(List.of("type", "capitalShare"));
            o.withObjectProperty("ownership").withArrayProperty("participations").addObject().put("name", "Sub S.r.l.");
        }));
        assertThat(v).extracting(Violation::path).containsExactlyInAnyOrder("schemaVersion", "submittedOn", "track",
                "company.name", "company.headquarters.country", "patents[0].number", "patents[0].holding",
                "patents[0].status", "programs[0].technology", "programs[0].priorities", "ownership.holders[0].type",
                "ownership.holders[0].capitalShare", "ownership.participations[0].capitalShare");
        assertThat(v).allSatisfy(x -> assertThat(x.message()).contains("required property").contains("missing"));
    }

    @Test
    void missingApplicationIdCompanyAndSeats() {
        List<Violation> v = violations(with(o -> {
            o.remove("applicationId");
            o.withObjectProperty("company").remove(List.of("legalSeat", "headquarters"));
        }));
        assertThat(v).extracting(Violation::path).containsExactly("applicationId", "company.legalSeat",
                "company.headquarters");
        assertThat(violations(with(o -> o.remove("company")))).extracting(Violation::path).containsExactly("company");
    }

    @Test
    void aParticipationNeedsNoType() {
        ApplicationRecord read = reader.read(with(o -> o.withObjectProperty("ownership").withArrayProperty("participations").addObject()
                .put("capitalShare", 30)));
        assertThat(read.violations()).isEmpty();
        assertThat(read.application().ownership().participations().get(0).capitalShare()).isEqualByComparingTo("30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INDIVIDUAL", "VENTURE_CAPITAL", "OTHER_ENTERPRISE", "null"})
    void aParticipationWithATypeIsInvalid(String type) {
        // ESIBE-FORMAT-v1 as of v1.1: a type let an applicant drop a 100 % subsidiary with 5 000 staff
        // and EUR 1 bn turnover from the SME test by calling it INDIVIDUAL; it is an unknown property.
        ApplicationRecord read = reader.read(with(o -> {
            ObjectNode p = o.withObjectProperty("ownership").withArrayProperty("participations").addObject()
                    .put("name", "Controllata S.p.A.").put("capitalShare", 100).put("staffHeadcount", 5000)
                    .put("turnover", 1_000_000_000L).put("balanceSheetTotal", 1_000_000_000L);
            if (type.equals("null")) {
                p.putNull("type");
            } else {
                p.put("type", type);
            }
        }));
        assertThat(read.violations()).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("ownership.participations[0].type");
            assertThat(x.message()).contains("'type'")
                    .contains("name, capitalShare, votingShare, staffHeadcount, turnover, balanceSheetTotal");
        });
        assertThat(read.isWellFormed()).isFalse();
    }

    @Test
    void aHolderMayNameItsGroup() {
        ApplicationRecord read = reader.read(with(o -> {
            ArrayNode holders = o.withObjectProperty("ownership").withArrayProperty("holders");
            ((ObjectNode) holders.get(0)).put("group", "soci-fondatori");
            ((ObjectNode) holders.get(1)).putNull("group");
        }));
        assertThat(read.violations()).isEmpty();
        assertThat(read.application().ownership().holders()).extracting(h -> h.group())
                .containsExactly("soci-fondatori", null);
        List<Violation> v = violations(with(o -> ((ObjectNode) o.withObjectProperty("ownership")
                .withArrayProperty("holders").get(0)).put("group", 7)));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("ownership.holders[0].group");
            assertThat(x.message()).contains("must be a string");
        });
    }

    @Test
    void theWriterWritesTheGroupAndNoParticipationType() {
        ApplicationRecord read = reader.read(with(o -> {
            ((ObjectNode) o.withObjectProperty("ownership").withArrayProperty("holders").get(1)).put("group", "G");
            o.withObjectProperty("ownership").withArrayProperty("participations").addObject().put("name", "Lab")
                    .put("capitalShare", 60);
        }));
        JsonNode written = Trees.parse(ApplicationJson.write(read.application()));
        assertThat(written.at("/ownership/holders/1/group").asText()).isEqualTo("G");
        assertThat(written.at("/ownership/holders/0").has("group")).isFalse();
        assertThat(written.at("/ownership/participations/0").has("type")).isFalse();
        assertThat(reader.read(written).application()).isEqualTo(read.application());
    }

    @Test
    void nullForAnOptionalPropertyIsAbsent() {
        ApplicationRecord read = reader.read(with(o -> {
            fiscalYear(o).putNull("turnover");
            o.putNull("developmentStage");
            o.withObjectProperty("company").putNull("vatNumber");
        }));
        assertThat(read.violations()).isEmpty();
        assertThat(read.application().developmentStage()).isNull();
        assertThat(read.application().fiscalYears().get(0).turnover()).isNull();
        assertThat(reader.read(with(o -> o.putNull("fiscalYears"))).application().fiscalYears()).isEmpty();
    }

    @Test
    void enumerationsListTheAllowedValues() {
        List<Violation> v = violations(with(o -> {
            o.put("track", "precision_medicine");
            o.put("developmentStage", "MARKET");
            ((ObjectNode) o.withArrayProperty("patents").get(0)).put("holding", "RENTED");
            ((ObjectNode) o.withObjectProperty("ownership").withArrayProperty("holders").get(0)).put("type", "PERSON");
        }));
        assertThat(v).extracting(Violation::path).containsExactly("track", "developmentStage", "patents[0].holding",
                "ownership.holders[0].type");
        assertThat(v.get(0).message()).contains("'precision_medicine'")
                .contains("PRECISION_MEDICINE, INDUSTRIAL_ENVIRONMENTAL");
        assertThat(v.get(3).message()).contains("INDIVIDUAL").contains("CORPORATE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-02-30", "2025-13-01", "2025-3-15", "15/03/2025", "2025-03-15T00:00",
            "+2025-03-15", " 2025-03-15", "2025-03-15Z", "２０２５-03-15", ""})
    void datesMustBeRealAndStrict(String date) {
        List<Violation> v = violations(with(o -> o.put("submittedOn", date)));
        assertThat(v).singleElement().extracting(Violation::path).isEqualTo("submittedOn");
    }

    @Test
    void dateMessages() {
        assertThat(violations(with(o -> o.put("submittedOn", "2025-02-30")))).singleElement()
                .extracting(Violation::message).asString().contains("not a real date");
        assertThat(violations(with(o -> ((ObjectNode) o.withArrayProperty("patents").get(0)).put("expiresOn", "1/5/2038"))))
                .singleElement().satisfies(x -> {
                    assertThat(x.path()).isEqualTo("patents[0].expiresOn");
                    assertThat(x.message()).contains("YYYY-MM-DD");
                });
        assertThat(violations(with(o -> o.put("submittedOn", "2024-02-29")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1e0", "1.5", "\"1\"", "true", "99999999999", "1E+2"})
    void integerFieldsMustBeJsonIntegers(String value) {
        List<Violation> v = violations(Samples.application().replace("\"schemaVersion\": 1", "\"schemaVersion\": " + value)
                .replace("\"year\": 2024", "\"year\": " + value));
        assertThat(v).extracting(Violation::path).containsExactly("schemaVersion", "fiscalYears[0].year");
    }

    @Test
    void integerOutOfRangeIsNotRead() {
        ApplicationRecord read = reader.read(Samples.application().replace("\"schemaVersion\": 1",
                "\"schemaVersion\": 4294967297"));
        assertThat(read.application().schemaVersion()).isNull();
        assertThat(read.violations()).singleElement().extracting(Violation::message).asString().contains("out of range");
    }

    @Test
    void amountsAcceptIntegersAndDecimals() {
        ApplicationRecord read = reader.read(Samples.application().replace("\"turnover\": 120000", "\"turnover\": 1.2e5")
                .replace("\"capitalShare\": 60", "\"capitalShare\": 60.00"));
        assertThat(read.violations()).isEmpty();
        assertThat(read.application().fiscalYears().get(0).turnover()).isEqualTo(new BigDecimal("1.2E+5"));
        assertThat(read.application().ownership().holders().get(0).capitalShare()).isEqualTo(new BigDecimal("60.00"));
    }

    /** Issue 12: each says which limit it breaks; "too large" only for the magnitude. */
    @ParameterizedTest
    @ValueSource(strings = {"1e31", "1234567890123456789012345678901", "1e999999999", "-1e999999999",
            "1E2147483648", "6E+9999999999", "-7.5e+99999999999999999999999999"})
    void absurdMagnitudesAreTooLargeNotACrash(String number) {
        ApplicationRecord read = reader.read(Samples.application().replace("\"turnover\": 120000", "\"turnover\": " + number));
        assertThat(read.violations()).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("fiscalYears[0].turnover");
            assertThat(x.message()).isEqualTo("number too large: at most 30 digits before the decimal point are accepted");
        });
        assertThat(read.application().fiscalYears().get(0).turnover()).isNull();
        assertThat(read.inputSha256()).matches("[0-9a-f]{64}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-101", "1e-400", "1e-999999999", "2.5E-2147483649", "1E-99999999999999999999"})
    void absurdScalesAreTooManyDecimalsNotTooLarge(String number) {
        ApplicationRecord read = reader.read(Samples.application().replace("\"turnover\": 120000", "\"turnover\": " + number));
        assertThat(read.violations()).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("fiscalYears[0].turnover");
            assertThat(x.message()).isEqualTo("too many decimals: at most 100 digits after the decimal point are accepted");
        });
    }

    /** A zero is a zero whatever its exponent. */
    @ParameterizedTest
    @ValueSource(strings = {"0E1000000000", "0e-200", "-0E-9999999999", "0.000E+99999999999999999999", "-0"})
    void zeroWithAnyExponentIsZero(String number) {
        ApplicationRecord read = reader.read(Samples.application().replace("\"turnover\": 120000", "\"turnover\": " + number));
        assertThat(read.violations()).isEmpty();
        assertThat(read.application().fiscalYears().get(0).turnover()).isEqualByComparingTo("0");
        assertThat(read.inputSha256()).isEqualTo(reader.read(Samples.application()
                .replace("\"turnover\": 120000", "\"turnover\": 0")).inputSha256());
    }

    @Test
    void numbersJustWithinTheLimitsAreRead() {
        String thirty = "123456789012345678901234567890";
        ApplicationRecord read = reader.read(Samples.application().replace("\"turnover\": 120000",
                "\"turnover\": " + thirty + ".5"));
        assertThat(read.violations()).isEmpty();
        assertThat(read.application().fiscalYears().get(0).turnover()).isEqualTo(new BigDecimal(thirty + ".5"));
        ApplicationRecord small = reader.read(Samples.application().replace("\"turnover\": 120000",
                "\"turnover\": 1e-100"));
        assertThat(small.violations()).isEmpty();
        assertThat(small.application().fiscalYears().get(0).turnover()).isEqualTo(new BigDecimal("1e-100"));
    }

    /** The length limit gives a violation at the number's path; the rest of the record is read. */
    @Test
    void numberLiteralsOverTheLengthLimitAreAViolationAtTheirPath() {
        ApplicationRecord read = reader.read(Samples.application().replace("\"turnover\": 120000",
                "\"turnover\": 0." + "1".repeat(200)));
        assertThat(read.application()).isNotNull();
        assertThat(read.application().company().name()).isEqualTo("Esempio Bio S.r.l.");
        assertThat(read.violations()).singleElement().satisfies(x -> {
            assertThat(x.path()).isEqualTo("fiscalYears[0].turnover");
            assertThat(x.message()).isEqualTo("a number written with 202 characters, over the limit of 100 characters;"
                    + " it was not read");
        });
    }

    @Test
    void nullArrayElementsKeepTheirIndex() {
        ApplicationRecord read = reader.read(with(o -> {
            ArrayNode years = o.withArrayProperty("fiscalYears");
            years.insertNull(0);
            years.add(7);
            ((ObjectNode) o.withArrayProperty("programs").get(0)).withArrayProperty("priorities").addNull();
        }));
        assertThat(read.violations()).extracting(Violation::path).containsExactly("fiscalYears[0]", "fiscalYears[2]",
                "programs[0].priorities[1]");
        assertThat(read.violations().get(0).message()).contains("must not be null");
        assertThat(read.violations().get(1).message()).contains("must be an object");
        assertThat(read.application().fiscalYears()).hasSize(3);
        assertThat(read.application().fiscalYears().get(0)).isNull();
        assertThat(read.application().fiscalYears().get(1).year()).isEqualTo(2024);
        assertThat(read.application().fiscalYears().get(2)).isNull();
        assertThat(read.application().programs().get(0).priorities()).containsExactly("PAT-ONCO", null);
    }

    @Test
    void everyProblemIsCollectedNotJustTheFirst() {
        List<Violation> v = violations(with(o -> {
            o.put("schemaVersion", "1");
            o.put("track", "X");
            o.put("zzz", 0);
            fiscalYear(o).put("turnover", "a lot");
        }));
        assertThat(v).hasSize(4);
    }

    // ------------------------------------------------------------------ not an application at all

    @Test
    void duplicateKeyIsAViolationWithItsPath() {
        String json = "{\"schemaVersion\":1,\"applicationId\":\"A-1\",\"applicationId\":\"A-2\","
                + "\"company\":{\"name\":\"X\",\"name\":\"Y\"}}";
        ApplicationRecord read = reader.read(json);
        assertThat(read.application()).isNotNull();
        // v1.1: the values of a duplicated property are not judged further, and neither is taken.
        assertThat(read.applicationId()).isNull();
        assertThat(read.application().applicationId()).isNull();
        assertThat(read.application().company().name()).isNull();
        assertThat(read.violations()).filteredOn(x -> x.message().contains("duplicate")).extracting(Violation::path)
                .containsExactly("applicationId", "company.name");
        // No "required property is missing" on top of the duplicate.
        assertThat(read.violations()).extracting(Violation::path).doesNotHaveDuplicates();
        // Two records differing only in the duplicated values are told apart by their hash.
        assertThat(reader.read(json.replace("A-2", "A-3")).inputSha256()).isNotEqualTo(read.inputSha256());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"schemaVersion\": NaN}", "{\"a\": Infinity}", "{\"a\": -Infinity}", "{\"a\": 01}",
            "{\"a\": 1,}", "{'a': 1}", "{a: 1}", "{\"a\": 1} // comment", "{\"a\": 1} x", "{\"a\": 1}{}",
            "{\"a\": 1}]", "", "   ", "{", "nul", "\"unterminated", "{\"a\": \"\u0001\"}", "{\"a\":1}\u0000"})
    void invalidJsonIsOneViolationAtTheRootAndNeverThrows(String json) {
        assertThatCode(() -> reader.read(json)).doesNotThrowAnyException();
        ApplicationRecord read = reader.read(json);
        assertThat(read.application()).isNull();
        assertThat(read.violations()).singleElement().extracting(Violation::path).isEqualTo("");
        assertThat(read.inputSha256()).isEqualTo(CanonicalJson.sha256(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void nestingTooDeepIsAViolation() {
        String deep = "{\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
        ApplicationRecord read = reader.read(deep);
        assertThat(read.application()).isNotNull();
        // The object is level 1, its arrays levels 2 to 101: the one at level 65 is not read.
        assertThat(read.violations()).extracting(Violation::path, Violation::message).startsWith(
                org.assertj.core.groups.Tuple.tuple("x" + "[0]".repeat(63), "nested too deeply: at most 64 levels of"
                        + " objects and arrays are read; this value was not read"),
                org.assertj.core.groups.Tuple.tuple("x", "unknown property 'x'; allowed properties here: schemaVersion,"
                        + " applicationId, submittedOn, company, track, developmentStage, fiscalYears, patents, programs,"
                        + " ownership"));

        String veryDeep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatCode(() -> reader.read(veryDeep)).doesNotThrowAnyException();
    }

    @Test
    void nestingWithinTheLimitIsJustAnUnknownProperty() {
        String json = Samples.application().replaceFirst("\\{", "{\"x\":" + "[".repeat(60) + "]".repeat(60) + ",");
        assertThat(violations(json)).extracting(Violation::path).containsExactly("x");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "42", "\"text\"", "null", "true"})
    void aJsonValueThatIsNotAnObjectHasNoApplication(String json) {
        ApplicationRecord read = reader.read(json);
        assertThat(read.application()).isNull();
        assertThat(read.violations()).singleElement().satisfies(x -> {
            assertThat(x.path()).isEmpty();
            assertThat(x.message()).contains("not a JSON object");
        });
        assertThat(read.inputSha256()).isEqualTo(CanonicalJson.sha256(Trees.parse(json)));
    }

    @Test
    void invalidUtf8BytesAreAViolation() {
        byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        ApplicationRecord read = reader.read(bytes);
        assertThat(read.application()).isNull();
        assertThat(read.violations()).singleElement().extracting(Violation::message).asString().contains("UTF-8");
        assertThat(read.inputSha256()).isEqualTo(CanonicalJson.sha256(bytes));
    }

    @Test
    void utf16BytesAreNotGuessed() {
        byte[] bytes = "{}".getBytes(StandardCharsets.UTF_16BE);
        assertThat(reader.read(bytes).application()).isNull();
    }

    @Test
    void longValuesAreEchoedShortly() {
        String longTrack = "T".repeat(10_000);
        List<Violation> v = violations(with(o -> o.put("track", longTrack)));
        assertThat(v).singleElement().extracting(Violation::message).asString().hasSizeLessThan(300)
                .contains("10000 characters");
    }

    @Test
    void configuredLimitsApply() {
        ApplicationJson strict = ApplicationJson.reader(ReadLimits.DEFAULTS.withMaxIntegerDigits(5));
        assertThat(strict.limits().maxIntegerDigits()).isEqualTo(5);
        assertThat(strict.read(Samples.application()).violations()).extracting(Violation::path)
                .containsExactly("fiscalYears[0].rdExpenditure", "fiscalYears[0].rdExpenditureItaly",
                        "fiscalYears[0].turnover", "fiscalYears[0].balanceSheetTotal");
        ApplicationJson shortStrings = ApplicationJson.reader(ReadLimits.DEFAULTS.withMaxStringLength(5));
        ApplicationRecord read = shortStrings.read(Samples.application());
        assertThat(read.application().track()).isNull();
        assertThat(read.violations()).extracting(Violation::path).contains("applicationId", "company.name", "track");
        assertThat(read.violations()).filteredOn(v -> v.path().equals("company.name")).singleElement()
                .extracting(Violation::message).isEqualTo("a text of 18 characters, over the limit of 5 characters;"
                        + " it was not read");
    }

    // ------------------------------------------------------------------ writing

    @Test
    void writeThenReadGivesAnEqualApplication() {
        Application a = reader.read(Samples.application()).application();
        String json = ApplicationJson.write(a);
        assertThat(json).doesNotContain("\n").startsWith("{\"schemaVersion\":1,\"applicationId\":\"CALL2025-0001\"");
        ApplicationRecord back = reader.read(json);
        assertThat(back.violations()).isEmpty();
        assertThat(back.application()).isEqualTo(a);
        assertThat(back.inputSha256()).isEqualTo(reader.read(Samples.application()).inputSha256());
    }

    @Test
    void writeKeepsNullElementsSoTheRoundTripIsExactEvenWhenInvalid() {
        ApplicationRecord read = reader.read(with(o -> {
            o.withArrayProperty("patents").insertNull(0);
            o.remove("track");
        }));
        Application back = reader.read(ApplicationJson.write(read.application())).application();
        assertThat(back).isEqualTo(read.application());
    }

    // ------------------------------------------------------------------ helpers

    private List<Violation> violations(String json) {
        return reader.read(json).violations();
    }

    private static ObjectNode fiscalYear(ObjectNode application) {
        return (ObjectNode) application.withArrayProperty("fiscalYears").get(0);
    }

    /** The spec example changed by {@code change}, as JSON text. */
    static String with(Consumer<ObjectNode> change) {
        ObjectNode o = Samples.tree(Samples.application());
        change.accept(o);
        return json(o);
    }

    static String json(JsonNode node) {
        try {
            return Trees.MAPPER.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
