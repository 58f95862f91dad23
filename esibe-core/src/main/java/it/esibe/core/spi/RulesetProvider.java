package it.esibe.core.spi;

import it.esibe.core.ruleset.Ruleset;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Contributes rulesets: a new national ruleset from the Working Group's final report, or a regional
 * ruleset derived from a national one with {@link Ruleset#derive(String)}.
 *
 * <p>Ruleset ids must be unique across ESIBE and every provider: a repeat is a configuration error
 * naming both origins. Providers are called once, when the registry is built, in registration order
 * (explicit ones first, then discovered ones by class name), and may derive from any ruleset
 * contributed before them.
 *
 * <pre>{@code
 * public final class LombardyRulesets implements RulesetProvider {
 *     public String spiVersion() { return EsibeSpi.VERSION; }
 *     public List<Ruleset> rulesets(RulesetProviderContext context) {
 *         return List.of(context.ruleset("esibe-2024-interim").derive("lom-2026")
 *                 .add(new LegalSeatInLombardy()).build());
 *     }
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface RulesetProvider extends EsibeProvider {

    /**
     * The rulesets this provider contributes.
     *
     * @param context the rulesets known so far and the registry's taxonomy
     * @return the rulesets, never null
     */
    List<Ruleset> rulesets(RulesetProviderContext context);
}
