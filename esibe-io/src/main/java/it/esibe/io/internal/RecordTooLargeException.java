package it.esibe.io.internal;

import java.io.IOException;

/** A record grew past {@code ReadLimits.maxRecordBytes} while being read; the reader skips it. */
final class RecordTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    RecordTooLargeException(String message) {
        super(message);
    }
}
