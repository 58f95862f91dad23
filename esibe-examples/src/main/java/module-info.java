/**
 * ESIBE examples: the {@code esibe} command-line tool, the HTML call report and an embedding
 * example. Not a library: nothing is exported.
 *
 * <p>The tool ships as a shaded jar that runs on the class path (the shade plugin drops every
 * {@code module-info.class}); this descriptor is what the compiler checks, and lets the tool run on
 * the module path too ({@code java -p ... -m it.esibe.examples/it.esibe.examples.cli.EsibeCli}).
 */
module it.esibe.examples {
    requires it.esibe.rules;
    requires it.esibe.io;
    requires it.esibe.support;
    requires com.fasterxml.jackson.core;
    requires info.picocli;
    requires com.github.mustachejava;
    requires me.tongfei.progressbar;
    requires java.logging;
    requires static org.jspecify;

    // picocli reads the commands' annotated (package-private) fields and creates the commands
    // and the version provider reflectively.
    opens it.esibe.examples.cli to info.picocli;
    // Mustache reads the report's view objects reflectively and loads its templates through the
    // class loader, which finds a named module's resources only in open packages.
    opens it.esibe.examples.report;
    // The embedding example reads the bundled sample call, a resource of this package.
    opens it.esibe.examples;

    // The German example messages, for discovery on the module path (META-INF/services serves the class path).
    provides it.esibe.core.spi.MessageProvider with it.esibe.examples.GermanMessages;
}
