package it.esibe.core.spi;

import it.esibe.core.ConfigurationException;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.taxonomy.Taxonomy;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a {@link RulesetProvider} may look at: the rulesets contributed before it (ESIBE's own first)
 * and the registry's taxonomy. New methods will come as {@code default} methods.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface RulesetProviderContext {

    /** {@return the rulesets known so far, in registration order} */
    List<Ruleset> rulesets();

    /** {@return the registry's taxonomy: the national codes and every provider's} */
    Taxonomy taxonomy();

    /**
     * The ruleset with id {@code id}, which must be known already.
     *
     * @param id a ruleset id, such as {@code esibe-2024-interim}
     * @return the ruleset
     * @throws ConfigurationException if no ruleset has that id (yet)
     */
    default Ruleset ruleset(String id) {
        return find(id).orElseThrow(() -> new ConfigurationException("no ruleset " + id
                + " is known to derive from; known: " + rulesets().stream().map(Ruleset::id).toList()));
    }

    /**
     * The ruleset with id {@code id}, if known.
     *
     * @param id a ruleset id
     * @return the ruleset, or empty
     */
    default Optional<Ruleset> find(String id) {
        return rulesets().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
