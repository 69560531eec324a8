package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.log.FactoryLog;
import org.apache.maven.plugin.logging.Log;

/** Forwards the core's log port to Maven's log. */
public final class MavenFactoryLog implements FactoryLog {

    private final Log log;

    public MavenFactoryLog(Log log) {
        this.log = log;
    }

    @Override public void info(String message) { log.info(message); }
    @Override public void warn(String message) { log.warn(message); }
    @Override public void error(String message) { log.error(message); }
    @Override public void debug(String message) { log.debug(message); }
}
