package io.github.darkfactory.factory.log;

/** The core's only way to talk to the user; the Maven adapter forwards it to Maven's log. */
public interface FactoryLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    void debug(String message);

    /** A log that drops everything, for callers with nobody to tell. */
    FactoryLog SILENT = new FactoryLog() {
        @Override public void info(String message) { }
        @Override public void warn(String message) { }
        @Override public void error(String message) { }
        @Override public void debug(String message) { }
    };
}
