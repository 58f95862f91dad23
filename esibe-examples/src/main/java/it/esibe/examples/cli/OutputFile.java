package it.esibe.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An output file written as a whole or not at all: the bytes go to a temporary file in the target's
 * folder, which {@link #commit()} moves over the target (atomically where the file system allows,
 * else by replacing it); {@link #close()} without a commit deletes the temporary file. A run that
 * fails or is interrupted (Ctrl-C, {@code kill}) therefore leaves the previous file as it was and no
 * temporary file behind; only a {@code kill -9} or a power cut can leave a {@code .NAME.*.tmp} file,
 * never a truncated target.
 *
 * <p>A target that exists and is not a regular file (a device such as {@code /dev/null} or
 * {@code /dev/stdout}, a named pipe) is written directly: it cannot be replaced, and has no previous
 * content to keep. A symbolic link is followed: the file it points to is replaced, the link stays.
 * An existing target must be writable ({@link Files#isWritable}): being able to replace a read-only
 * file through its folder is no permission to do so.
 */
final class OutputFile implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final boolean existed;
    private final @Nullable Path temp;
    private final OutputStream stream;
    private final @Nullable Thread cleanup;
    private boolean done;

    private OutputFile(Path target, @Nullable Path temp, OutputStream stream) {
        this.target = target;
        this.existed = Files.exists(target);
        this.temp = temp;
        this.stream = stream;
        this.cleanup = temp == null ? null : new Thread(() -> deleteQuietly(temp), "esibe-output-cleanup");
        if (cleanup != null) {
            Runtime.getRuntime().addShutdownHook(cleanup);
        }
    }

    /**
     * Opens the temporary file beside {@code out}, or {@code out} itself when it is a device or a pipe.
     *
     * @throws Failure saying why nothing can be written there (the folder is missing, not writable,
     *     the target is a folder or read-only ...)
     */
    static OutputFile open(Path out) throws Failure {
        Path target = out;
        if (Files.isSymbolicLink(out)) {
            try {
                target = out.toRealPath();
            } catch (IOException e) {
                // A dangling link: replaced like a missing file.
                target = out;
            }
        }
        if (Files.isDirectory(target)) {
            throw new Failure("it is a folder");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
            // A device or a named pipe: nothing to keep, nothing to replace.
            try {
                return new OutputFile(target, null, Files.newOutputStream(target));
            } catch (IOException e) {
                throw new Failure(IoErrors.describe(e));
            }
        }
        if (Files.exists(target) && !Files.isWritable(target)) {
            throw new Failure("the file is read-only (permission denied); it was left as it was");
        }
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.exists(folder)) {
            throw new Failure("the folder " + (folder == null ? absolute : folder) + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new Failure(folder + " is a file, not a folder");
        }
        for (int attempt = 0; ; attempt++) {
            Path temp = folder.resolve("." + absolute.getFileName() + "." + randomSuffix() + ".tmp");
            OutputStream stream;
            try {
                // CREATE_NEW: the temporary file gets the permissions any new file gets (umask), as
                // the target did when it was written directly, and is never someone else's file.
                stream = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt < 10) {
                    continue;
                }
                throw new Failure("cannot create a temporary file in the folder " + folder);
            } catch (IOException e) {
                throw new Failure(IoErrors.describe(e) + " (cannot create a file in the folder " + folder + ")");
            }
            copyPermissions(target, temp);
            return new OutputFile(target, temp, stream);
        }
    }

    /**
     * What became of the target when the run fails before {@link #commit()}, as the end of an
     * error line: {@code "; OUT was left as it was"} or {@code "; OUT was not created"}; nothing for
     * a device or a pipe, which was written directly.
     *
     * @param out the target as the user named it
     */
    String untouched(Path out) {
        if (temp == null) {
            return "";
        }
        return "; " + out + (existed ? " was left as it was" : " was not created");
    }

    /**
     * The first of {@code inputs} that is the very file {@code out} names, whatever the spelling:
     * {@code ./x} and {@code x}, a symbolic link, a hard link (compared by file identity, not by
     * name). Empty when {@code out} does not exist yet: then it can be no input.
     */
    static Optional<Path> sameAsAnInput(Path out, List<Path> inputs) {
        if (!Files.exists(out)) {
            return Optional.empty();
        }
        for (Path input : inputs) {
            try {
                if (Files.isSameFile(out, input)) {
                    return Optional.of(input);
                }
            } catch (IOException e) {
                // An input that cannot be examined is reported when it is opened.
            }
        }
        return Optional.empty();
    }

    /**
     * The first of {@code inputs} that the process's standard output is redirected to, as in
     * {@code esibe evaluate x.jsonl >> x.jsonl}, which would read its own decisions back forever.
     * Known where the system shows a process its open files ({@code /proc/self/fd} on Linux,
     * {@code /dev/fd} on macOS and the BSDs); elsewhere, and when standard output is a terminal, a
     * pipe or a device, empty.
     */
    static Optional<Path> standardOutputAsAnInput(List<Path> inputs) {
        for (String fd : List.of("/proc/self/fd/1", "/dev/fd/1")) {
            Path p = Path.of(fd);
            if (Files.isRegularFile(p)) {
                return sameAsAnInput(p, inputs);
            }
        }
        return Optional.empty();
    }

    /** The stream to write to; closing it only flushes: completing the file is {@link #commit()}'s job. */
    OutputStream stream() {
        return keptOpen(stream);
    }

    /**
     * {@code out} behind a stream whose {@link OutputStream#close()} only flushes, for writers that
     * close what they write to when the stream belongs to someone else (standard output, this file).
     */
    static OutputStream keptOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                // FilterOutputStream would write byte by byte.
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    /**
     * Completes the output: closes the temporary file and moves it over the target.
     *
     * @throws IOException if the last bytes cannot be written or the file cannot be moved into
     *     place; the temporary file is then deleted by {@link #close()} and the target is unchanged
     */
    void commit() throws IOException {
        stream.close();
        if (temp != null) {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        done = true;
        close();
    }

    /** Abandons the output unless it was committed: the temporary file is deleted, the target untouched. */
    @Override
    public void close() {
        try {
            stream.close();
        } catch (IOException e) {
            // The output is abandoned or already complete: a failure to close changes nothing.
        }
        if (!done && temp != null) {
            deleteQuietly(temp);
        }
        done = true;
        if (cleanup != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException e) {
                // The JVM is shutting down: the hook runs, and deleting a moved file is a no-op.
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Best effort: the file is ours, and a leftover is named .NAME.*.tmp.
        }
    }

    /** The replaced file keeps its permissions (a file others may read stays readable). */
    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || dest == null || !Files.exists(from)) {
            return;
        }
        try {
            dest.setPermissions(source.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: the new file keeps the default permissions.
        }
    }

    private static String randomSuffix() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    /** Why an output cannot be written, in words for the person who chose it. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String reason) {
            super(Objects.requireNonNull(reason, "reason"));
        }
    }

}
