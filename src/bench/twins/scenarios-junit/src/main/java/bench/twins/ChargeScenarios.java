package bench.twins;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(PaymentsWireMock.class)
class ChargeScenarios {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void an_order_is_charged(int order) throws Exception {
        String payments = System.getProperty("factory.twin.payments.url");
        HttpResponse<String> answer = CLIENT.send(HttpRequest.newBuilder(URI.create(payments + "/charges/order-" + order))
                .POST(HttpRequest.BodyPublishers.ofString("{\"cents\": 1250}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, answer.statusCode());
        assertTrue(answer.body().contains("captured"), answer.body());
    }
}
