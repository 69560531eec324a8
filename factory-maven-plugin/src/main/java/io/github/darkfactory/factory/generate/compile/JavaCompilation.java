package io.github.darkfactory.factory.generate.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** PLACEHOLDER (generate branch only): the loop branch's JavaCompilation replaces this file on merge. */
public final class JavaCompilation {

    public CompileResult compile(Map<String, String> sources, List<Path> classpath, List<Path> sourceRoots,
                                 String release) {
        throw new UnsupportedOperationException("placeholder: JavaCompilation lands with the loop branch");
    }
}
