package io.github.darkfactory.factory.generate.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one in-memory compile: errors, or the classes and top-level types of the given
 * sources (classes of source roots and the classpath are compiled for reference only, never kept).
 */
public record CompileResult(List<CompileError> errors, List<ClassFile> classes, List<TopLevelType> types) {

    public CompileResult {
        errors = List.copyOf(errors);
        classes = List.copyOf(classes);
        types = List.copyOf(types);
    }

    public boolean success() {
        return errors.isEmpty();
    }

    /** Writes the class files of the given sources under {@code classRoot}, in package directories. */
    public void writeClasses(Path classRoot, java.util.function.Predicate<ClassFile> which) {
        try {
            for (ClassFile c : classes) {
                if (which.test(c)) {
                    Path target = classRoot.resolve(c.relativePath());
                    Files.createDirectories(target.getParent());
                    Files.write(target, c.bytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write compiled classes to " + classRoot, e);
        }
    }
}
