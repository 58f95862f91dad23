package it.esibe.examples.cli;

import it.esibe.core.ConfigurationException;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/**
 * The one registry every command works with: ESIBE's own rulesets and taxonomy plus the providers
 * discovered on the class path, so that a regional jar put beside {@code esibe.jar}
 * ({@code java -cp esibe.jar:region.jar it.esibe.examples.cli.EsibeCli ...}) adds its rulesets
 * and codes.
 *
 * <p>Built on first use, so that {@code schema} and {@code --help} never load a provider, and then
 * kept: the class path does not change while the tool runs.
 */
final class CliRegistry {

    /** Exit status when a provider on the class path is broken: the tool cannot run at all. */
    static final int EXIT_CONFIGURATION = 1;

    private static @Nullable EsibeRegistry registry;

    private CliRegistry() {
    }

    /**
     * The registry.
     *
     * @throws ConfigurationException when a discovered provider is broken (another SPI version,
     *     a repeated ruleset id or taxonomy code, a failing constructor); not cached, so each
     *     command reports it
     */
    static synchronized EsibeRegistry get() {
        EsibeRegistry r = registry;
        if (r == null) {
            r = Esibe.builder().discoverProviders().build();
            registry = r;
        }
        return r;
    }

    /** Reports a broken provider in one line and returns {@link #EXIT_CONFIGURATION}. */
    static int fail(PrintWriter err, ConfigurationException e) {
        err.println("esibe: the providers on the class path cannot be loaded: " + e.getMessage());
        err.flush();
        return EXIT_CONFIGURATION;
    }
}
