package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import io.github.darkfactory.factory.twins.TwinFailure;
import io.github.darkfactory.factory.twins.TwinKind;
import io.github.darkfactory.factory.twintools.TwinToolFailure;
import org.apache.maven.plugin.MojoFailureException;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/** Words the failures of {@code twin-record} and {@code twin-check} in pom terms, each ending with what to do. */
final class TwinToolWording {

    private TwinToolWording() {
    }

    /** The target URL, required and http(s). */
    static URI target(String target, String goal) throws MojoFailureException {
        if (target == null || target.isBlank()) {
            throw new MojoFailureException("No target for factory:" + goal + ": pass the real service's base URL,"
                    + " e.g. -D" + PropertyNames.TWIN_TARGET + "=https://sandbox.payments.example.com");
        }
        try {
            URI uri = new URI(target.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getRawUserInfo() != null) {
                // never echoed: the given value holds a credential
                throw new MojoFailureException("-D" + PropertyNames.TWIN_TARGET + " holds a user name or password:"
                        + " give the URL without them, and the credentials in a settings.xml <server> named by -D"
                        + PropertyNames.TWIN_SERVER_ID);
            }
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // worded below
        }
        throw new MojoFailureException("-D" + PropertyNames.TWIN_TARGET + "=" + target + " is not an http(s) URL:"
                + " pass the real service's base URL, e.g. https://sandbox.payments.example.com");
    }

    /**
     * @param serverId the settings.xml server whose credentials were sent, or null
     */
    static MojoFailureException describe(TwinToolFailure e, String goal, String serverId) {
        return describe(e, goal, serverId, false);
    }

    /**
     * @param serverId the settings.xml server whose credentials were sent, or null
     * @param released the twin is a released jar ({@code -Dfactory.twin.artifact}), not this project's mappings
     */
    static MojoFailureException describe(TwinToolFailure e, String goal, String serverId, boolean released) {
        String text = switch (e.reason()) {
            case NO_MAPPINGS -> e.where() + " holds no WireMock mapping (mappings/*.json): record some with mvn factory:"
                    + PropertyNames.GOAL_TWIN_RECORD + " -D" + PropertyNames.TWIN_TARGET + "=<url> in the twin project,"
                    + " or check a released twin with -D" + PropertyNames.TWIN_ARTIFACT + "=groupId:artifactId:version.";
            case MALFORMED_MAPPING -> "The twin's mapping " + e.where() + " is not a WireMock stub mapping: "
                    + e.detail() + (released ? ". Fix it in the twin's project, release it, and pin the new version and"
                    + " sha256 in the product's <twin>." : ". Correct or delete that file, then run factory:" + goal + " again.");
            case UNREACHABLE -> "Nothing answers at " + e.where() + " (-D" + PropertyNames.TWIN_TARGET + "): "
                    + e.detail() + ". Start the service or correct the URL, then run factory:" + goal + " again.";
            case REJECTED -> "The service answered " + e.status() + " to " + e.where() + (serverId == null
                    ? " without credentials: put them in a <server> of settings.xml (a <password> alone is sent as a"
                    + " Bearer token, with a <username> as HTTP Basic) and pass its id in -D" + PropertyNames.TWIN_SERVER_ID + "."
                    : " with the credentials of <server> '" + serverId + "' in settings.xml (-D"
                    + PropertyNames.TWIN_SERVER_ID + "): check that server's <username> and <password> (a password alone"
                    + " is sent as a Bearer token, with a username as HTTP Basic).");
            case RECORDER_FAILED -> "The recording proxy (WireMock standalone) did not start on " + e.where() + ": "
                    + e.detail() + "\nRun factory:" + goal + " again; if it fails the same way, its output above says why.";
        };
        return new MojoFailureException(text);
    }

    /** An executable twin has no exchanges to replay: say so, rather than that it holds no mapping. */
    static void requireMappings(ScenarioCoordinates coordinates, Path jar) throws IOException, MojoFailureException {
        TwinKind kind;
        try {
            kind = TwinKind.of(coordinates.artifactId(), jar);
        } catch (TwinFailure neither) {
            return; // worded by the check: no mapping in it
        }
        if (kind == TwinKind.EXECUTABLE) {
            throw new MojoFailureException(coordinates + " (" + jar + ") is an executable twin (a Main-Class, no"
                    + " mappings/*.json), and factory:" + PropertyNames.GOAL_TWIN_CHECK + " checks only stub-mapping"
                    + " twins: check an executable twin against the service with its own tests.");
        }
    }
}
