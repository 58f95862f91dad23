package it.esibe.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ConfigurationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * A broken provider on the class path ends any command that asks for the registry with one line
 * and exit status 1, through the tool's one handler; other failures keep picocli's handling.
 */
class BrokenProvidersTest {

    @Command(name = "needs-registry")
    static final class Fails implements Callable<Integer> {
        private final RuntimeException failure;

        Fails(RuntimeException failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() {
            throw failure;
        }
    }

    private static int run(RuntimeException failure, StringWriter err) {
        CommandLine cmd = new CommandLine(new Fails(failure));
        cmd.setExecutionExceptionHandler(CliRegistry.HANDLER);
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute();
    }

    @Test
    void aBrokenProviderIsOneLineAndTheConfigurationExitStatus() {
        StringWriter err = new StringWriter();
        int exit = run(new CliRegistry.BrokenProviders(
                new ConfigurationException("ruleset id 'IT-2025' is provided twice")), err);
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("esibe: the providers on the class path cannot be loaded:"
                + " ruleset id 'IT-2025' is provided twice" + System.lineSeparator());
    }

    @Test
    void anyOtherFailureIsNotReportedAsABrokenProvider() {
        StringWriter err = new StringWriter();
        run(new IllegalStateException("something else"), err);
        // picocli's own handling: the exception itself, with its trace, not the one-line report.
        assertThat(err.toString()).doesNotContain("providers on the class path")
                .contains("java.lang.IllegalStateException: something else");
    }
}
