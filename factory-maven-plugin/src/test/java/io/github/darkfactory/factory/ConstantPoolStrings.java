package io.github.darkfactory.factory;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The string constants of a class file: the text of every CONSTANT_String entry of its constant
 * pool, which is every string literal and compile-time constant the class uses (string
 * concatenation recipes included). ArchUnit does not expose them, so this reads the pool itself
 * (JVMS 4.4); nothing else of the class file is read.
 */
final class ConstantPoolStrings {

    private static final int UTF8 = 1;
    private static final int STRING = 8;

    private ConstantPoolStrings() {
    }

    static List<String> of(Path classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Files.readAllBytes(classFile)))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException(classFile + " is not a class file");
            }
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            Map<Integer, String> utf8 = new HashMap<>();
            List<Integer> strings = new ArrayList<>();
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case UTF8 -> utf8.put(index, in.readUTF());
                    case STRING -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.skipNBytes(2); // Class, MethodType, Module, Package
                    case 15 -> in.skipNBytes(3); // MethodHandle
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
                    case 5, 6 -> { // Long and Double take two entries
                        in.skipNBytes(8);
                        index++;
                    }
                    default -> throw new IllegalArgumentException(classFile + ": unknown constant pool tag " + tag);
                }
            }
            return strings.stream().map(utf8::get).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
