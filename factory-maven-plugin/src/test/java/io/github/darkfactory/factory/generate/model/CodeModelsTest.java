package io.github.darkfactory.factory.generate.model;

import io.github.darkfactory.factory.log.FactoryLog;
import org.junit.jupiter.api.Test;

import java.net.Proxy;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeModelsTest {

    @Test
    void rejects_an_unknown_provider_listing_the_known_ones() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodeModels.create(ModelSettings.of("gemini", "m", "k", "env"), FactoryLog.SILENT));

        assertTrue(e.getMessage().contains("'gemini'") && e.getMessage().contains("openai, anthropic, ollama"), e.getMessage());
    }

    @Test
    void rejects_a_base_url_without_scheme_or_host() {
        ModelSettings settings = ModelSettings.of("openai", "m", "k", "env").withBaseUrl("localhost:8080/v1");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CodeModels.create(settings, FactoryLog.SILENT));

        assertTrue(e.getMessage().contains("localhost:8080/v1"), e.getMessage());
    }

    @Test
    void names_provider_and_model_and_never_shows_the_key() {
        CodeModel model = CodeModels.create(ModelSettings.of("anthropic", "claude-x", "sk-secret", "env"), FactoryLog.SILENT);

        assertEquals("anthropic", model.provider());
        assertEquals("claude-x", model.name());
        assertFalse(ModelSettings.of("openai", "m", "sk-secret", "env").toString().contains("sk-secret"));
    }

    @Test
    void backs_off_exponentially_up_to_the_cap() {
        ModelSettings.Retry retry = new ModelSettings.Retry(5, Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertEquals(Duration.ofSeconds(1), retry.backoffBefore(1));
        assertEquals(Duration.ofSeconds(2), retry.backoffBefore(2));
        assertEquals(Duration.ofSeconds(4), retry.backoffBefore(3));
        assertEquals(Duration.ofSeconds(5), retry.backoffBefore(4));
        assertEquals(Duration.ofSeconds(5), retry.cap(Duration.ofHours(1)));
    }

    @Test
    void reads_retry_after_as_seconds_as_an_http_date_and_as_openais_milliseconds() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse("7"));
        String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(10));
        Duration untilDate = RetryAfter.parse(inTenSeconds).orElseThrow();
        assertTrue(untilDate.getSeconds() >= 8 && untilDate.getSeconds() <= 10, untilDate::toString);
        assertEquals(Optional.empty(), RetryAfter.parse("soon"));
        HttpHeaders headers = HttpHeaders.of(Map.of("retry-after-ms", List.of("250"), "retry-after", List.of("1")), (a, b) -> true);
        assertEquals(Optional.of(Duration.ofMillis(250)), RetryAfter.parse(headers));
    }

    @Test
    void goes_direct_to_hosts_matching_non_proxy_hosts_and_through_the_proxy_otherwise() {
        ModelHttp.SettingsProxySelector selector = new ModelHttp.SettingsProxySelector(
                new ModelSettings.Proxy("proxy.corp", 3128, null, null, "localhost|*.internal.corp,127.0.0.1"));

        assertEquals(Proxy.NO_PROXY, selector.select(URI.create("http://localhost:11434/api/chat")).get(0));
        assertEquals(Proxy.NO_PROXY, selector.select(URI.create("https://llm.Internal.corp/v1")).get(0));
        assertEquals(Proxy.NO_PROXY, selector.select(URI.create("http://127.0.0.1:8000/v1")).get(0));
        Proxy viaProxy = selector.select(URI.create("https://api.openai.com/v1")).get(0);
        assertEquals(Proxy.Type.HTTP, viaProxy.type());
        assertTrue(viaProxy.address().toString().contains("proxy.corp"), viaProxy::toString);
    }
}
