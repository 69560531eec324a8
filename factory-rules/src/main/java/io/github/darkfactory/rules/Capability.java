package io.github.darkfactory.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A JDK capability a spec may grant its package in front matter ({@code capabilities: [network]}).
 * Code in a spec's package may use the JDK APIs of the capabilities its spec grants and of no other;
 * {@link #apis()} lists what each one covers (docs/rules/capabilities.md explains every entry).
 */
public enum Capability {

    /** Sockets, URLs, HTTP and other connections. */
    NETWORK("sockets, URLs, HTTP clients and servers, DNS lookups"),
    /** Reading and writing files and directories. */
    FILES("files, directories and file channels"),
    /** Starting or stopping processes, including the JVM itself. */
    PROCESSES("starting processes, exiting or halting the JVM, shutdown hooks"),
    /** Looking at or reaching into classes, class loaders and their resources, and the JVM's internals. */
    REFLECTION("reflection, class loading and class-path resources, private method-handle lookups, Unsafe"),
    /** Starting threads and running tasks on them. */
    THREADS("starting threads, executors, fork/join pools, asynchronous futures, parallel streams, timers"),
    /** Reading the process environment and the system properties. */
    ENVIRONMENT("environment variables, system properties and preferences"),
    /** Native code. */
    NATIVE("native libraries, native methods and the foreign function and memory API");

    private final String summary;

    Capability(String summary) {
        this.summary = summary;
    }

    /** The name used in a spec's front matter, such as {@code network}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the capability allows, in a few words, for prompts and messages. */
    public String summary() {
        return summary;
    }

    /** Every JDK API this capability covers, one per entry, as docs/rules/capabilities.md lists them. */
    public List<String> apis() {
        return CapabilityCatalog.apisOf(this);
    }

    /** The capability named {@code id} ({@code network}, ...), or empty when there is none. */
    public static Optional<Capability> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id().equals(id)).findFirst();
    }

    /** The names of every capability, in their declared order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(Capability::id).toList();
    }
}
