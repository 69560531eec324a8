package bench.twins;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The payments twin as a team would write it by hand: WireMock inside the scenario JVM, started
 * once for the whole run (before the first test class, so before any scenario reads
 * {@code factory.twin.payments.url}) on a free loopback port with the payments-twin's mapping
 * files, and stopped when the run ends. Registered for every test class through JUnit's extension
 * autodetection, so the scenario sources stay as they are.
 */
public final class PaymentsWireMockExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(
                PaymentsWireMockExtension.class.getName(), key -> start(), Running.class);
    }

    private static Running start() {
        WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .usingFilesUnderClasspath("payments-twin"));
        server.start();
        System.setProperty("factory.twin.payments.url", "http://127.0.0.1:" + server.port());
        return new Running(server);
    }

    /** Closed by JUnit when the root context ends, that is after the last scenario. */
    record Running(WireMockServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.stop();
        }
    }
}
