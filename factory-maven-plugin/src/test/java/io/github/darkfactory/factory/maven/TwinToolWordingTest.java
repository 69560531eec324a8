package io.github.darkfactory.factory.maven;

import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

import java.net.URI;

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
}
