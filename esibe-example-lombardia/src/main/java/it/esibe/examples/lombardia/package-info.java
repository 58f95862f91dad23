/**
 * An example of a regional extension of ESIBE, to copy: a {@link it.esibe.core.spi.RulesetProvider}
 * that derives ruleset {@code lom-2026} from the national one and adds criterion {@code LOM-SEAT},
 * and a {@link it.esibe.core.spi.TaxonomyProvider} of {@code LOM-*} priorities.
 *
 * <p>Everything here is <em>illustrative</em>: the Lombardy Region has published no such call, and
 * the codes, threshold and criterion only show how a region could build on the national rules
 * without changing how national applications are judged.
 */
@NullMarked
package it.esibe.examples.lombardia;

import org.jspecify.annotations.NullMarked;
