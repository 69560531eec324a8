package io.github.darkfactory.factory.generate.compile;

import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * javac's standard file managers, kept between the compiles of one generate run. A file manager
 * opens the jars of its class path (and reads their manifests' Class-Path) the first time a compile
 * needs them and keeps them open; a fresh one per compile repeats that for every check (what that
 * costs: docs/performance.md, the generate section). A manager serves one compile at a time; the
 * pool is thread-safe.
 *
 * <p>Close the pool when the run ends, so that the jars are closed (and a later run, in a long-lived
 * Maven daemon, sees rebuilt jars). A manager still in use then is closed when it is given back.
 */
public final class FileManagerPool implements AutoCloseable {

    /** A manager's locations: the release is an option of each compile, not of its file manager. */
    private record Key(List<Path> classpath, List<Path> sourceRoots) {
        static Key of(CompileInputs inputs) {
            return new Key(inputs.classpath(), inputs.sourceRoots());
        }
    }

    private final Map<Key, Deque<StandardJavaFileManager>> idle = new HashMap<>();
    private boolean closed;

    /** An idle manager for the paths of {@code inputs}, or a new one with its locations set. */
    StandardJavaFileManager borrow(JavaCompiler javac, CompileInputs inputs) throws IOException {
        synchronized (this) {
            Deque<StandardJavaFileManager> managers = idle.get(Key.of(inputs));
            if (!closed && managers != null && !managers.isEmpty()) {
                return managers.pop();
            }
        }
        return JavaCompilation.fileManager(javac, null, inputs);
    }

    /**
     * @param reusable false when the compile failed unexpectedly: the manager is closed, not kept
     */
    void giveBack(StandardJavaFileManager manager, CompileInputs inputs, boolean reusable) {
        synchronized (this) {
            if (!closed && reusable) {
                idle.computeIfAbsent(Key.of(inputs), k -> new ArrayDeque<>()).push(manager);
                return;
            }
        }
        closeQuietly(List.of(manager));
    }

    @Override
    public void close() {
        List<StandardJavaFileManager> managers = new ArrayList<>();
        synchronized (this) {
            closed = true;
            idle.values().forEach(managers::addAll);
            idle.clear();
        }
        closeQuietly(managers);
    }

    private static void closeQuietly(List<StandardJavaFileManager> managers) {
        UncheckedIOException failure = null;
        for (StandardJavaFileManager manager : managers) {
            try {
                manager.close();
            } catch (IOException e) {
                failure = new UncheckedIOException("cannot close a javac file manager", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
