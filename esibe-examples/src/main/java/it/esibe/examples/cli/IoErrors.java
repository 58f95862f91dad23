package it.esibe.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/**
 * Says why an I/O operation failed in a few words, without the exception's class: the tool prints
 * {@code esibe: PATH: REASON} and nothing else, so the reason must stand on its own.
 */
final class IoErrors {

    private IoErrors() {
    }

    /**
     * The reason of {@code e}: "no such file", "permission denied", or the operating system's own
     * words ("not a directory", "no space left on device", "read-only file system" ...), which Java
     * keeps apart from the path in {@link FileSystemException#getReason()}.
     */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            // A FileSystemException without a reason names only the path: say at least what failed.
            return e instanceof FileSystemException ? "the file system refused" : e.getClass().getSimpleName();
        }
        // "Not a directory" reads as part of the tool's lower-case sentence.
        if (reason.length() > 1 && Character.isUpperCase(reason.charAt(0)) && Character.isLowerCase(reason.charAt(1))) {
            return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
        }
        return reason;
    }

    /**
     * Whether {@code e} (or a cause) says the reader of a pipe has gone, as {@code head} does once
     * it has its lines: nothing more can be written, and it is no error worth a message.
     */
    static boolean isBrokenPipe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof IOException && m != null && (m.contains("Broken pipe")
                    // Windows: ERROR_NO_DATA and ERROR_BROKEN_PIPE.
                    || m.contains("pipe is being closed") || m.contains("pipe has been ended"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
