package io.github.darkfactory.factory.generate.model;

import io.github.darkfactory.factory.twin.Request;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenAiCodeModelTest extends AbstractCodeModelContractTest {

    @Override
    String provider() {
        return "openai";
    }

    @Test
    void asks_an_openai_compatible_server_for_max_tokens() {
        twin.answer("ok");

        model(settings().withMaxTokens(777)).ask("s", "u");

        Request request = twin.requests().get(0);
        assertTrue(request.json().path("max_tokens").asInt() == 777, request.body());
        assertFalse(request.json().has("max_completion_tokens"), request.body());
    }

    @Test
    void asks_openai_itself_for_max_completion_tokens_which_its_current_models_require() {
        // Reaching "api.openai.com" through the twin as a proxy keeps the test on the loopback.
        twin.answer("ok");
        ModelSettings openAi = settings().withBaseUrl("http://api.openai.com/v1").withMaxTokens(777)
                .withProxy(new ModelSettings.Proxy("127.0.0.1", twin.port(), null, null, null));

        model(openAi).ask("s", "u");

        Request request = twin.requests().get(0);
        assertTrue(request.json().path("max_completion_tokens").asInt() == 777, request.body());
        assertFalse(request.json().has("max_tokens"), request.body());
    }
}
