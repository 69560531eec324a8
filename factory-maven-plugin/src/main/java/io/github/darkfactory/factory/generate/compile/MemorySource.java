package io.github.darkfactory.factory.generate.compile;

import javax.tools.SimpleJavaFileObject;
import java.net.URI;

/** A source held in memory, named by its path relative to a source root. */
final class MemorySource extends SimpleJavaFileObject {

    private final String relativePath;
    private final String text;

    MemorySource(String relativePath, String text) {
        super(URI.create("memory:///" + relativePath.replace('\\', '/')), Kind.SOURCE);
        this.relativePath = relativePath;
        this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
    }

    /** The path relative to a source root, as given ({@code com/acme/Foo.java}). */
    String relativePath() {
        return relativePath;
    }

    /** {@code com.acme.Foo} for {@code com/acme/Foo.java}: the type a source path file must declare. */
    String binaryName() {
        String path = relativePath.replace('\\', '/');
        return path.substring(0, path.length() - Kind.SOURCE.extension.length()).replace('/', '.');
    }

    String packageName() {
        String name = binaryName();
        return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
    }
}
