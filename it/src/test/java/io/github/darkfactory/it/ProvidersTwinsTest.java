package io.github.darkfactory.it;

import io.github.darkfactory.factory.generate.model.CodeModels;
import io.github.darkfactory.factory.generate.model.ModelSettings;
import io.github.darkfactory.factory.log.FactoryLog;
import io.github.darkfactory.factory.twin.ProviderTwin;
import io.github.darkfactory.factory.twin.Reply;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The provider twins reach the integration tests through the plugin's test-jar. An IT starts one
 * in this JVM and hands {@code twin.baseUrl()} to the Maven build it runs (a {@code <baseUrl>}
 * set from a property), scripting answers with {@code twin.reply(..)} or {@code twin.otherwise(..)}.
 */
class ProvidersTwinsTest {

    @ParameterizedTest
    @ValueSource(strings = {"openai", "anthropic", "ollama"})
    void every_provider_twin_starts_in_the_it_jvm_and_answers_the_real_client(String provider) {
        try (ProviderTwin twin = ProviderTwin.start(provider)) {
            twin.reply(Reply.text("hello from the " + provider + " twin").withUsage(3, 5));

            var reply = CodeModels.create(ModelSettings.of(provider, "m", "k", "env").withBaseUrl(twin.baseUrl()),
                    FactoryLog.SILENT).ask("system", "user");

            assertEquals("hello from the " + provider + " twin", reply.text());
            assertEquals(5, reply.outputTokens());
            assertEquals("user", twin.requests().get(0).user());
        }
    }
}
