package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.EligibilityStep;
import it.esibe.core.decision.Fact;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.WayToPass;
import it.esibe.io.ApplicationJson;
import it.esibe.io.DecisionJson;
import it.esibe.rules.Esibe;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The facts each verdict used, the facts still missing and the path to eligibility (issue 17,
 * items 1–3), checked against the application JSON itself: every fact path resolves to the value
 * the decision gives, every {@code INCOMPLETE} decision of the sample call misses exactly the fields
 * its application lacks (derived by hand from ESIBE-RULES-v1), supplying the missing facts with any
 * values decides the criteria they left open, and every change a way to pass suggests makes its
 * criterion pass.
 */
class FactsAndWaysTest {

    private static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("esibe.qt.seed", 20261122L);
    /** A path segment: a field name, then an optional {@code [index]} or {@code [year=Y]}. */
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z]+)(?:\\[(?:(\\d+)|year=(\\d+))])?");

    @Test
    void everyIncompleteDecisionOfTheSampleCallMissesExactlyTheFieldsItsApplicationLacks() {
        // By hand from ESIBE-RULES-v1 and sample-call.jsonl (reference year Y = 2024 for 2025 submissions):
        // 0013 declares no developmentStage (ESIBE-STAGE: UNKNOWN when absent), every other criterion decides;
        // 0014 declares only fiscal year 2023: ESIBE-RD-MIN (precision medicine) needs rdExpenditure(2024),
        // ESIBE-RD-ITALY needs rdExpenditure(2024) and rdExpenditureItaly(2024), ESIBE-SME needs the 2024
        // staff, turnover and balance sheet (its only holder is a natural person: no enterprise's figures).
        // Order: criterion by criterion in ruleset order, a path named before not repeated.
        String y2024 = "fiscalYears[year=2024].";
        Map<String, List<String>> expected = Map.of(
                "CALL2025-0013", List.of("developmentStage"),
                "CALL2025-0014", List.of(y2024 + "rdExpenditure", y2024 + "rdExpenditureItaly",
                        y2024 + "staffHeadcount", y2024 + "turnover", y2024 + "balanceSheetTotal"));
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (Sample s : sampleCall()) {
            if (s.decision().outcome() == Outcome.INCOMPLETE) {
                found.put(s.decision().applicationId(), s.decision().missingFacts());
                // Each is indeed absent from the application.
                s.decision().missingFacts().forEach(p -> assertThat(resolve(s.json(), p).isMissingNode()).as(p).isTrue());
                // Every blocking criterion of an INCOMPLETE decision is asked for its facts.
                assertThat(s.decision().pathToEligibility()).extracting(step -> step.way().kind())
                        .containsOnly(WayToPass.Kind.PROVIDE_FACTS);
            }
        }
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void theSampleCallsBlockingCriteriaStateTheirWaysToPass() {
        Map<String, Decision> byId = new LinkedHashMap<>();
        sampleCall().forEach(s -> byId.put(s.decision().applicationId(), s.decision()));
        // 0004: R&D 2024 1 650 000 below the 2 000 000 of precision medicine: raise it to the threshold.
        EligibilityStep rdMin = byId.get("CALL2025-0004").pathToEligibility().get(0);
        assertThat(rdMin.criterion()).isEqualTo("ESIBE-RD-MIN");
        assertThat(rdMin.way().options()).singleElement().satisfies(o -> assertThat(o.changes())
                .containsExactly(Fact.of("fiscalYears[0].rdExpenditure", new BigDecimal("2000000"))));
        // 0008: Italy 1 200 000 of 2 400 000, exactly half: move 0.01 (Italy 1 200 000.01 > 1 200 000), or
        // spend T - 2I + 0.01 = 0.01 of new R&D in Italy (ESIBE-RULES-v1, ESIBE-RD-ITALY).
        EligibilityStep rdItaly = byId.get("CALL2025-0008").pathToEligibility().get(0);
        assertThat(rdItaly.way().options()).extracting(WayToPass.Option::name)
                .containsExactly("missingAmount", "additionalAmount");
        assertThat(rdItaly.way().options().get(0).changes())
                .containsExactly(Fact.of("fiscalYears[0].rdExpenditureItaly", new BigDecimal("1200000.01")));
        assertThat(rdItaly.way().options().get(1).changes()).containsExactly(
                Fact.of("fiscalYears[0].rdExpenditure", new BigDecimal("2400000.01")),
                Fact.of("fiscalYears[0].rdExpenditureItaly", new BigDecimal("1200000.01")));
        // 0003 commercial stage, 0007 headquarters in Switzerland: nothing the figures can change.
        assertThat(byId.get("CALL2025-0003").pathToEligibility()).singleElement()
                .satisfies(s -> assertThat(s.way().kind()).isEqualTo(WayToPass.Kind.NOT_BY_FIGURES))
                .satisfies(s -> assertThat(s.way().message().it()).contains("§5.3"));
        assertThat(byId.get("CALL2025-0007").pathToEligibility()).singleElement()
                .satisfies(s -> assertThat(s.way().kind()).isEqualTo(WayToPass.Kind.NOT_BY_FIGURES));
        // 0018: R&D fails and the stage is undeclared: both block, in ruleset order.
        assertThat(byId.get("CALL2025-0018").pathToEligibility()).extracting(EligibilityStep::criterion)
                .containsExactly("ESIBE-STAGE", "ESIBE-RD-MIN");
        assertThat(byId.get("CALL2025-0018").missingFacts()).containsExactly("developmentStage");
        assertThat(byId.get("CALL2025-0001").pathToEligibility()).isEmpty();
    }

    @Test
    void everyFactOfTheSampleCallResolvesInItsApplicationToTheValueGiven() {
        int facts = 0;
        for (Sample s : sampleCall()) {
            facts += checkFacts(s.json(), s.decision());
        }
        assertThat(facts).isGreaterThan(100);
    }

    @Test
    void everyFactOfGeneratedApplicationsResolvesToTheValueGiven() {
        Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
        qt().withFixedSeed(SEED).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            ObjectNode app = generate(new Random(seed));
            Decision d = decide(app);
            seen.merge(d.outcome(), 1, Integer::sum);
            checkFacts(app, d);
        });
        assertThat(seen.keySet()).contains(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE);
    }

    @Test
    void anIncompleteDecisionWithItsMissingFactsSuppliedIsNeverIncompleteForTheSameReasons() {
        int[] incomplete = {0};
        qt().withFixedSeed(SEED).withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            ObjectNode app = generate(random);
            Decision d = decide(app);
            if (d.outcome() != Outcome.INCOMPLETE) {
                return;
            }
            incomplete[0]++;
            // Without registers, every criterion undecided is undecided for want of facts of the application.
            assertThat(d.criteria()).filteredOn(c -> c.result() == Verdict.UNKNOWN)
                    .allSatisfy(c -> assertThat(c.missingFacts()).as(c.id()).isNotEmpty());
            ObjectNode supplied = app.deepCopy();
            for (String path : d.missingFacts()) {
                set(supplied, path, anyValue(path, random));
            }
            keepItalyWithinTotal(supplied, d.missingFacts());
            Decision after = decide(supplied);
            assertThat(after.outcome()).as("%s%n%s", supplied, after).isNotEqualTo(Outcome.INVALID);
            for (CriterionResult before : d.criteria()) {
                if (before.result() == Verdict.UNKNOWN && !before.missingFacts().isEmpty()) {
                    assertThat(after.criterion(before.id()).orElseThrow().result()).as("%s after %s in %s", before.id(),
                            d.missingFacts(), supplied).isNotEqualTo(Verdict.UNKNOWN);
                }
            }
        });
        assertThat(incomplete[0]).isGreaterThan(20);
    }

    @Test
    void everySuggestedChangeMakesItsCriterionPass() {
        Map<String, Integer> applied = new LinkedHashMap<>();
        qt().withFixedSeed(SEED).withExamples(400).forAll(longs().all()).checkAssert(seed -> {
            ObjectNode app = generate(new Random(seed));
            Decision d = decide(app);
            for (EligibilityStep step : d.pathToEligibility()) {
                for (WayToPass.Option option : step.way().options()) {
                    ObjectNode changed = app.deepCopy();
                    for (Fact change : option.changes()) {
                        set(changed, change.path(), node(change.value()));
                    }
                    Decision after = decide(changed);
                    assertThat(after.outcome()).as("%s", changed).isNotEqualTo(Outcome.INVALID);
                    assertThat(after.criterion(step.criterion()).orElseThrow().result())
                            .as("%s with %s", step.criterion(), option).isEqualTo(Verdict.PASS);
                    applied.merge(step.criterion() + " " + option.name(), 1, Integer::sum);
                }
            }
        });
        assertThat(applied.keySet()).contains("ESIBE-RD-MIN missingAmount", "ESIBE-RD-ITALY missingAmount",
                "ESIBE-RD-ITALY additionalAmount");
    }

    @Test
    void decisionsWithTheNewPartsReadBackEqual() {
        for (Sample s : sampleCall()) {
            assertThat(DecisionJson.read(DecisionJson.write(s.decision()))).isEqualTo(s.decision());
        }
    }

    @Test
    void theNewPartsOnlyAddFieldsAfterTheExistingOnes() throws IOException {
        ApplicationEvaluator withoutFacts = Esibe.evaluator().facts(false).build();
        for (Sample s : sampleCall()) {
            ObjectNode full = (ObjectNode) JSON.readTree(DecisionJson.write(s.decision()));
            Decision bare = withLine(withoutFacts.evaluate(ApplicationJson.reader().read(s.json().toString())),
                    s.decision().position().value());
            ObjectNode lean = (ObjectNode) JSON.readTree(DecisionJson.write(bare));
            // Without facts, only the facts and parameters of each criterion are gone.
            for (JsonNode c : full.path("criteria")) {
                ((ObjectNode) c).remove(List.of("facts", "parameters"));
            }
            assertThat(lean).isEqualTo(full);
            // And without any of the new parts, the fields are those of the format, in its order.
            for (JsonNode c : lean.path("criteria")) {
                ((ObjectNode) c).remove("missingFacts");
                assertThat(fieldNames(c)).isSubsetOf("id", "result", "message", "citation", "remedy")
                        .startsWith("id", "result", "message", "citation");
            }
            lean.remove(List.of("missingFacts", "pathToEligibility"));
            assertThat(fieldNames(lean)).containsExactly("applicationId", "outcome", "ruleset", "rulesetVersion",
                    "parametersSha256", "referenceDate", "referenceYear", "criteria", "violations", "inputSha256", "line");
        }
    }

    // ---------------------------------------------------------------- the facts against the JSON

    /** Checks every fact of {@code d} against {@code app}, and that every missing fact is absent; returns how many. */
    private static int checkFacts(JsonNode app, Decision d) {
        int n = 0;
        for (CriterionResult c : d.criteria()) {
            for (Fact f : c.facts()) {
                JsonNode at = resolve(app, f.path());
                assertThat(at.isMissingNode() || at.isNull()).as("%s: %s not in %s", c.id(), f.path(), app).isFalse();
                assertThat(value(at)).as("%s: %s", c.id(), f.path()).isEqualTo(f.value());
                n++;
            }
            for (String missing : c.missingFacts()) {
                JsonNode at = resolve(app, missing);
                assertThat(at.isMissingNode() || at.isNull()).as("%s: %s is declared", c.id(), missing).isTrue();
            }
        }
        return n;
    }

    /** The node at {@code path}, or a missing node; {@code [year=Y]} picks the fiscal year whose year is Y. */
    static JsonNode resolve(JsonNode root, String path) {
        JsonNode node = root;
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            assertThat(m.matches()).as(path).isTrue();
            node = node.path(m.group(1));
            if (m.group(2) != null) {
                node = node.path(Integer.parseInt(m.group(2)));
            } else if (m.group(3) != null) {
                JsonNode found = MissingNode.getInstance();
                for (JsonNode e : node) {
                    if (e.path("year").asInt() == Integer.parseInt(m.group(3))) {
                        found = e;
                    }
                }
                node = found;
            }
        }
        return node;
    }

    /** Sets {@code path} to {@code value}, adding the fiscal year of a {@code [year=Y]} segment when absent. */
    static void set(ObjectNode root, String path, JsonNode value) {
        String[] segments = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < segments.length; i++) {
            Matcher m = SEGMENT.matcher(segments[i]);
            assertThat(m.matches()).isTrue();
            String name = m.group(1);
            if (i == segments.length - 1 && m.group(2) == null && m.group(3) == null) {
                node.set(name, value);
                return;
            }
            if (m.group(2) != null) {
                node = (ObjectNode) node.withArray(name).get(Integer.parseInt(m.group(2)));
            } else if (m.group(3) != null) {
                ArrayNode years = node.withArray(name);
                int year = Integer.parseInt(m.group(3));
                ObjectNode found = null;
                for (JsonNode e : years) {
                    if (e.path("year").asInt() == year) {
                        found = (ObjectNode) e;
                    }
                }
                node = found != null ? found : years.addObject().put("year", year);
            } else {
                node = node.with(name);
            }
        }
    }

    /** A node's value in the canonical form of {@link Fact#value()}. */
    private static Object value(JsonNode node) {
        if (node.isNumber()) {
            return Fact.of("x", node.decimalValue()).value();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    private static JsonNode node(Object value) {
        if (value instanceof BigDecimal d) {
            return JsonNodeFactory.instance.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return JsonNodeFactory.instance.booleanNode(b);
        }
        return JsonNodeFactory.instance.textNode((String) value);
    }

    private static List<String> fieldNames(JsonNode o) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    // ---------------------------------------------------------------- applications

    private record Sample(ObjectNode json, Decision decision) {
    }

    private static List<Sample> sampleCall() {
        List<Sample> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(FactsAndWaysTest.class.getResourceAsStream(Oracle.SAMPLE_CALL)),
                StandardCharsets.UTF_8))) {
            int line = 0;
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                line++;
                Decision d = EVALUATOR.evaluate(ApplicationJson.reader().read(text));
                out.add(new Sample((ObjectNode) JSON.readTree(text), withLine(d, line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The decision as a file's reader gives it, at its line (so that its JSON has the field the format's decisions have). */
    private static Decision withLine(Decision d, long line) {
        return Decision.builder().applicationId(d.applicationId()).outcome(d.outcome()).ruleset(d.ruleset())
                .rulesetStamp(d.rulesetVersion(), d.parametersSha256()).referenceDate(d.referenceDate())
                .referenceYear(d.referenceYear()).criteria(d.criteria()).violations(d.violations())
                .inputSha256(d.inputSha256()).position(it.esibe.core.decision.RecordPosition.line(line)).build();
    }

    private static Decision decide(JsonNode app) {
        return EVALUATOR.evaluate(ApplicationJson.reader().read(app.toString()));
    }

    /**
     * A valid application around the thresholds, from the format's example: either track, any stage
     * or none, figures of 2024 (and 2023) each present or absent, the year 2024 now and then missing,
     * a seat abroad, pending patents, holders and participations that add figures or lack them.
     */
    private static ObjectNode generate(Random random) {
        ObjectNode app;
        try {
            app = (ObjectNode) JSON.readTree("""
                    {"schemaVersion": 1, "applicationId": "GEN-1", "submittedOn": "2025-03-15",
                     "company": {"name": "Esempio Bio S.r.l.", "legalSeat": {"country": "IT"}, "headquarters": {"country": "IT"}},
                     "track": "PRECISION_MEDICINE",
                     "patents": [{"number": "EP3456789B1", "holding": "OWNED", "status": "GRANTED", "expiresOn": "2038-05-01"}],
                     "programs": [{"technology": "TEC-GENE-CELL", "priorities": ["PAT-ONCO"]}]}""");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean industrial = random.nextInt(3) == 0;
        if (industrial) {
            app.put("track", "INDUSTRIAL_ENVIRONMENTAL");
            ((ObjectNode) app.path("programs").get(0)).put("technology", "TEC-SYNBIO").putArray("priorities").add("IND-GHG");
        }
        String[] stages = {"RESEARCH", "PRECLINICAL", "CLINICAL", "PILOT", "COMMERCIAL"};
        if (random.nextInt(5) != 0) {
            app.put("developmentStage", stages[random.nextInt(random.nextInt(4) == 0 ? 5 : 4)]);
        }
        if (random.nextInt(10) == 0) {
            ((ObjectNode) app.path("company").path("headquarters")).put("country", "CH");
        }
        if (random.nextInt(8) == 0) {
            ((ObjectNode) app.path("patents").get(0)).put("status", "PENDING").remove("expiresOn");
        }
        ArrayNode years = app.putArray("fiscalYears");
        for (int year : new int[] {2024, 2023}) {
            if (year == 2024 && random.nextInt(6) == 0 || year == 2023 && random.nextBoolean()) {
                continue;
            }
            ObjectNode y = years.addObject().put("year", year);
            BigDecimal rd = amount(random, industrial ? 800_000 : 2_000_000);
            maybe(random, y, "rdExpenditure", rd);
            if (rd != null) {
                // The Italian part around half of the total, at most the total.
                BigDecimal italy = rd.multiply(BigDecimal.valueOf(random.nextInt(101))).divide(BigDecimal.valueOf(100), 2,
                        java.math.RoundingMode.DOWN);
                maybe(random, y, "rdExpenditureItaly", random.nextInt(5) == 0 ? rd.divide(BigDecimal.valueOf(2), 2,
                        java.math.RoundingMode.DOWN) : italy);
            } else {
                maybe(random, y, "rdExpenditureItaly", amount(random, 1_000_000));
            }
            maybe(random, y, "euInternationalGrants", amount(random, 800_000));
            maybe(random, y, "staffHeadcount", BigDecimal.valueOf(random.nextInt(3000), 1));
            maybe(random, y, "turnover", amount(random, 50_000_000));
            maybe(random, y, "balanceSheetTotal", amount(random, 43_000_000));
        }
        ObjectNode ownership = app.putObject("ownership");
        ArrayNode holders = ownership.putArray("holders");
        holders.addObject().put("name", "Soci fondatori").put("type", "INDIVIDUAL").put("capitalShare", 50);
        String[] types = {"OTHER_ENTERPRISE", "VENTURE_CAPITAL", "CORPORATE", "PUBLIC_BODY", "UNIVERSITY", "INDIVIDUAL"};
        for (int i = 0; i < 2; i++) {
            if (random.nextBoolean()) {
                ObjectNode h = holders.addObject().put("name", "Socio " + i).put("type", types[random.nextInt(types.length)])
                        .put("capitalShare", random.nextInt(26));
                if (random.nextInt(3) == 0) {
                    h.put("group", "G");
                }
                figures(random, h);
            }
        }
        if (random.nextBoolean()) {
            ObjectNode p = ownership.putArray("participations").addObject().put("name", "Controllata")
                    .put("capitalShare", 10 + random.nextInt(60));
            figures(random, p);
        }
        return app;
    }

    private static void figures(Random random, ObjectNode stake) {
        maybe(random, stake, "staffHeadcount", BigDecimal.valueOf(random.nextInt(300)));
        maybe(random, stake, "turnover", amount(random, 20_000_000));
        maybe(random, stake, "balanceSheetTotal", amount(random, 20_000_000));
    }

    /** An amount in cents up to twice {@code around}, or now and then exactly it, a cent below, or 0. */
    private static BigDecimal amount(Random random, long around) {
        return switch (random.nextInt(8)) {
            case 0 -> BigDecimal.valueOf(around);
            case 1 -> BigDecimal.valueOf(around * 100 - 1, 2);
            case 2 -> BigDecimal.ZERO;
            default -> BigDecimal.valueOf((long) (random.nextDouble() * around * 200), 2);
        };
    }

    private static void maybe(Random random, ObjectNode o, String field, BigDecimal value) {
        if (value != null && random.nextInt(5) != 0) {
            o.put(field, value);
        }
    }

    /** Any valid value for a missing fact: an amount, staff, or a stage. */
    private static JsonNode anyValue(String path, Random random) {
        if (path.equals("developmentStage")) {
            String[] stages = {"RESEARCH", "PRECLINICAL", "CLINICAL", "PILOT", "COMMERCIAL"};
            return JsonNodeFactory.instance.textNode(stages[random.nextInt(stages.length)]);
        }
        if (path.endsWith("staffHeadcount")) {
            return JsonNodeFactory.instance.numberNode(BigDecimal.valueOf(random.nextInt(5000), 1));
        }
        return JsonNodeFactory.instance.numberNode(amount(random, random.nextBoolean() ? 2_000_000 : 50_000_000));
    }

    /**
     * The format's rule that the Italian part is at most the total: of a pair that breaks it, the
     * value that was supplied gives way (the declared one is the application's and stays).
     */
    private static void keepItalyWithinTotal(ObjectNode app, List<String> supplied) {
        for (JsonNode y : app.path("fiscalYears")) {
            if (y.has("rdExpenditure") && y.has("rdExpenditureItaly")
                    && y.get("rdExpenditureItaly").decimalValue().compareTo(y.get("rdExpenditure").decimalValue()) > 0) {
                boolean italySupplied = supplied.stream().anyMatch(p -> p.endsWith("rdExpenditureItaly")
                        && resolve(app, p) == y.get("rdExpenditureItaly"));
                if (italySupplied) {
                    ((ObjectNode) y).set("rdExpenditureItaly", y.get("rdExpenditure"));
                } else {
                    ((ObjectNode) y).set("rdExpenditure", y.get("rdExpenditureItaly"));
                }
            }
        }
    }
}
