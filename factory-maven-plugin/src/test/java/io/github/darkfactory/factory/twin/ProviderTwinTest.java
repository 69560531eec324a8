package io.github.darkfactory.factory.twin;

import io.github.darkfactory.factory.generate.model.CodeModel;
import io.github.darkfactory.factory.generate.model.CodeModels;
import io.github.darkfactory.factory.generate.model.ModelCallException;
import io.github.darkfactory.factory.generate.model.ModelSettings;
import io.github.darkfactory.factory.log.FactoryLog;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The twins themselves: protocol errors a real provider gives, and answers under parallel load. */
class ProviderTwinTest {

    @Test
    void answers_parallel_callers_each_with_their_own_reply() throws Exception {
        try (ProviderTwin twin = ProviderTwin.start("openai")) {
            twin.otherwise(request -> Reply.text("echo " + request.user()));
            CodeModel model = CodeModels.create(ModelSettings.of("openai", "m", "k", "env").withBaseUrl(twin.baseUrl()),
                    FactoryLog.SILENT);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<String>> answers = IntStream.range(0, 24)
                        .mapToObj(i -> pool.submit(() -> model.ask("s", "spec-" + i).text()))
                        .toList();
                for (int i = 0; i < answers.size(); i++) {
                    assertEquals("echo spec-" + i, answers.get(i).get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(24, twin.requests().size());
            assertEquals(24, twin.answered());
        }
    }

    @Test
    void says_so_when_the_script_is_used_up() {
        try (ProviderTwin twin = ProviderTwin.start("anthropic")) {
            twin.answer("only one");
            CodeModel model = CodeModels.create(ModelSettings.of("anthropic", "m", "k", "env").withBaseUrl(twin.baseUrl()),
                    FactoryLog.SILENT);

            assertEquals("only one", model.ask("s", "u").text());
            ModelCallException e = assertThrows(ModelCallException.class, () -> model.ask("s", "u"));

            assertEquals(ModelCallException.Kind.OTHER, e.call().kind());
            assertTrue(e.getMessage().contains("no scripted reply left"), e.getMessage());
        }
    }

    @Test
    void anthropic_twin_requires_the_anthropic_version_header_like_anthropic() throws Exception {
        try (ProviderTwin twin = ProviderTwin.start("anthropic")) {
            HttpResponse<String> response = post(twin.baseUrl() + "/messages",
                    "{\"model\":\"m\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

            assertEquals(400, response.statusCode());
            assertTrue(response.body().contains("\"type\":\"error\"") && response.body().contains("anthropic-version"),
                    response.body());
        }
    }

    @Test
    void answers_unknown_paths_with_404_in_the_providers_error_format() throws Exception {
        try (ProviderTwin twin = ProviderTwin.start("openai")) {
            HttpResponse<String> response = post(twin.baseUrl() + "/completions", "{}");

            assertEquals(404, response.statusCode());
            assertTrue(response.body().contains("\"error\":{"), response.body());
        }
    }

    private static HttpResponse<String> post(String url, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
