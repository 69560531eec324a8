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
        return switch (e.call().kind()) {
            case AUTHENTICATION -> e.call().status() == 407
                    ? e.getMessage() + ": " + proxyCredentialsFix(e)
                    : e.getMessage() + ": check the key, or renew it, and run again.";
            case RATE_LIMIT -> e.call().endpoint() + " kept refusing with HTTP 429 (rate limit)" + e.call().afterAttempts()
                    + ": wait and run again, lower " + PropertyNames.PARALLELISM
                    + ", or raise the account's rate limit. Server said: " + e.call().detail();
            case SERVER -> e.call().endpoint() + " failed with HTTP " + e.call().status() + e.call().afterAttempts()
                    + ": the provider has a problem; run again later. Server said: " + e.call().detail();
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
            if (!e.call().isConnectionOrCredential()) {
                return "";
            }
            fixes.add(switch (e.call().kind()) {
                case NETWORK -> "The model could not be reached: check <baseUrl> in <model>, the network, and the"
                        + " active <proxy> in settings.xml, then run again.";
                case TIMEOUT -> "The model did not answer in time: check the network and the active <proxy> in"
                        + " settings.xml, or raise <timeout> in <model>, then run again.";
                default -> e.call().status() == 407
                        ? "The proxy refused the call: " + proxyCredentialsFix(e)
                        : "The model rejected the key from " + e.call().keySource() + ": set a valid key there (or renew"
                                + " it), then run again.";
            });
        }
        return String.join(" ", fixes);
    }

    private static String proxyCredentialsFix(ModelCallException e) {
        return "check the <username> and <password> of the active <proxy> in settings.xml"
                + (e.call().https() ? ", and for Basic authentication to an https URL run Maven with"
                + " -Djdk.http.auth.tunneling.disabledSchemes= (see docs/providers.md)." : ".");
    }
}
