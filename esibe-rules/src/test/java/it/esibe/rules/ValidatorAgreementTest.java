package it.esibe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Location;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The evaluator's default check of the format constraints (ESIBE's direct validator) and Hibernate
 * Validator, asked for with {@link EvaluatorBuilder#hibernateValidator()}, give the same decisions:
 * the same violations, paths and messages, in the same order, in Italian, English and German (a
 * further language from a message provider whose patterns use every constraint argument), on
 * generated valid applications and on the same applications broken by one to five mutations drawn
 * from every rule of the format's field table.
 */
class ValidatorAgreementTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ITALIAN, Locale.ENGLISH, Locale.GERMAN);
    private static final EsibeRegistry REGISTRY = Esibe.builder()
            .messageProvider(new German(germanPatterns())).build();
    private static final Map<Locale, ApplicationEvaluator> DIRECT = evaluators(false);
    private static final Map<Locale, ApplicationEvaluator> HIBERNATE = evaluators(true);

    private static Map<Locale, ApplicationEvaluator> evaluators(boolean hibernate) {
        java.util.LinkedHashMap<Locale, ApplicationEvaluator> out = new java.util.LinkedHashMap<>();
        for (Locale language : LANGUAGES) {
            EvaluatorBuilder b = REGISTRY.evaluator().locale(language).maxViolations(10_000);
            out.put(language, (hibernate ? b.hibernateValidator() : b).build());
        }
        return out;
    }

    /**
     * German patterns for every constraint message: the English text marked as German, followed by
     * each argument the constraint passes, so that a wrong or missing argument changes the text.
     */
    private static Properties germanPatterns() {
        Properties english = new Properties();
        try (InputStream in = ValidatorAgreementTest.class.getResourceAsStream("/ContributorValidationMessages.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Properties german = new Properties();
        english.forEach((key, text) -> {
            String k = (String) key;
            String args = k.startsWith("it.esibe.validation.Text.") ? " [{max}|{notBlank}]"
                    : k.equals("it.esibe.validation.SchemaVersion.message") ? " [{value}]"
                    : k.equals("it.esibe.validation.Priorities.message") ? " [{min}|{max}]"
                    : k.equals("it.esibe.validation.ApplicationId.message") || k.equals("it.esibe.validation.Group.message")
                            ? " [{regexp}]" : "";
            german.setProperty(k, "DE " + text.toString().replace("'", "''") + args);
        });
        german.setProperty("jakarta.validation.constraints.NotNull.message", "ist erforderlich");
        german.setProperty("jakarta.validation.constraints.Min.message", "muss mindestens {value} sein");
        german.setProperty("jakarta.validation.constraints.Max.message", "darf höchstens {value} sein");
        return german;
    }

    /** A German provider written in Java, since properties providers take only positional arguments. */
    private record German(Properties patterns) implements MessageProvider {
        @Override
        public String spiVersion() {
            return EsibeSpi.VERSION;
        }

        @Override
        public Set<Locale> languages() {
            return Set.of(Locale.GERMAN);
        }

        @Override
        public Optional<String> pattern(MessageLookup lookup) {
            return lookup.language().getLanguage().equals("de")
                    ? Optional.ofNullable(patterns.getProperty(lookup.key())) : Optional.empty();
        }
    }

    @Test
    void theDirectValidatorDecidesAsHibernateValidatorOnValidAndInvalidApplications() {
        int[] invalid = {0};
        Generators.qt().forAll(applications()).checkAssert(app -> {
            for (Locale language : LANGUAGES) {
                Decision direct = DIRECT.get(language).evaluate(app);
                Decision hibernate = HIBERNATE.get(language).evaluate(app);
                assertThat(direct.violations()).as("violations in %s", language)
                        .containsExactlyElementsOf(hibernate.violations());
                assertThat(direct).as("decision in %s", language).isEqualTo(hibernate);
                if (language == Locale.ENGLISH && direct.outcome() == Outcome.INVALID) {
                    invalid[0]++;
                }
            }
        });
        // Both kinds of application were compared, not only the valid ones.
        assertThat(invalid[0]).isGreaterThan(Generators.EXAMPLES / 2).isLessThan(Generators.EXAMPLES);
    }

    /** Valid applications, one in four left as generated, the others broken by 1 to 5 mutations. */
    private static Gen<Application> applications() {
        Gen<List<Integer>> mutations = lists().of(integers().between(0, MUTATIONS.size() - 1)).ofSizeBetween(0, 5);
        return Generators.applications().zip(mutations, longs().all(), (apps, which, seed) -> {
            Random random = new Random(seed);
            Object[] root = {1, false};
            for (int m : which) {
                MUTATIONS.get(m).accept(apps, random);
            }
            if (!which.isEmpty() && random.nextInt(8) == 0) {
                root[0] = pick(random, null, 0, 2, -5);
            }
            if (!which.isEmpty() && random.nextInt(12) == 0) {
                root[1] = true;
            }
            Application a = apps.build();
            return new Application((Integer) root[0], a.applicationId(), a.submittedOn(),
                    (Boolean) root[1] ? null : a.company(), a.track(), a.developmentStage(), a.fiscalYears(),
                    a.patents(), a.programs(), a.ownership());
        });
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }

    private static final String[] BAD_TEXTS = {"", "   ", "\u00a0\u2003", "a\u0000b", "x\uD800", "\uDC00",
            "tab\there", "x".repeat(201), "y".repeat(101), "\uD83D\uDE00", "ok"};
    private static final BigDecimal[] BAD_AMOUNTS = {new BigDecimal("-1"), new BigDecimal("1.234"),
            new BigDecimal("1E+20"), new BigDecimal("999999999999999.99"), new BigDecimal("1000000000000000"),
            new BigDecimal("-0.001"), new BigDecimal("12.50"), new BigDecimal("1E-999999999"), null};
    private static final BigDecimal[] BAD_SHARES = {new BigDecimal("100.5"), new BigDecimal("-1"),
            new BigDecimal("1.23456"), new BigDecimal("60"), new BigDecimal("100"), new BigDecimal("0.00001"),
            new BigDecimal("1E+3"), null};
    private static final BigDecimal[] BAD_STAFF = {new BigDecimal("10000001"), new BigDecimal("-0.5"),
            new BigDecimal("1.005"), new BigDecimal("10000000.00"), null};

    private static final List<BiConsumer<Apps, Random>> MUTATIONS = List.of(
            (a, r) -> a.id = pick(r, null, "", "bad id!", "x".repeat(65), "ok.id_1"),
            (a, r) -> a.submittedOn = null,
            (a, r) -> a.name = null,
            (a, r) -> a.name = BAD_TEXTS[r.nextInt(BAD_TEXTS.length)],
            (a, r) -> a.vat = pick(r, "IT00743110158", "it00743110157", "123", "00000000000", "", "00743110157",
                    "IT0074311015X", null),
            (a, r) -> a.legalSeat = location(r),
            (a, r) -> a.headquarters = location(r),
            (a, r) -> a.track = null,
            (a, r) -> a.years.add(r.nextInt(a.years.size() + 1), fiscalYear(r, a.years)),
            (a, r) -> a.years.add(null),
            (a, r) -> a.patents.add(r.nextInt(a.patents.size() + 1), patent(r)),
            (a, r) -> a.programs.add(r.nextInt(a.programs.size() + 1), program(r)),
            (a, r) -> a.holders.add(r.nextInt(a.holders.size() + 1), holder(r)),
            (a, r) -> a.participations.add(participation(r)),
            (a, r) -> a.holders.add(r.nextBoolean() ? null : Apps.holder("Extra", HolderType.INDIVIDUAL, "55.5")));

    private static Location location(Random r) {
        return r.nextInt(5) == 0 ? null : new Location(pick(r, null, "XX", "it", "IT", "CH", "ITA", ""),
                pick(r, BAD_TEXTS), pick(r, BAD_TEXTS));
    }

    private static FiscalYear fiscalYear(Random r, List<FiscalYear> years) {
        Integer year = pick(r, null, 1899, 1900, 2100, 2101, 2024, 2023, -3);
        if (!years.isEmpty() && r.nextBoolean() && years.get(0) != null) {
            year = years.get(0).year();
        }
        BigDecimal rd = pick(r, BAD_AMOUNTS);
        BigDecimal rdItaly = r.nextBoolean() && rd != null && rd.signum() >= 0 && rd.scale() >= 0 && rd.scale() <= 2 ? rd.add(BigDecimal.ONE) : pick(r, BAD_AMOUNTS);
        return new FiscalYear(year, rd, rdItaly, pick(r, BAD_AMOUNTS), pick(r, BAD_STAFF), pick(r, BAD_AMOUNTS),
                pick(r, BAD_AMOUNTS));
    }

    private static Patent patent(Random r) {
        if (r.nextInt(6) == 0) {
            return null;
        }
        return new Patent(pick(r, null, "WO2020123456", "EP3456789B1", "ep3456789", "EP123", "US1234567890123456A1",
                "IT1234567A"), pick(r, PatentHolding.values()), pick(r, PatentStatus.values()),
                pick(r, null, LocalDate.of(2038, 1, 1)), pick(r, null, LocalDate.of(2030, 1, 1)));
    }

    private static Program program(Random r) {
        if (r.nextInt(6) == 0) {
            return null;
        }
        List<String> priorities = switch (r.nextInt(6)) {
            case 0 -> null;
            case 1 -> List.of();
            case 2 -> Arrays.asList("PAT-ONCO", "PAT-ONCO");
            case 3 -> Arrays.asList("PAT-ONCO", null, pick(r, BAD_TEXTS));
            case 4 -> Arrays.asList(pick(r, BAD_TEXTS), "PAT-CARDIO", "PAT-CARDIO", null, null);
            default -> List.of("PAT-RESP");
        };
        return new Program(pick(r, BAD_TEXTS), pick(r, null, "TEC-RNA", "TEC-NOPE", "\u0007", ""),
                priorities == null ? null : new ArrayList<>(priorities));
    }

    private static Holder holder(Random r) {
        if (r.nextInt(6) == 0) {
            return null;
        }
        return new Holder(pick(r, BAD_TEXTS), pick(r, null, HolderType.INDIVIDUAL, HolderType.OTHER_ENTERPRISE),
                pick(r, BAD_SHARES), pick(r, BAD_SHARES), pick(r, BAD_STAFF), pick(r, BAD_AMOUNTS),
                pick(r, BAD_AMOUNTS), pick(r, null, "g1", "bad group", "", "z".repeat(65)));
    }

    private static Participation participation(Random r) {
        if (r.nextInt(6) == 0) {
            return null;
        }
        return new Participation(pick(r, BAD_TEXTS), pick(r, BAD_SHARES), pick(r, BAD_SHARES), pick(r, BAD_STAFF),
                pick(r, BAD_AMOUNTS), pick(r, BAD_AMOUNTS));
    }
}
