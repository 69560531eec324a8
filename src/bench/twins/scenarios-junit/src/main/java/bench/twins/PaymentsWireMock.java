package bench.twins;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/** WireMock inside the test JVM, started once for the run with the twin's mappings, as a team would write it. */
public final class PaymentsWireMock implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent("payments", key -> {
            WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                    .usingFilesUnderClasspath("twin"));
            server.start();
            System.setProperty("factory.twin.payments.url", "http://127.0.0.1:" + server.port());
            return (ExtensionContext.Store.CloseableResource) server::stop;
        });
    }
}
