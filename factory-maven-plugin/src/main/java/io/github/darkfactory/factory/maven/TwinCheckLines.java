package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.twintools.RecordedExchanges;
import io.github.darkfactory.factory.twintools.TwinCheckResult;
import org.apache.maven.plugin.logging.Log;

/** What {@code twin-check} prints: the summary line, each difference, each mapping it could not replay. */
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
}
