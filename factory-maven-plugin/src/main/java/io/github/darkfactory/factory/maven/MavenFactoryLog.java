package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.log.FactoryLog;
import org.apache.maven.plugin.logging.Log;

import java.util.concurrent.atomic.AtomicInteger;

/** Forwards the core's log port to Maven's log. */
public final class MavenFactoryLog implements FactoryLog {

    private final Log log;
    private final AtomicInteger warnings = new AtomicInteger();

    public MavenFactoryLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        warnings.incrementAndGet();
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }

    @Override
    public void debug(String message) {
        log.debug(message);
    }

    /** How many warnings went through this log: the generate goal does not vouch for a check that warned. */
    public int warnings() {
        return warnings.get();
    }
}
