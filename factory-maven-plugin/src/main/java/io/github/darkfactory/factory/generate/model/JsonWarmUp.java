package io.github.darkfactory.factory.generate.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs Jackson data binding once per JVM on a request-shaped map, when a provider client is created.
 * Every LangChain4j provider serializes its requests and parses its responses with Jackson; in a
 * fresh JVM the first time costs a few hundred milliseconds of class loading and initialisation,
 * which would otherwise fall on the first requests of the first wave, all at once. The client is set
 * up on a background thread while the specs load ({@code ModelAccess.prepare}), so this usually
 * costs the run nothing (measurements in docs/performance.md).
 */
final class JsonWarmUp {

    private static final AtomicBoolean DONE = new AtomicBoolean();

    private JsonWarmUp() {
    }

    /** True when this call did the warm-up, false when an earlier one had. */
    static boolean once() {
        if (DONE.getAndSet(true)) {
            return false;
        }
        try {
            ObjectMapper mapper = new ObjectMapper();
            String json = mapper.writeValueAsString(Map.of("model", "m", "max_tokens", 1,
                    "messages", List.of(Map.of("role", "user", "content", "warm-up"))));
            mapper.readTree(json);
            mapper.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            // only a head start: the real requests report whatever is wrong
        }
        return true;
    }
}
