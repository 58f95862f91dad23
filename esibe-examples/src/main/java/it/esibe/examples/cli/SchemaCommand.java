package it.esibe.examples.cli;

import it.esibe.io.ApplicationSchema;
import it.esibe.io.ReformJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code esibe schema}: prints the JSON Schema (draft 2020-12) of the application format, or with
 * {@code --reform} that of reform files.
 */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = EsibeCli.Version.class,
        description = {
            "Prints the JSON Schema (draft 2020-12) of the ESIBE application format on standard output.",
            "Portals can validate applications against it before sending them; docs/JSON-SCHEMA.md in the"
                    + " project describes it. With --reform, the schema of reform files (docs/WHATIF.md)."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--reform", description = "Print the schema of reform files instead.")
    boolean reform;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(reform ? ReformJson.schema() : ApplicationSchema.json());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
