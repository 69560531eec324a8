package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.model.ModelSettings;
import io.github.darkfactory.factory.log.FactoryLog;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.DefaultSettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.components.cipher.DefaultPlexusCipher;
import org.sonatype.plexus.components.sec.dispatcher.DefaultSecDispatcher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelSettingsFactoryTest {

    static final String MASTER = "master-password";

    @TempDir
    Path home;

    DefaultPlexusCipher cipher = new DefaultPlexusCipher();
    SettingsDecrypter decrypter;
    Settings settings = new Settings();
    List<String> logged = new ArrayList<>();
    FactoryLog log = new FactoryLog() {
        @Override public void info(String message) { logged.add(message); }
        @Override public void warn(String message) { logged.add(message); }
        @Override public void error(String message) { logged.add(message); }
        @Override public void debug(String message) { logged.add(message); }
    };

    /** Maven's real decrypter, with a settings-security.xml holding an encrypted master password. */
    @BeforeEach
    void realDecrypter() throws Exception {
        Path security = home.resolve("settings-security.xml");
        Files.writeString(security, "<settingsSecurity><master>"
                + cipher.encryptAndDecorate(MASTER, DefaultSecDispatcher.SYSTEM_PROPERTY_SEC_LOCATION)
                + "</master></settingsSecurity>");
        decrypter = new DefaultSettingsDecrypter(new DefaultSecDispatcher(cipher, Map.of(), security.toString()));
    }

    static ModelConfig openAi() {
        ModelConfig config = new ModelConfig();
        config.setProvider("openai");
        config.setName("gpt-5.1-codex");
        config.setApiKeyEnv("OPENAI_API_KEY");
        return config;
    }

    Optional<ModelSettings> create(ModelConfig config, Map<String, String> env) throws MojoExecutionException {
        return ModelSettingsFactory.create(config, settings, decrypter, env, log);
    }

    @Test
    void gives_no_model_when_no_model_is_configured() throws Exception {
        assertTrue(create(null, Map.of("OPENAI_API_KEY", "sk-1")).isEmpty());
    }

    @Test
    void reads_the_key_from_the_environment_variable_named_by_apiKeyEnv_with_the_defaults() throws Exception {
        ModelSettings model = create(openAi(), Map.of("OPENAI_API_KEY", "sk-env-key")).orElseThrow();

        assertEquals("openai", model.provider());
        assertEquals("gpt-5.1-codex", model.name());
        assertEquals("sk-env-key", model.apiKey());
        assertEquals("environment variable OPENAI_API_KEY", model.keySource());
        assertEquals(Duration.ofMinutes(5), model.timeout());
        assertEquals(16_000, model.maxTokens());
        assertEquals(3, model.retry().maxRetries());
        assertNull(model.baseUrl());
        assertNull(model.proxy());
        assertFalse(model.toString().contains("sk-env-key"), model.toString());
    }

    @Test
    void gives_no_model_and_says_why_when_the_variable_is_unset_or_blank() throws Exception {
        assertTrue(create(openAi(), Map.of()).isEmpty());
        assertTrue(create(openAi(), Map.of("OPENAI_API_KEY", "  ")).isEmpty());
        assertTrue(logged.stream().anyMatch(line -> line.contains("OPENAI_API_KEY") && line.contains("not set")), logged::toString);
    }

    @Test
    void takes_the_configured_base_url_timeout_and_max_tokens() throws Exception {
        ModelConfig config = openAi();
        config.setBaseUrl("http://localhost:8000/v1");
        config.setTimeout("PT90S");
        config.setMaxTokens(32_000);

        ModelSettings model = create(config, Map.of("OPENAI_API_KEY", "k")).orElseThrow();

        assertEquals("http://localhost:8000/v1", model.baseUrl());
        assertEquals(Duration.ofSeconds(90), model.timeout());
        assertEquals(32_000, model.maxTokens());
    }

    @Test
    void reads_the_key_from_the_plain_password_of_a_settings_server() throws Exception {
        settings.addServer(server("anthropic", "sk-ant-plain"));
        ModelConfig config = openAi();
        config.setProvider("anthropic");
        config.setApiKeyEnv(null);
        config.setServerId("anthropic");

        ModelSettings model = create(config, Map.of()).orElseThrow();

        assertEquals("sk-ant-plain", model.apiKey());
        assertEquals("server 'anthropic' in settings.xml", model.keySource());
    }

    @Test
    void decrypts_an_encrypted_server_password_the_maven_way() throws Exception {
        settings.addServer(server("openai", cipher.encryptAndDecorate("sk-decrypted", MASTER)));
        ModelConfig config = openAi();
        config.setApiKeyEnv(null);
        config.setServerId("openai");

        assertEquals("sk-decrypted", create(config, Map.of()).orElseThrow().apiKey());
    }

    @Test
    void gives_no_model_and_warns_when_the_server_password_cannot_be_decrypted() throws Exception {
        // A decorated value that no master password decrypts. (Encrypting with another master password
        // is not enough: about one wrong key in 256 still yields valid padding, and the test flickered.)
        settings.addServer(server("openai", "{not-a-cipher-text}"));
        ModelConfig config = openAi();
        config.setApiKeyEnv(null);
        config.setServerId("openai");

        assertTrue(create(config, Map.of()).isEmpty());
        assertTrue(logged.stream().anyMatch(line -> line.contains("could not decrypt the password of <server> 'openai'")
                && line.contains("--encrypt-password")), logged::toString);
    }

    @Test
    void gives_no_model_and_says_why_when_the_server_is_missing() throws Exception {
        ModelConfig config = openAi();
        config.setApiKeyEnv(null);
        config.setServerId("nowhere");

        assertTrue(create(config, Map.of()).isEmpty());
        assertTrue(logged.stream().anyMatch(line -> line.contains("<id>nowhere</id>")), logged::toString);
    }

    @Test
    void takes_the_active_settings_proxy_with_its_decrypted_password() throws Exception {
        settings.addProxy(proxy("off", false, "unused.example", null));
        settings.addProxy(proxy("corp", true, "proxy.example", cipher.encryptAndDecorate("proxy-secret", MASTER)));

        ModelSettings.Proxy proxy = create(openAi(), Map.of("OPENAI_API_KEY", "k")).orElseThrow().proxy();

        assertEquals("proxy.example", proxy.host());
        assertEquals(3128, proxy.port());
        assertEquals("alice", proxy.user());
        assertEquals("proxy-secret", proxy.password());
        assertEquals("localhost|*.internal", proxy.nonProxyHosts());
        assertFalse(proxy.toString().contains("proxy-secret"));
    }

    @Test
    void lets_ollama_run_without_any_key() throws Exception {
        ModelConfig config = new ModelConfig();
        config.setProvider("Ollama");
        config.setName("qwen2.5-coder");

        ModelSettings model = create(config, Map.of()).orElseThrow();

        assertEquals("ollama", model.provider());
        assertNull(model.apiKey());
    }

    @Test
    void rejects_an_unknown_provider_listing_the_known_ones() {
        ModelConfig config = openAi();
        config.setProvider("gemini");

        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> create(config, Map.of()));

        assertTrue(e.getMessage().contains("<provider>gemini</provider>"), e.getMessage());
        assertTrue(e.getMessage().contains("openai, anthropic, ollama"), e.getMessage());
    }

    @Test
    void rejects_a_key_configured_both_ways_or_not_at_all() {
        ModelConfig both = openAi();
        both.setServerId("openai");
        ModelConfig neither = openAi();
        neither.setApiKeyEnv(null);

        assertTrue(assertThrows(MojoExecutionException.class, () -> create(both, Map.of())).getMessage()
                .contains("both <apiKeyEnv> and <serverId>"));
        assertTrue(assertThrows(MojoExecutionException.class, () -> create(neither, Map.of())).getMessage()
                .contains("<apiKeyEnv>OPENAI_API_KEY</apiKeyEnv>"));
    }

    @Test
    void rejects_a_timeout_that_is_not_an_iso_8601_duration() {
        ModelConfig config = openAi();
        config.setTimeout("5m");

        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> create(config, Map.of("OPENAI_API_KEY", "k")));

        assertTrue(e.getMessage().contains("<timeout>5m</timeout>") && e.getMessage().contains("PT5M"), e.getMessage());
    }

    @Test
    void rejects_a_base_url_that_is_not_http() {
        ModelConfig config = openAi();
        config.setBaseUrl("api.openai.com/v1");

        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> create(config, Map.of("OPENAI_API_KEY", "k")));

        assertTrue(e.getMessage().contains("<baseUrl>api.openai.com/v1</baseUrl>"), e.getMessage());
    }

    @Test
    void rejects_a_missing_model_name() {
        ModelConfig config = openAi();
        config.setName(" ");

        MojoExecutionException e = assertThrows(MojoExecutionException.class,
                () -> create(config, Map.of("OPENAI_API_KEY", "k")));

        assertTrue(e.getMessage().contains("has no <name>"), e.getMessage());
    }

    private static Server server(String id, String password) {
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        return server;
    }

    private static Proxy proxy(String id, boolean active, String host, String password) {
        Proxy proxy = new Proxy();
        proxy.setId(id);
        proxy.setActive(active);
        proxy.setHost(host);
        proxy.setPort(3128);
        proxy.setUsername("alice");
        proxy.setPassword(password);
        proxy.setNonProxyHosts("localhost|*.internal");
        return proxy;
    }
}
