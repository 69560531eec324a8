package io.github.darkfactory.factory.twintools;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordedExchangesTest {

    @TempDir
    Path root;

    private void mapping(String name, String json) throws Exception {
        Files.createDirectories(root.resolve("mappings"));
        Files.writeString(root.resolve("mappings").resolve(name), json);
    }

    @Test
    void reads_exact_requests_with_their_bodies_headers_and_responses() throws Exception {
        mapping("a-charge.json", "{\"request\":{\"method\":\"POST\",\"url\":\"/charges\",\"headers\":{\"Content-Type\":"
                + "{\"equalTo\":\"application/json\"}},\"bodyPatterns\":[{\"equalToJson\":\"{\\\"amount\\\":3}\"}]},"
                + "\"response\":{\"status\":201,\"bodyFileName\":\"charge.json\"}}");
        Files.createDirectories(root.resolve("__files"));
        Files.writeString(root.resolve("__files/charge.json"), "{\"status\":\"charged\"}");
        mapping("b-payment.json", "{\"mappings\":[{\"request\":{\"method\":\"GET\",\"urlPath\":\"/payments/p1\"},"
                + "\"response\":{\"jsonBody\":{\"id\":\"p1\"}}}]}");

        RecordedExchanges.Read read = RecordedExchanges.read(root);

        assertEquals(List.of(
                new Exchange("mappings/a-charge.json", "POST", "/charges", Map.of("Content-Type", "application/json"),
                        "{\"amount\":3}", 201, "{\"status\":\"charged\"}"),
                new Exchange("mappings/b-payment.json", "GET", "/payments/p1", Map.of(), null, 200, "{\"id\":\"p1\"}")),
                read.exchanges());
        assertEquals(List.of(), read.skipped());
    }

    @Test
    void a_recorded_json_body_is_sent_as_json() throws Exception {
        mapping("recorded.json", "{\"request\":{\"url\":\"/orders\",\"method\":\"POST\",\"bodyPatterns\":[{"
                + "\"equalToJson\":\"{\\\"sku\\\":\\\"A-1\\\"}\",\"ignoreArrayOrder\":true}]},\"response\":{\"status\":201}}");

        Exchange exchange = RecordedExchanges.read(root).exchanges().get(0);

        assertEquals(Map.of("Content-Type", "application/json"), exchange.headers());
        assertEquals("{\"sku\":\"A-1\"}", exchange.requestBody());
    }

    @Test
    void skips_patterns_and_any_method_saying_why() throws Exception {
        mapping("pattern.json", "{\"request\":{\"method\":\"GET\",\"urlPathPattern\":\"/payments/.*\"},\"response\":{}}");
        mapping("query.json", "{\"request\":{\"method\":\"GET\",\"urlPath\":\"/p\",\"queryParameters\":{\"q\":"
                + "{\"matches\":\".*\"}}},\"response\":{}}");
        mapping("any.json", "{\"request\":{\"url\":\"/health\"},\"response\":{}}");
        mapping("body.json", "{\"request\":{\"method\":\"POST\",\"url\":\"/c\",\"bodyPatterns\":[{\"contains\":\"x\"}]},"
                + "\"response\":{}}");

        RecordedExchanges.Read read = RecordedExchanges.read(root);

        assertEquals(List.of(), read.exchanges());
        assertEquals(List.of(
                new RecordedExchanges.Skipped("mappings/any.json", "ANY /health", "it matches any method"),
                new RecordedExchanges.Skipped("mappings/body.json", "POST /c", "its request body is a pattern, not one exact body"),
                new RecordedExchanges.Skipped("mappings/pattern.json", "GET /payments/.*",
                        "its URL is a pattern (/payments/.*), not one exact URL"),
                new RecordedExchanges.Skipped("mappings/query.json", "GET /p", "it matches query parameters, not one exact URL")),
                read.skipped());
    }

    @Test
    void a_mapping_with_invalid_json_is_named_with_its_line() throws Exception {
        mapping("ok.json", "{\"request\":{\"method\":\"GET\",\"url\":\"/a\"},\"response\":{}}");
        mapping("broken.json", "{\n  \"request\": {\n    \"method\": \"GET\",,\n");

        TwinToolFailure failure = assertThrows(TwinToolFailure.class, () -> RecordedExchanges.read(root));

        assertEquals(TwinToolFailure.Reason.MALFORMED_MAPPING, failure.reason());
        assertEquals("mappings/broken.json", failure.where());
        assertTrue(failure.detail().startsWith("invalid JSON at line 3"), failure.detail());
    }

    @Test
    void a_missing_body_file_and_a_twin_without_mappings_are_failures() throws Exception {
        assertEquals(TwinToolFailure.Reason.NO_MAPPINGS,
                assertThrows(TwinToolFailure.class, () -> RecordedExchanges.read(root)).reason());
        mapping("a.json", "{\"request\":{\"method\":\"GET\",\"url\":\"/a\"},\"response\":{\"bodyFileName\":\"../../etc/x\"}}");
        TwinToolFailure failure = assertThrows(TwinToolFailure.class, () -> RecordedExchanges.read(root));
        assertEquals("its bodyFileName ../../etc/x is not a file under __files", failure.detail());
    }
}
