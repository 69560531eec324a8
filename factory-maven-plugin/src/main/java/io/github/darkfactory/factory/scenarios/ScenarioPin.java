package io.github.darkfactory.factory.scenarios;

import io.github.darkfactory.factory.io.Sha256;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.scenarios.ScenarioFailure.Reason;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The pin of a scenario jar: its sha256, checked before anything of the jar runs. The same check
 * runs early, when the build starts (so a wrong pin does not wait for compile, jar and rules), and
 * again when the scenarios run.
 */
public final class ScenarioPin {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private ScenarioPin() {
    }

    /** Fails when a pin is given that cannot be a sha256 digest (a placeholder such as {@code 9f2c…}). */
    public static void checkFormat(ScenarioCoordinates coordinates, String expected) throws ScenarioFailure {
        checkFormat("the scenario artifact " + coordinates, expected);
    }

    /** As {@link #checkFormat(ScenarioCoordinates, String)} for any pinned jar, {@code subject} naming it in lower case. */
    static void checkFormat(String subject, String expected) throws ScenarioFailure {
        if (expected != null && !expected.isBlank() && !SHA256.matcher(expected.trim().toLowerCase(Locale.ROOT)).matches()) {
            throw new ScenarioFailure(Reason.MALFORMED_PIN, "The pin of " + subject
                    + " is not a sha256 digest (64 hexadecimal characters): '" + expected.trim() + "'", List.of(), "", null);
        }
    }

    /**
     * The jar's actual sha256, after checking it against the pin.
     *
     * @throws ScenarioFailure when the pin is malformed, missing (unless allowed) or another digest
     */
    public static String check(ScenarioCoordinates coordinates, String expected, boolean allowUnpinned, Path jar,
                               FactoryLog log) throws IOException, ScenarioFailure {
        return check("the scenario artifact " + coordinates, expected, allowUnpinned, jar, log);
    }

    /** As {@link #check(ScenarioCoordinates, String, boolean, Path, FactoryLog)} for any pinned jar (a twin's too). */
    static String check(String subject, String expected, boolean allowUnpinned, Path jar, FactoryLog log)
            throws IOException, ScenarioFailure {
        checkFormat(subject, expected);
        String actual = Sha256.of(jar);
        String capitalized = Character.toUpperCase(subject.charAt(0)) + subject.substring(1);
        if (expected == null || expected.isBlank()) {
            if (!allowUnpinned) {
                throw new ScenarioFailure(Reason.UNPINNED, capitalized + " is not pinned; its sha256 is " + actual,
                        List.of(), actual, null);
            }
            log.warn(capitalized + " is not pinned, so any jar under these coordinates would be run; its sha256 is "
                    + actual);
        } else if (!expected.trim().toLowerCase(Locale.ROOT).equals(actual)) {
            throw new ScenarioFailure(Reason.DIGEST_MISMATCH, capitalized + " does not match its pin", List.of("  expected sha256: " + expected.trim(),
                    "  actual sha256:   " + actual + "  (" + jar + ")"), actual, null);
        }
        return actual;
    }
}
