package it.esibe.examples.cli;

import it.esibe.core.ConfigurationException;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one registry every command works with: ESIBE's own rulesets and taxonomy plus the providers
 * discovered on the class path, so that a regional jar put beside {@code esibe.jar}
 * ({@code java -cp esibe.jar:region.jar it.esibe.examples.cli.EsibeCli ...}) adds its rulesets
 * and codes.
 *
 * <p>Built on first use, so that {@code schema} and {@code --help} never load a provider, and then
 * kept: the class path does not change while the tool runs. A broken provider ends whichever
 * command asked for the registry, through the tool's {@link #HANDLER}, so that commands need not
 * catch it one by one.
 */
final class CliRegistry {

    /** Exit status when a provider on the class path is broken: the tool cannot run at all. */
    static final int EXIT_CONFIGURATION = 1;

    private static @Nullable EsibeRegistry registry;

    private CliRegistry() {
    }

    /**
     * Reports a broken provider, whichever command met it, in one line and exits with
     * {@link #EXIT_CONFIGURATION}; any other exception goes on to picocli's default handling.
     */
    static final IExecutionExceptionHandler HANDLER = CliRegistry::handle;

    /**
     * The registry.
     *
     * @throws BrokenProviders when a discovered provider is broken (another SPI version, a repeated
     *     ruleset id or taxonomy code, a failing constructor); not cached, so each command reports it
     */
    static synchronized EsibeRegistry get() {
        EsibeRegistry r = registry;
        if (r == null) {
            try {
                r = Esibe.builder().discoverProviders().build();
            } catch (ConfigurationException e) {
                throw new BrokenProviders(e);
            }
            registry = r;
        }
        return r;
    }

    private static int handle(Exception e, CommandLine cmd, ParseResult parsed) throws Exception {
        if (e instanceof BrokenProviders broken) {
            PrintWriter err = cmd.getErr();
            err.println("esibe: the providers on the class path cannot be loaded: " + broken.getCause().getMessage());
            err.flush();
            return EXIT_CONFIGURATION;
        }
        throw e;
    }

    /**
     * A provider on the class path that cannot be loaded: the embedder's configuration, not the
     * command's input, told apart from the other {@link ConfigurationException}s a command reports
     * in its own words.
     */
    static final class BrokenProviders extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BrokenProviders(ConfigurationException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
