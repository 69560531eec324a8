package io.github.darkfactory.factory.generate.compile;

/**
 * One compiled class held in memory.
 *
 * @param className  binary name, such as {@code com.acme.Outer$Inner}
 * @param sourceFile relative path of the in-memory source it came from
 * @param bytes      the class file
 */
public record ClassFile(String className, String sourceFile, byte[] bytes) {

    /** Path of the class file relative to a class root. */
    public String relativePath() {
        return className.replace('.', '/') + ".class";
    }
}
