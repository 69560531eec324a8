package io.github.darkfactory.it;

import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Request;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real {@code mvn factory:generate} builds against provider twins: the key comes from an
 * environment variable or a settings.xml server, calls go through the settings proxy, and a
 * rejected key fails the build naming where it came from, never the key itself.
 */
class ProvidersCredentialsTest {

    static final String ANSWER = """
            ### com/acme/greet/impl/HelloGreeter.java
            ```java
            package com.acme.greet.impl;

            import com.acme.greet.Greeter;

            public class HelloGreeter implements Greeter {
                @Override
                public String greet(String name) {
                    return "Hello, " + name;
                }
            }
            ```
            """;

    static final Path GENERATED = Path.of("src/factory/java/com/acme/greet/impl/HelloGreeter.java");

    @Test
    void a_key_from_the_environment_reaches_the_provider_and_the_spec_is_generated() throws Exception {
        String key = "sk-ant-it-env-key-4711";
        try (ProviderTwin twin = ProviderTwin.start("anthropic")) {
            twin.expectKey(key).otherwise(request -> io.github.darkfactory.factory.twin.Reply.text(ANSWER));
            MavenBuild build = MavenBuild.copyOf("providers-greeter", "env")
                    .property("twin.provider", "anthropic")
                    .property("twin.baseUrl", twin.baseUrl())
                    .environment("TWIN_API_KEY", key);

            MavenBuild.Result result = build.run("factory:generate").assertSuccess();

            assertTrue(Files.isRegularFile(build.baseDir().resolve(GENERATED)), result::log);
            assertEquals(key, twin.requests().get(0).header("x-api-key"));
            result.assertNoLine(key);
            assertTrue(!Files.readString(build.file("factory.lock.json")).contains(key), "the lock holds no key");
        }
    }

    @Test
    void a_key_from_a_settings_server_is_sent_through_the_settings_proxy() throws Exception {
        String key = "sk-it-server-key-0815";
        try (ProviderTwin twin = ProviderTwin.start("openai")) {
            // The twin is the proxy too: the model host does not resolve, so only the proxy can reach it.
            twin.expectKey(key).expectProxyCredentials("it-user", "it-proxy-password")
                    .otherwise(request -> io.github.darkfactory.factory.twin.Reply.text(ANSWER));
            MavenBuild build = MavenBuild.copyOf("providers-greeter", "server-proxy")
                    .property("twin.baseUrl", "http://model.invalid/v1")
                    .property("twin.keyEnv", "")
                    .property("twin.serverId", "twin-openai");
            Path settings = build.file("it-settings.xml");
            Files.writeString(settings, """
                    <settings>
                      <servers>
                        <server><id>twin-openai</id><password>%s</password></server>
                      </servers>
                      <proxies>
                        <proxy>
                          <id>it-proxy</id><active>true</active><protocol>http</protocol>
                          <host>127.0.0.1</host><port>%d</port>
                          <username>it-user</username><password>it-proxy-password</password>
                          <nonProxyHosts>localhost</nonProxyHosts>
                        </proxy>
                      </proxies>
                    </settings>
                    """.formatted(key, twin.port()));

            MavenBuild.Result result = build.run("-s", settings.toString(), "factory:generate").assertSuccess();

            assertTrue(Files.isRegularFile(build.baseDir().resolve(GENERATED)), result::log);
            Request answered = twin.requests().get(twin.requests().size() - 1);
            assertEquals("Bearer " + key, answered.header("authorization"));
            assertTrue(answered.target().startsWith("http://model.invalid/v1/"), answered.target());
            result.assertNoLine(key);
        }
    }

    @Test
    void a_rejected_key_fails_the_build_at_once_naming_its_source_but_never_the_key() {
        String wrongKey = "sk-it-expired-key-9999";
        try (ProviderTwin twin = ProviderTwin.start("openai")) {
            twin.expectKey("sk-the-current-key");
            MavenBuild build = MavenBuild.copyOf("providers-greeter", "rejected")
                    .property("twin.baseUrl", twin.baseUrl())
                    .environment("TWIN_API_KEY", wrongKey);

            MavenBuild.Result result = build.run("factory:generate").assertFailure()
                    .assertLine("rejected the credentials from environment variable TWIN_API_KEY");

            result.assertNoLine(wrongKey);
            assertEquals(1, twin.requests().size(), "a rejected key is not retried");
            assertTrue(!Files.exists(build.baseDir().resolve(GENERATED)), "nothing was written");
        }
    }
}
