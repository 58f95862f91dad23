package it.esibe.examples.lombardia;

import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.RulesetProvider;
import it.esibe.core.spi.RulesetProviderContext;
import it.esibe.rules.InterimParameters;
import it.esibe.rules.Rulesets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Contributes ruleset {@code lom-2026} of series {@code lombardia}: the national
 * {@code esibe-2024-interim} with criterion {@link LegalSeatInLombardy LOM-SEAT} added after the
 * national seven, and a lower R&amp;D threshold for precision medicine.
 *
 * <p>Everything is illustrative (see the package documentation). The ruleset shows the two things a
 * reform does:
 * <ul>
 *   <li>it <em>adds</em> a criterion: the legal seat must be in Lombardy, on top of the national
 *       rule that it be in Italy;
 *   <li>it <em>overrides</em> a parameter: {@code rd.min.precisionMedicine} goes from the report's
 *       2 million euros a year (§5.3, first bullet) down to {@link #RD_MIN_PRECISION_MEDICINE}, as a
 *       region could do to reach smaller companies with its own funds. Decisions under
 *       {@code lom-2026} therefore carry a parameters SHA-256 different from the national one. The
 *       industrial threshold (800 000 euros) is unchanged.
 * </ul>
 *
 * <p>Because the ruleset forms its own series, registering this provider never changes how an
 * evaluator of the national series judges an application: callers ask for {@code lom-2026} (or
 * series {@code lombardia}) explicitly. It applies from 2026-01-01.
 *
 * <p>Thread-safety: stateless; the ruleset it builds is immutable.
 *
 * @since 0.1.0
 */
public final class LombardyRulesets implements RulesetProvider {

    /** The name both Lombardy providers give, which listings show as the rulesets' and codes' origin. */
    public static final String PROVIDER_NAME = "lombardia";

    /** The id of the ruleset this provider contributes. */
    public static final String ID = "lom-2026";

    /** The series of the ruleset. */
    public static final String SERIES = "lombardia";

    /** The ruleset's version. */
    public static final String VERSION = "1";

    /** The first reference date the ruleset applies to. */
    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2026, 1, 1);

    /** The yearly R&amp;D threshold of the precision-medicine track under {@code lom-2026}, in euros (national: 2 000 000). */
    public static final BigDecimal RD_MIN_PRECISION_MEDICINE = new BigDecimal("1500000.00");

    /** Creates the provider; {@link java.util.ServiceLoader} calls this constructor. */
    public LombardyRulesets() {
    }

    /** {@return {@link #PROVIDER_NAME}} */
    @Override
    public String name() {
        return PROVIDER_NAME;
    }

    /** {@return {@link EsibeSpi#VERSION}, the SPI version this provider was compiled against} */
    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    /**
     * Derives {@code lom-2026} from {@code esibe-2024-interim}.
     *
     * @param context the rulesets known so far, among which the national one
     * @return the one ruleset {@code lom-2026}
     */
    @Override
    public List<Ruleset> rulesets(RulesetProviderContext context) {
        return List.of(context.ruleset(Rulesets.INTERIM_2024).derive(ID)
                .series(SERIES)
                .version(VERSION)
                .effectiveFrom(EFFECTIVE_FROM)
                .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, RD_MIN_PRECISION_MEDICINE)
                .add(new LegalSeatInLombardy())
                // Applications judged by lom-2026 may name the regional LOM-* codes; national
                // rulesets keep accepting national codes only.
                .acceptNamespace(LombardyTaxonomy.NAMESPACE)
                .build());
    }
}
