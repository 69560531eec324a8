package io.github.darkfactory.factory.spec;

import java.util.List;

/** Text helpers shared by everything that reads or hashes spec files. */
public final class SpecText {

    private SpecText() {
    }

    /**
     * The text with LF line endings: CRLF and lone CR become LF. Specs and contracts are hashed in
     * this form, so a checkout with {@code core.autocrlf} does not make every spec stale.
     */
    public static String normalized(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The lines of a text after {@link #normalized}, without a leading byte-order mark; index 0 is line 1. */
    static List<String> lines(String text) {
        String normalized = normalized(text);
        if (normalized.startsWith("\uFEFF")) {
            normalized = normalized.substring(1);
        }
        return List.of(normalized.split("\n", -1));
    }
}
