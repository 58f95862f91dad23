import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes {@code lib/esibe.classlist} of the distribution: the classes the tool loads when it runs
 * {@code evaluate}, {@code report} and {@code export-register} on the sample call, from which the
 * launcher {@code bin/esibe} makes its class-data-sharing archive with the Java that runs it
 * ({@code java -Xshare:dump -XX:SharedClassListFile=...}). Run by the build (package phase) as a
 * single-file program: {@code java TrainClassList.java ESIBE_JAR SAMPLE_JSONL OUTPUT}.
 *
 * <p>The list is the same bytes on every build of the same sources with the same JDK, as the
 * distribution must be: the JVM writes classes in the order they were loaded, which varies a little
 * from run to run, so the list is sorted, the lambda lines after every class they name; the runs
 * get a fixed locale, time zone and encoding; and the classes no archive can hold (proxies,
 * generated reflection accessors) are left out. A class the list names and the user's Java lacks
 * is skipped when the archive is made.
 */
public final class TrainClassList {

    private TrainClassList() {
    }

    /** Runs the training and writes the list; any failure ends the build. */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: java TrainClassList.java ESIBE_JAR SAMPLE_JSONL OUTPUT");
        }
        Path jar = Path.of(args[0]).toAbsolutePath();
        Path sample = Path.of(args[1]).toAbsolutePath();
        Path output = Path.of(args[2]).toAbsolutePath();
        Path work = Files.createTempDirectory(output.getParent(), "classlist-training-");
        try {
            List<List<String>> commands = List.of(
                    List.of("evaluate", sample.toString()),
                    List.of("report", "--lang", "it", "--out", work.resolve("report.html").toString(), sample.toString()),
                    List.of("export-register", sample.toString()));
            SortedSet<String> classes = new TreeSet<>();
            SortedSet<String> lambdas = new TreeSet<>();
            // The runs at once (each has its own list), with the launcher's settings for a short run.
            List<Process> runs = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:DumpLoadedClassList=" + work.resolve("run-" + i + ".classlist"),
                        // The builder's locale, time zone and encoding would load classes of their own.
                        "-Duser.language=en", "-Duser.country=US", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8",
                        "-cp", jar.toString(), "it.esibe.examples.cli.EsibeCli"));
                command.addAll(commands.get(i));
                runs.add(new ProcessBuilder(command).redirectOutput(work.resolve("run-" + i + ".out").toFile())
                        .redirectError(work.resolve("run-" + i + ".log").toFile()).start());
            }
            for (int i = 0; i < commands.size(); i++) {
                int status = runs.get(i).waitFor();
                if (status != 0) {
                    throw new IllegalStateException("the training run " + commands.get(i) + " ended with status " + status
                            + ":\n" + Files.readString(work.resolve("run-" + i + ".log"), StandardCharsets.UTF_8));
                }
                for (String line : Files.readAllLines(work.resolve("run-" + i + ".classlist"), StandardCharsets.UTF_8)) {
                    if (line.isBlank() || line.startsWith("#") || unarchivable(line)) {
                        continue;
                    }
                    (line.startsWith("@") ? lambdas : classes).add(line);
                }
            }
            if (classes.stream().noneMatch(c -> c.startsWith("it/esibe/examples/cli/EvaluateCommand"))) {
                throw new IllegalStateException("the training loaded no class of the tool: is " + jar + " the tool's jar?");
            }
            List<String> out = new ArrayList<>();
            out.add("# The classes of esibe evaluate, report and export-register on the sample call, for the");
            out.add("# class-data-sharing archive bin/esibe makes (java -Xshare:dump). Written by the build.");
            out.addAll(classes);
            out.addAll(lambdas);
            Files.write(output, out, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Classes made at run time, which a static archive cannot hold (the JVM would only warn). */
    private static boolean unarchivable(String line) {
        return line.contains("$Proxy") || line.contains("/GeneratedMethodAccessor")
                || line.contains("/GeneratedConstructorAccessor") || line.contains("/GeneratedSerializationConstructorAccessor");
    }
}
