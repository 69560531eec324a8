package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.model.ModelCallException;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** A failed model call in the terms of the {@code <model>} configuration and settings.xml, ending with what to do. */
final class ModelCallWording {

    private ModelCallWording() {
    }

    /** What happened and what to do, on one line: the line a spec's failure shows. */
    static String message(ModelCallException e) {
        return switch (e.kind()) {
            case AUTHENTICATION -> e.status() == 407
                    ? e.getMessage() + ": " + proxyCredentialsFix(e)
                    : e.getMessage() + ": check the key, or renew it, and run again.";
            case RATE_LIMIT -> e.endpoint() + " kept refusing with HTTP 429 (rate limit)" + e.afterAttempts()
                    + ": wait and run again, lower " + PropertyNames.PARALLELISM
                    + ", or raise the account's rate limit. Server said: " + e.detail();
            case SERVER -> e.endpoint() + " failed with HTTP " + e.status() + e.afterAttempts()
                    + ": the provider has a problem; run again later. Server said: " + e.detail();
            case TIMEOUT -> e.getMessage() + ": raise the model <timeout>, ask for less, or run again later.";
            case NETWORK -> e.getMessage() + ": check the baseUrl, the network and the proxy in settings.xml.";
            case NOT_FOUND -> e.getMessage() + " (check the model <name> and the <baseUrl>).";
            case OTHER -> e.getMessage() + ".";
        };
    }

    /**
     * The closing advice when every spec failed on a model that could not be reached or let us in:
     * nothing is wrong with the specs, so it speaks only of the connection or the credential. Empty
     * when some failure is of another kind.
     */
    static String connectionOrCredentialFix(Collection<ModelCallException> failures) {
        Set<String> fixes = new LinkedHashSet<>();
        for (ModelCallException e : failures) {
            if (!e.isConnectionOrCredential()) {
                return "";
            }
            fixes.add(switch (e.kind()) {
                case NETWORK -> "The model could not be reached: check <baseUrl> in <model>, the network, and the"
                        + " active <proxy> in settings.xml, then run again.";
                case TIMEOUT -> "The model did not answer in time: check the network and the active <proxy> in"
                        + " settings.xml, or raise <timeout> in <model>, then run again.";
                default -> e.status() == 407
                        ? "The proxy refused the call: " + proxyCredentialsFix(e)
                        : "The model rejected the key from " + e.keySource() + ": set a valid key there (or renew"
                                + " it), then run again.";
            });
        }
        return String.join(" ", fixes);
    }

    private static String proxyCredentialsFix(ModelCallException e) {
        return "check the <username> and <password> of the active <proxy> in settings.xml"
                + (e.https() ? ", and for Basic authentication to an https URL run Maven with"
                + " -Djdk.http.auth.tunneling.disabledSchemes= (see docs/providers.md)." : ".");
    }
}
