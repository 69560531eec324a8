package it.factory.scenarios;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TwinScenarios {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static String url(String twin, String variable) {
        String url = System.getProperty("factory.twin." + twin + ".url");
        assertEquals(url, System.getenv(variable), "the system property and the environment agree");
        assertTrue(url.startsWith("http://127.0.0.1:"), url);
        return url;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_mappings_twin_greets() throws Exception {
        HttpResponse<String> answer = get(url("greeter", "FACTORY_TWIN_GREETER_URL") + "/greeting?lang=en");
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("hello from the twin"), answer.body());
    }

    @Test
    void a_request_without_a_mapping_gets_404() throws Exception {
        assertEquals(404, get(url("greeter", "FACTORY_TWIN_GREETER_URL") + "/no-such-stub?to=XX&kg=9").statusCode());
    }

    @Test
    void the_executable_twin_knows_the_balance() throws Exception {
        HttpResponse<String> answer = get(url("the-ledger", "FACTORY_TWIN_THE_LEDGER_URL") + "/balance");
        assertEquals(200, answer.statusCode());
        assertEquals("42", answer.body());
    }

    @Test
    void hangs_when_asked_to() throws InterruptedException {
        Assumptions.assumeTrue(Boolean.getBoolean("twins.hang"));
        Thread.sleep(Long.MAX_VALUE);
    }
}
