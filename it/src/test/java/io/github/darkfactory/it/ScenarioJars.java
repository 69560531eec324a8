package io.github.darkfactory.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scenario projects under {@code it/projects} are installed into the IT repository once per test
 * JVM, as a separate team would release them; tests get the sha256 to pin.
 */
public final class ScenarioJars {

    private static final Map<String, String> SHA_BY_PROJECT = new ConcurrentHashMap<>();

    private ScenarioJars() {
    }

    /**
     * Installs {@code it/projects/<project>} (built with {@code install}) and returns the sha256 of
     * {@code target/<jarName>}. Concurrent callers of the same project wait for one build.
     */
    public static String install(String project, String jarName) {
        return SHA_BY_PROJECT.computeIfAbsent(project, p -> {
            MavenBuild build = MavenBuild.copyOf(p, "installed");
            build.run("install").assertSuccess();
            return sha256(build.file("target/" + jarName));
        });
    }

    public static String sha256(Path file) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
