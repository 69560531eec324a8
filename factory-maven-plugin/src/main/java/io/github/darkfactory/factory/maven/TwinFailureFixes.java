package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.twins.TwinFailure;

/** What to do about each way a twin fails, in pom and command-line terms. */
final class TwinFailureFixes {

    private TwinFailureFixes() {
    }

    /** The failure message Maven prints: what happened, then what to do. */
    static String describe(TwinFailure failure) {
        return failure.getMessage() + "\n" + fixFor(failure);
    }

    static String fixFor(TwinFailure failure) {
        String twin = "<twin> " + failure.twin();
        return switch (failure.reason()) {
            case INVALID_NAME -> "Name each <twin> with lower-case letters, digits and '-', starting with a letter"
                    + " (<name>payments</name>): the scenarios find it under "
                    + PropertyNames.TWIN_URL_PREFIX + "<name>.url.";
            case DUPLICATE_NAME -> "Give each <twin> under <scenarios><twins> a <name> of its own.";
            case MALFORMED_PIN -> "Write the <sha256> that factory:" + PropertyNames.GOAL_SEAL + " printed for the twin's"
                    + " release into " + twin + ".";
            case UNPINNED -> "Pin it with <sha256>" + failure.sha256() + "</sha256> in " + twin + ", or run with -D"
                    + PropertyNames.ALLOW_UNPINNED + "=true to accept it unpinned.";
            case DIGEST_MISMATCH -> "The jar in the repository is not the one that was sealed. If the new jar is intended,"
                    + " update the <sha256> of " + twin + " with the actual digest; otherwise restore the sealed release.";
            case NOT_A_TWIN -> "A twin jar holds WireMock stub mappings (mappings/*.json, __files/) or is an executable"
                    + " jar with a Main-Class (docs/twins.md); check the <artifact> of " + twin + ".";
            case INVALID_MAPPING -> "Fix that file in the twin's project, release it, and pin the new version and sha256"
                    + " in " + twin + ".";
            case NOT_STARTED -> notStarted(failure, twin);
        };
    }

    /** Worded by what did not start (WireMock, or the twin's own jar) and how (it exited, or it was slow). */
    private static String notStarted(TwinFailure failure, String twin) {
        String output = failure.output().map(o -> " (" + o + ")").orElse("");
        String raise = "raise -D" + PropertyNames.TWINS_START_TIMEOUT + "=<seconds>";
        if (failure.wireMock()) {
            return failure.exitCode().isPresent()
                    ? "WireMock, serving " + twin + ", exited with code " + failure.exitCode().getAsInt() + ": its output"
                    + output + " says why; check the Java version (11+) and the twin's mappings, then build again."
                    : "WireMock, serving " + twin + ", was still starting: see its output file" + output + ". Many"
                    + " mappings or a busy machine may need more time: " + raise + ".";
        }
        String listen = "An executable twin must listen on 127.0.0.1 at the port in its environment variable PORT";
        return failure.exitCode().isPresent()
                ? twin + " exited with code " + failure.exitCode().getAsInt() + ": its output" + output + " says why. "
                + listen + "; fix the twin, release it and pin the new version and sha256 in " + twin + "."
                : "See the output of " + twin + output + ". " + listen + "; if it is only slow, " + raise + ".";
    }
}
