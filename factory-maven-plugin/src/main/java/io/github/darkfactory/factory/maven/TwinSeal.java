package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import io.github.darkfactory.factory.scenarios.SealSnippet;
import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinJars;
import io.github.darkfactory.factory.twins.TwinKind;
import io.github.darkfactory.factory.twins.TwinNames;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code seal} in a twin project: a {@code <twin>} for the product's {@code <scenarios><twins>}, since a
 * {@code <scenarios>} snippet pasted from it would replace the product's scenario jar.
 */
final class TwinSeal {

    private TwinSeal() {
    }

    /** The {@code <twin>} snippet, logged, when the jar is a twin; empty for a scenario jar. */
    static Optional<String> snippet(ScenarioCoordinates coordinates, Path jar, String sha256, boolean pinInto, Log log)
            throws IOException, MojoFailureException {
        String artifactId = coordinates.artifactId();
        String name = artifactId.endsWith("-twin") ? artifactId.substring(0, artifactId.length() - "-twin".length())
                : artifactId;
        Optional<TwinKind> kind;
        try {
            kind = TwinJars.kindOf(name, jar);
        } catch (TwinFailure e) {
            throw new MojoFailureException(e.getMessage() + "\nA scenario run would refuse this twin: correct that file"
                    + " under src/main/resources and package again.");
        }
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (pinInto) {
            throw new MojoFailureException(coordinates + " is a twin, and -D" + PropertyNames.SEAL_PIN_INTO + " pins a"
                    + " scenario jar: remove pinInto from this twin project and paste the <twin> printed without it"
                    + " into the product's <scenarios><twins>.");
        }
        String snippet = SealSnippet.renderTwin(name, coordinates, sha256);
        log.info("Sealed the twin " + coordinates + " (" + (kind.get() == TwinKind.MAPPINGS ? "stub mappings"
                : "an executable jar") + "); paste into the product's <scenarios><twins>, adjusting <name> (the scenarios"
                + " read its URL from " + PropertyNames.TWIN_URL_PREFIX + "<name>.url):");
        snippet.lines().forEach(log::info);
        try {
            TwinNames.check(List.of(name));
        } catch (TwinFailure e) {
            log.warn("The name " + name + " (the artifactId without -twin) is not a twin name: write a <name> of"
                    + " lower-case letters, digits and '-', starting with a letter.");
        }
        return Optional.of(snippet);
    }
}
