package io.github.darkfactory.factory.generate.loop;

import java.nio.file.Path;
import java.util.List;

/**
 * The product's own tests, which the loop compiles and runs against each candidate that passed
 * the other checks (docs/generation-loop.md, "The product's own tests"). Resolved once per run by
 * the adapter.
 *
 * @param sourceRoots      the test source roots ({@code src/test/java})
 * @param classpath        the test classpath's libraries, without the project's own output
 *                         directories (stale classes of earlier builds must not satisfy anything)
 * @param resourceRoots    resource directories put on the test JVM's classpath as they are
 *                         ({@code src/test/resources}, {@code src/main/resources}); missing ones are left out
 * @param launcher         the JUnit Platform launcher and what it needs, when the classpath lacks one
 * @param javaExecutable   the {@code java} of the test JVM
 * @param workingDirectory the test JVM's working directory (the project base directory)
 * @param workDirectory    {@code target/factory/loop-tests}: one directory per spec below it
 * @param timeoutSeconds   how long one run of the tests may take before its JVM is killed
 */
public record ProductTests(List<Path> sourceRoots, List<Path> classpath, List<Path> resourceRoots, List<Path> launcher,
                           Path javaExecutable, Path workingDirectory, Path workDirectory, long timeoutSeconds) {

    public ProductTests {
        sourceRoots = List.copyOf(sourceRoots);
        classpath = List.copyOf(classpath);
        resourceRoots = List.copyOf(resourceRoots);
        launcher = List.copyOf(launcher);
    }
}
