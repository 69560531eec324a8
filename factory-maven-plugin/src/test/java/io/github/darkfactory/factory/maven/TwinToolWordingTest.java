package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.scenarios.ScenarioCoordinates;
import io.github.darkfactory.factory.twintools.TwinCheckResult;
import io.github.darkfactory.factory.twintools.TwinToolFailure;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TwinToolWordingTest {

    @Test
    void a_target_is_an_http_url_without_credentials_which_are_never_echoed() throws Exception {
        assertEquals(URI.create("https://sandbox.example.com"), TwinToolWording.target(" https://sandbox.example.com ", "twin-check"));

        String message = assertThrows(MojoFailureException.class,
                () -> TwinToolWording.target("https://alice:s3cret@sandbox.example.com", "twin-check")).getMessage();
        assertEquals("-Dfactory.twin.target holds a user name or password: give the URL without them, and the"
                + " credentials in a settings.xml <server> named by -Dfactory.twin.serverId", message);
        assertFalse(message.contains("s3cret"));

        assertEquals("-Dfactory.twin.target=ftp://host is not an http(s) URL: pass the real service's base URL, e.g."
                + " https://sandbox.payments.example.com",
                assertThrows(MojoFailureException.class, () -> TwinToolWording.target("ftp://host", "twin-check")).getMessage());
    }

    @Test
    void a_difference_names_the_mapping_files_to_delete_before_recording_them_again() {
        TwinCheckResult result = new TwinCheckResult("payments", "https://sandbox.example.com", 3, List.of(
                new TwinCheckResult.Difference("mappings/payment.json", "GET", "/payments/p1", List.of("status")),
                new TwinCheckResult.Difference("mappings/refund.json", "GET", "/refunds/r1", List.of("status"))),
                List.of());
        Path report = Path.of("target", "factory", "twin-check.json");

        assertEquals("The twin payments differs from the service at https://sandbox.example.com in 2 of 3 exchanges"
                + " (listed above, and in " + report + "): delete the differing mapping files mappings/payment.json,"
                + " mappings/refund.json (in the twin project's src/main/resources) and record them again with"
                + " factory:twin-record, which keeps a mapping that already answers a request; or correct them by hand."
                + " Then release the twin and pin the new version in the product.",
                TwinCheckLines.differs(result, URI.create("https://sandbox.example.com"), report));
    }

    @Test
    void a_broken_mapping_of_a_released_twin_is_fixed_in_its_project_and_released_again() {
        TwinToolFailure broken = new TwinToolFailure(TwinToolFailure.Reason.MALFORMED_MAPPING, "mappings/broken.json",
                "invalid JSON at line 2", 0);

        assertEquals("The twin's mapping mappings/broken.json is not a WireMock stub mapping: invalid JSON at line 2."
                + " Fix it in the twin's project, release it, and pin the new version and sha256 in the product's <twin>.",
                TwinToolWording.describe(broken, "twin-check", null, true).getMessage());
        assertEquals("The twin's mapping mappings/broken.json is not a WireMock stub mapping: invalid JSON at line 2."
                + " Correct or delete that file, then run factory:twin-check again.",
                TwinToolWording.describe(broken, "twin-check", null, false).getMessage());
    }

    @Test
    void an_executable_twin_is_named_as_one_that_twin_check_does_not_check(@TempDir Path temp) throws Exception {
        Path jar = temp.resolve("ledger-twin-1.0.0.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "x.Main");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("x/Main.class"));
            out.closeEntry();
        }
        ScenarioCoordinates coordinates = ScenarioCoordinates.parse("com.acme.twins:ledger-twin:1.0.0").orElseThrow();

        assertEquals("com.acme.twins:ledger-twin:1.0.0 (" + jar + ") is an executable twin (a Main-Class, no"
                + " mappings/*.json), and factory:twin-check checks only stub-mapping twins: check an executable twin"
                + " against the service with its own tests.", assertThrows(MojoFailureException.class,
                () -> TwinToolWording.requireMappings(coordinates, jar)).getMessage());
    }
}
