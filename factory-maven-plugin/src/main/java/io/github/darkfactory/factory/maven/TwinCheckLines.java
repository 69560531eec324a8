package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.twintools.RecordedExchanges;
import io.github.darkfactory.factory.twintools.TwinCheckResult;
import org.apache.maven.plugin.logging.Log;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/** What {@code twin-check} prints: the summary line, each difference, each mapping it could not replay, the failure. */
final class TwinCheckLines {

    private TwinCheckLines() {
    }

    static void print(TwinCheckResult result, Log log) {
        if (result.agrees()) {
            log.info(result.summary());
        } else {
            log.error(result.summary());
        }
        for (TwinCheckResult.Difference difference : result.differences()) {
            log.error("  differs: " + difference.method() + " " + difference.url() + " (" + difference.mapping() + ")");
            difference.what().forEach(what -> log.error("    " + what));
        }
        for (RecordedExchanges.Skipped skipped : result.skipped()) {
            log.warn("  not replayed: " + skipped.request() + " (" + skipped.mapping() + "): " + skipped.reason());
        }
    }

    /** factory:twin-record keeps a mapping that already answers a request, so the differing files must go first. */
    static String differs(TwinCheckResult result, URI uri, Path report) {
        List<String> files = result.differences().stream().map(TwinCheckResult.Difference::mapping).distinct().toList();
        boolean one = files.size() == 1;
        return "The twin " + result.name() + " differs from the service at " + uri + " in " + result.differences().size()
                + " of " + result.exchanges() + " exchanges (listed above, and in " + report + "): delete the differing"
                + " mapping file" + (one ? " " : "s ") + String.join(", ", files) + " (in the twin project's"
                + " src/main/resources) and record " + (one ? "it" : "them") + " again with factory:"
                + PropertyNames.GOAL_TWIN_RECORD + ", which keeps a mapping that already answers a request; or correct "
                + (one ? "it" : "them") + " by hand. Then release the twin and pin the new version in the product.";
    }
}
