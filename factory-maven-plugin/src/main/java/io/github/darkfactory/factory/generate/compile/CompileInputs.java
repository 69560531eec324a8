package io.github.darkfactory.factory.generate.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a compile of a module's code compiles against, the same for every compile of one run.
 *
 * @param classpath   jars and class directories to compile against (missing entries are ignored);
 *                    must not hold a previous build of the generated code (target/classes), or stale
 *                    classes would satisfy the compile
 * @param sourceRoots directories whose sources may be referenced, such as src/main/java and the
 *                    materialized contracts root (missing entries are ignored)
 * @param release     the {@code --release} to compile for, such as {@code 17}; null or blank for the
 *                    running JDK's own level
 */
public record CompileInputs(List<Path> classpath, List<Path> sourceRoots, String release) {

    public CompileInputs {
        classpath = List.copyOf(classpath);
        sourceRoots = List.copyOf(sourceRoots);
    }

    /** These inputs without the class path entries and source roots that do not exist. */
    CompileInputs existing() {
        return new CompileInputs(existing(classpath), existing(sourceRoots), release);
    }

    private static List<Path> existing(List<Path> paths) {
        return paths.stream().filter(Files::exists).toList();
    }
}
