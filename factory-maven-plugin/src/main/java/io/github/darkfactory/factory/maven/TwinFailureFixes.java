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
            case NOT_STARTED -> "See the output of " + twin + " above. An executable twin must listen on 127.0.0.1 at the port in"
                    + " its environment variable PORT; if it is only slow, raise -D" + PropertyNames.TWINS_START_TIMEOUT
                    + "=<seconds>.";
        };
    }
}
