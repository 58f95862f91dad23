package it.esibe.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * {@link Application#inputSha256()}, written by hand in esibe-core, is exactly the hash esibe-io
 * gives the same application: {@link CanonicalJson#sha256(JsonNode)} of the tree of ESIBE's JSON
 * writer, under ESIBE-FORMAT-v1.1's canonical form (keys sorted, no insignificant white space,
 * strings escaped as in v1, every number in plain notation with no exponent and no trailing
 * fractional zeros).
 *
 * <p>{@link #normalised} applies v1.1's number rule to the writer's tree before
 * {@code CanonicalJson} hashes it, so that the test states the spec's rule whether or not
 * {@code CanonicalJson} normalises numbers itself; once it does, the step changes nothing.
 */
class InputHashTest {

    private static final long SEED = Long.getLong("esibe.qt.seed", 20261122L);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(SEED);
    }

    /** The writer's tree of {@code a} hashed by esibe-io, numbers normalised as v1.1 says. */
    static String ioHash(Application a) {
        return CanonicalJson.sha256(normalised(ApplicationJson.toTree(a)));
    }

    static String ioCanonical(Application a) {
        return CanonicalJson.canonicalize(normalised(ApplicationJson.toTree(a)));
    }

    @Test
    void validApplicationsHashAsEsibeIoHashesTheirJson() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Application a = new ValidApplications(seed, UnaryOperator.identity()).application();
            assertThat(a.canonicalJson()).isEqualTo(ioCanonical(a));
            assertThat(a.inputSha256()).isEqualTo(ioHash(a));
        });
    }

    @Test
    void anyApplicationHashesAlikeEvenWithHostileTextMissingValuesAndNullElements() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            for (boolean complete : new boolean[] {true, false}) {
                Application a = new RandomModel(seed, complete).application();
                assertThat(a.canonicalJson()).isEqualTo(ioCanonical(a));
                assertThat(a.inputSha256()).isEqualTo(ioHash(a));
            }
        });
    }

    @Test
    void everyCharacterBelowU0100AndEverySurrogateIsEscapedAsEsibeIoEscapesIt() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            all.append(c);
        }
        all.append("\u2028\u2029\ufeff\uffff\ud83d\ude00\udbff\udfff\ud800x\udc00");
        Application a = new Application(1, all.toString(), null, null, null, null, null, null, null, null);
        assertThat(a.canonicalJson()).isEqualTo(ioCanonical(a));
    }

    @Test
    void aJavaBuiltApplicationWrittenAndReadBackKeepsItsHash() {
        // Numbers already in their canonical notation, so that the record as read hashes alike whether
        // or not CanonicalJson normalises numbers itself.
        qt().withExamples(200).forAll(longs().all()).checkAssert(seed -> {
            Application a = new ValidApplications(seed, InputHashTest::plain).application();
            it.esibe.core.ApplicationRecord read = ApplicationJson.reader().read(ApplicationJson.write(a));
            assertThat(read.application()).isEqualTo(a);
            assertThat(read.inputSha256()).isEqualTo(a.inputSha256());
        });
    }

    /** A copy of {@code node} with every number in v1.1's canonical notation. */
    static JsonNode normalised(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                copy.set(e.getKey(), normalised(e.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(normalised(element)));
            return copy;
        }
        if (node.isNumber()) {
            // The writer's trees hold BigDecimals and ints; no generated number is below 1E-6, where
            // BigDecimal#toString would turn to an exponent.
            return JsonNodeFactory.instance.numberNode(plain(node.decimalValue()));
        }
        return node;
    }

    /** {@code d} with no trailing fractional zeros and no negative scale: its toString is v1.1's form. */
    static BigDecimal plain(BigDecimal d) {
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Valid applications of ESIBE-FORMAT-v1.1 from one seed, with text in many scripts (accents,
     * quotes, emoji outside the Basic Multilingual Plane) and numbers in many notations
     * ({@code 2500000.00}, {@code 2.5E+6}); {@code numbers} may rewrite every number.
     */
    static final class ValidApplications {

        private static final String[] WORDS = {"Bio", "Genomica", "S.r.l.", "\"Alfa\"", "l'Aquila", "Ü", "é",
            "\u4e2d\u6587", "\ud83e\uddec", "\\", "/", "<b>", "=1+1", "Forlì-Cesena", "ß"};
        private static final String[] TECHNOLOGIES = {"TEC-RNA", "TEC-GENE-CELL", "TEC-IMMUNO", "TEC-MAB"};
        private static final String[] PRIORITIES = {"PAT-ONCO", "PAT-RARE", "PAT-CARDIO", "IND-GHG", "IND-FOOD"};

        private final Random random;
        private final UnaryOperator<BigDecimal> numbers;

        ValidApplications(long seed, UnaryOperator<BigDecimal> numbers) {
            this.random = new Random(seed);
            this.numbers = numbers;
        }

        Application application() {
            Application.Builder b = Application.builder()
                    .applicationId("CALL" + random.nextInt(100_000) + (random.nextBoolean() ? "-a.b_c" : ""))
                    .submittedOn(LocalDate.of(2024, 10, 1).plusDays(random.nextInt(3000)))
                    .company(company())
                    .track(pick(Track.values()))
                    .developmentStage(random.nextBoolean() ? pick(DevelopmentStage.values()) : null);
            int first = 2018 + random.nextInt(5);
            for (int i = random.nextInt(4); i > 0; i--) {
                b.fiscalYear(fiscalYear(first + i));
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                b.patent(patent());
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                b.program(program());
            }
            if (random.nextInt(4) != 0) {
                b.ownership(ownership());
            }
            return b.build();
        }

        private Company company() {
            Location seat = location();
            if (random.nextBoolean()) {
                return Company.of(text(), seat);
            }
            return Company.builder().name(text()).vatNumber(random.nextBoolean() ? "IT00743110157" : null)
                    .legalSeat(seat).headquarters(location()).build();
        }

        private Location location() {
            return Location.of(pick(new String[] {"IT", "FR", "DE", "US"}))
                    .withRegion(random.nextBoolean() ? text() : null).withCity(random.nextBoolean() ? text() : null);
        }

        private FiscalYear fiscalYear(int year) {
            BigDecimal rd = maybe(amount());
            // At most the total, as the format requires when both are given.
            BigDecimal italy = rd == null ? maybe(amount()) : maybe(numbers.apply(notation(rd.multiply(
                    BigDecimal.valueOf(random.nextInt(101))).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN))));
            return FiscalYear.builder(year).rdExpenditure(rd).rdExpenditureItaly(italy)
                    .euInternationalGrants(maybe(amount())).staffHeadcount(maybe(decimal(1_000_000_000L, 2)))
                    .turnover(maybe(amount())).balanceSheetTotal(maybe(amount())).build();
        }

        private Patent patent() {
            boolean licensed = random.nextBoolean();
            return Patent.builder(pick(new String[] {"EP", "IT", "US"}) + (1000 + random.nextInt(9_000_000))
                            + (random.nextBoolean() ? "B1" : ""))
                    .holding(licensed ? PatentHolding.LICENSED : PatentHolding.OWNED)
                    .status(pick(PatentStatus.values()))
                    .expiresOn(random.nextBoolean() ? LocalDate.of(2030, 1, 1).plusDays(random.nextInt(5000)) : null)
                    .licenceExpiresOn(licensed && random.nextBoolean() ? LocalDate.of(2029, 6, 30) : null).build();
        }

        private Program program() {
            Program.Builder p = Program.builder(pick(TECHNOLOGIES)).title(random.nextBoolean() ? text() : null);
            List<String> codes = new ArrayList<>(List.of(PRIORITIES));
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                p.priority(codes.remove(random.nextInt(codes.size())));
            }
            return p.build();
        }

        private Ownership ownership() {
            Ownership.Builder o = Ownership.builder();
            for (int i = random.nextInt(4); i > 0; i--) {
                o.holder(Holder.builder(pick(HolderType.values()), share(25)).name(random.nextBoolean() ? text() : null)
                        .votingShare(maybe(share(100))).staffHeadcount(maybe(decimal(1_000_000_000L, 2)))
                        .turnover(maybe(amount())).balanceSheetTotal(maybe(amount()))
                        .group(random.nextBoolean() ? pick(new String[] {"famiglia", "G-1", "a.b_c"}) : null).build());
            }
            for (int i = random.nextInt(3); i > 0; i--) {
                o.participation(Participation.builder(share(100)).name(random.nextBoolean() ? text() : null)
                        .votingShare(maybe(share(100))).turnover(maybe(amount())).build());
            }
            return o.build();
        }

        private String text() {
            StringBuilder sb = new StringBuilder(pick(WORDS));
            for (int i = random.nextInt(4); i > 0; i--) {
                sb.append(' ').append(pick(WORDS));
            }
            return sb.toString();
        }

        /** 0 to 999 999 999 999 999.99, written with 0 to 4 decimals (trailing zeros) or as an exponent. */
        private BigDecimal amount() {
            return decimal(99_999_999_999_999_999L, 2);
        }

        /** Percent 0 to {@code maxPercent}, with at most 4 decimals. */
        private BigDecimal share(int maxPercent) {
            return numbers.apply(notation(BigDecimal.valueOf(random.nextInt(maxPercent * 10_000 + 1), 4)));
        }

        private BigDecimal decimal(long maxUnscaled, int scale) {
            long unscaled = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> maxUnscaled;
                default -> (random.nextLong() & Long.MAX_VALUE) % (maxUnscaled + 1);
            };
            return numbers.apply(notation(BigDecimal.valueOf(unscaled, scale)));
        }

        /** The same value in another notation: more trailing zeros, stripped, or as an exponent. */
        private BigDecimal notation(BigDecimal value) {
            return switch (random.nextInt(4)) {
                case 0 -> value.setScale(value.scale() + 2);
                case 1 -> value.signum() == 0 ? value : value.stripTrailingZeros();
                case 2 -> new BigDecimal(value.unscaledValue().multiply(BigInteger.TEN.pow(3)), value.scale() + 3);
                default -> value;
            };
        }

        private BigDecimal maybe(BigDecimal value) {
            return random.nextInt(3) == 0 ? null : value;
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
