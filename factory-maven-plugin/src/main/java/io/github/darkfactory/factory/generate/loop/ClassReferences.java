package io.github.darkfactory.factory.generate.loop;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Whether a class file mentions a package, read from its constant pool: every class it references
 * (its own name, supertypes, fields, method and annotation descriptors, generic signatures) is a
 * UTF-8 entry there in internal form ({@code com/acme/pricing/Quote}). Cheaper than loading or
 * importing anything, and exact for what javac compiled: a test that uses a spec's type by import,
 * qualified name or from the same package has it in its constant pool.
 */
final class ClassReferences {

    private ClassReferences() {
    }

    /** @param packageName such as {@code com.acme.pricing}; its subpackages count too */
    static boolean usesPackage(byte[] classFile, String packageName) {
        String prefix = packageName.replace('.', '/') + "/";
        ByteBuffer in = ByteBuffer.wrap(classFile);
        if (in.remaining() < 10 || in.getInt() != 0xCAFEBABE) {
            throw new IllegalArgumentException("not a class file");
        }
        in.getShort(); // minor version
        in.getShort(); // major version
        int count = Short.toUnsignedInt(in.getShort());
        for (int i = 1; i < count; i++) {
            int tag = Byte.toUnsignedInt(in.get());
            switch (tag) {
                case 1 -> {
                    int length = Short.toUnsignedInt(in.getShort());
                    // modified UTF-8 differs from UTF-8 only in characters no package prefix contains
                    String text = new String(classFile, in.position(), length, StandardCharsets.UTF_8);
                    if (text.contains(prefix)) {
                        return true;
                    }
                    in.position(in.position() + length);
                }
                case 7, 8, 16, 19, 20 -> in.position(in.position() + 2);
                case 15 -> in.position(in.position() + 3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.position(in.position() + 4);
                case 5, 6 -> {
                    in.position(in.position() + 8);
                    i++; // a long or double takes two entries
                }
                default -> throw new IllegalArgumentException("unknown constant pool tag " + tag + " at entry " + i);
            }
        }
        return false;
    }
}
