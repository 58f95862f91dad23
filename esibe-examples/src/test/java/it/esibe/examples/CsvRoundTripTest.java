package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Location;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.io.ApplicationCsvWriter;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.ApplicationJson;
import it.esibe.io.CsvOptions;
import it.esibe.io.InputFormat;
import it.esibe.rules.Esibe;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * CSV round trip (issue 4): generated applications, written in the CSV layout and read back, get the
 * same decisions from the real rules as the same applications in JSON Lines: same outcome, criteria,
 * hash and violation paths; only the position (row instead of line) and the location prefix of
 * violation messages differ.
 */
class CsvRoundTripTest {

    private static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();
    private static final ApplicationFiles FILES = ApplicationFiles.using(EVALUATOR);

    @Test
    void applicationsExportedToCsvAndReadBackGetIdenticalDecisions() {
        Map<Outcome, Integer> seen = new EnumMap<>(Outcome.class);
        qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L)).withExamples(150)
                .forAll(longs().all())
                .checkAssert(seed -> {
                    Random random = new Random(seed);
                    List<Application> call = new ArrayList<>();
                    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                        call.add(new Generator(random).application(i));
                    }
                    CsvOptions options = CsvOptions.DEFAULTS.withDelimiter(random.nextBoolean() ? ',' : ';')
                            .withItalianHeaders(random.nextBoolean()).withByteOrderMark(random.nextBoolean());
                    List<Decision> json = decide(jsonLines(call), InputFormat.JSON_LINES);
                    List<Decision> csv = decide(csv(call, options), InputFormat.CSV);
                    assertThat(csv).hasSameSizeAs(call);
                    for (int i = 0; i < call.size(); i++) {
                        Decision j = json.get(i);
                        Decision c = csv.get(i);
                        seen.merge(j.outcome(), 1, Integer::sum);
                        assertThat(c.position()).isEqualTo(RecordPosition.row(i + 1));
                        assertThat(c).as("seed %d, application %d", seed, i)
                                .usingRecursiveComparison().ignoringFields("position", "violations").isEqualTo(j);
                        assertThat(c.violations()).hasSameSizeAs(j.violations());
                        for (int v = 0; v < j.violations().size(); v++) {
                            assertThat(c.violations().get(v).path()).isEqualTo(j.violations().get(v).path());
                            assertThat(c.violations().get(v).message()).startsWith("row " + (i + 1) + " (line ")
                                    .endsWith(j.violations().get(v).message());
                        }
                    }
                });
        // The generator must reach the interesting outcomes, or the property proves little.
        assertThat(seen.keySet()).contains(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE, Outcome.INVALID);
    }

    private static List<Decision> decide(byte[] bytes, InputFormat format) {
        List<Decision> out = new ArrayList<>();
        try {
            FILES.decide(new ByteArrayInputStream(bytes), format, out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static byte[] jsonLines(List<Application> call) {
        StringBuilder sb = new StringBuilder();
        call.forEach(a -> sb.append(ApplicationJson.write(a)).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] csv(List<Application> call, CsvOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ApplicationCsvWriter w = new ApplicationCsvWriter(out, options)) {
            for (Application a : call) {
                w.write(a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Applications close to real ones, mostly valid, with the values a spreadsheet makes hard: names
     * with accents, apostrophes, quotes, separators, line ends and formula signs; amounts with
     * various scales; now and then a value that breaks a rule.
     */
    private static final class Generator {
        private static final String[] NAMES = {"Esempio Bio S.r.l.", "L'Aquila Biotech", "Società \"Nord\", S.p.A.",
            "Ricerca; Sviluppo | Innovazione", "Back\\slash Bio", "=HYPERLINK(\"x\")", "+39 Bio", "-Minus Lab", "@Home Bio",
            "Città di Castello\nsede operativa", "Ünïcödé Biotech ß €", "Bio,Tech", "Tab\tBio"};
        private static final String[] TECHNOLOGIES = {"TEC-GENE-CELL", "TEC-RNA", "TEC-MAB", "TEC-IMMUNO",
            "TEC-ANTIVIRAL", "TEC-PRECISION-FERMENTATION", "TEC-SYNBIO", "TEC-MICROBIOME", "TEC-GENETICS"};
        private static final String[] PRIORITIES = {"PAT-ONCO", "PAT-CARDIO", "PAT-AMR", "PAT-RESP", "IND-FOOD",
            "IND-GHG", "IND-BIOMASS", "IND-POLLUTANTS"};
        private static final String[] VAT = {"IT00743110157", "00743110157", "IT12345678901", null};

        private final Random random;

        Generator(Random random) {
            this.random = random;
        }

        Application application(int i) {
            return random.nextBoolean() ? admissible(i) : anything(i);
        }

        /**
         * An application the spec admits (the format's example: precision medicine, 2.5 M EUR of R&D
         * in the reference year, 84% of it in Italy, a granted patent, an SME held by founders and a
         * fund), with a spreadsheet-hard name and now and then one value changed.
         */
        private Application admissible(int i) {
            LocalDate submitted = LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28));
            Location italy = new Location("IT", pick("Lombardia", "Valle d'Aosta", "Friuli-Venezia Giulia"),
                    pick("Milano", "L'Aquila", "Reggio nell'Emilia"));
            FiscalYear year = new FiscalYear(2024, rare() ? new BigDecimal("1999999.99") : new BigDecimal("2500000.00"),
                    new BigDecimal("2100000"), BigDecimal.ZERO, new BigDecimal("38.5"), new BigDecimal("120000"),
                    new BigDecimal("9000000"));
            Patent patent = new Patent("EP3456789B1", PatentHolding.OWNED, PatentStatus.GRANTED,
                    LocalDate.of(2038, 5, 1), null);
            Program program = new Program(pick("CAR-T; tumori solidi", "\"Terapia\" genica, fase 1", null),
                    "TEC-GENE-CELL", List.of("PAT-ONCO"));
            Ownership ownership = new Ownership(List.of(
                    new Holder(pick(NAMES), HolderType.INDIVIDUAL, new BigDecimal("60"), null, null, null, null, null),
                    new Holder(pick(NAMES), HolderType.VENTURE_CAPITAL, new BigDecimal("40"), null,
                            new BigDecimal("12"), new BigDecimal("4000000"), new BigDecimal("180000000"), null)), List.of());
            return new Application(1, "OK-" + i, submitted, new Company(pick(NAMES), "IT00743110157", italy, italy),
                    Track.PRECISION_MEDICINE, rare() ? DevelopmentStage.COMMERCIAL : DevelopmentStage.PRECLINICAL,
                    List.of(year), List.of(patent), List.of(program), ownership);
        }

        private Application anything(int i) {
            LocalDate submitted = LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28));
            Location italy = new Location("IT", pick("Lombardia", "Lazio", "Valle d'Aosta", "Friuli-Venezia Giulia", null),
                    pick("Milano", "Roma", "L'Aquila", "Reggio nell'Emilia", null));
            Location seat = rare() ? new Location(pick("DE", "FR", "CH"), null, null) : italy;
            Company company = new Company(pick(NAMES), pick(VAT), seat, rare() ? new Location("US", null, null) : italy);
            Track track = random.nextBoolean() ? Track.PRECISION_MEDICINE : Track.INDUSTRIAL_ENVIRONMENTAL;
            return new Application(rare() ? 2 : 1, "CALL-" + i + "-" + random.nextInt(1000), submitted, company, track,
                    random.nextInt(6) == 0 ? null : DevelopmentStage.values()[random.nextInt(DevelopmentStage.values().length)],
                    list(3, () -> fiscalYear(submitted.getYear() - 1 - random.nextInt(2))), list(3, this::patent),
                    list(3, this::program), new Ownership(list(3, this::holder), list(2, this::participation)));
        }

        private FiscalYear fiscalYear(int year) {
            BigDecimal rd = amount(4_000_000);
            return new FiscalYear(year, rd, rd == null ? null : rd.multiply(new BigDecimal("0.6")).setScale(2,
                    java.math.RoundingMode.DOWN), amount(1_500_000), headcount(), amount(60_000_000), amount(50_000_000));
        }

        private Patent patent() {
            boolean licensed = random.nextBoolean();
            return new Patent(pick("EP3456789B1", "IT102019000012345", "WO2023123456A1", "US1234567B2", "EP12"),
                    licensed ? PatentHolding.LICENSED : PatentHolding.OWNED,
                    random.nextBoolean() ? PatentStatus.GRANTED : PatentStatus.PENDING,
                    random.nextBoolean() ? LocalDate.of(2030 + random.nextInt(10), 1 + random.nextInt(12), 1) : null,
                    licensed && random.nextBoolean() ? LocalDate.of(2024 + random.nextInt(6), 6, 30) : null);
        }

        private Program program() {
            List<String> priorities = new ArrayList<>();
            for (int i = 0, n = rare() ? 0 : 1 + random.nextInt(2); i < n; i++) {
                priorities.add(pick(PRIORITIES));
            }
            return new Program(pick("CAR-T; tumori solidi", "Enzimi | fermentazione", "mRNA, vaccini", "\"Terapia\" genica",
                    null), pick(TECHNOLOGIES), priorities);
        }

        private Holder holder() {
            return new Holder(pick(NAMES), HolderType.values()[random.nextInt(HolderType.values().length)],
                    new BigDecimal(random.nextInt(60)).add(rare() ? new BigDecimal("0.5") : BigDecimal.ZERO),
                    random.nextBoolean() ? null : new BigDecimal(random.nextInt(101)), headcount(), amount(80_000_000),
                    amount(80_000_000), null);
        }

        private Participation participation() {
            return new Participation(pick(NAMES),
                    new BigDecimal(random.nextInt(101)), null, headcount(), amount(10_000_000), amount(10_000_000));
        }

        /** An amount up to {@code max} euro with 0 to 2 decimals, or now and then absent, negative or with 3 decimals. */
        private BigDecimal amount(int max) {
            if (random.nextInt(8) == 0) {
                return null;
            }
            int scale = rare() ? 3 : random.nextInt(3);
            BigDecimal value = BigDecimal.valueOf(random.nextInt(max) * 100L + random.nextInt(100), 2)
                    .setScale(scale, java.math.RoundingMode.DOWN);
            return rare() ? value.negate() : value;
        }

        private BigDecimal headcount() {
            return random.nextInt(4) == 0 ? null : BigDecimal.valueOf(random.nextInt(4000), random.nextInt(2));
        }

        private <T> List<T> list(int max, Supplier<T> item) {
            List<T> out = new ArrayList<>();
            for (int i = 0, n = random.nextInt(max + 1); i < n; i++) {
                out.add(item.get());
            }
            return out;
        }

        private boolean rare() {
            return random.nextInt(12) == 0;
        }

        @SafeVarargs
        private <T> T pick(T... values) {
            return values[random.nextInt(values.length)];
        }
    }
}
