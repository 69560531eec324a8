package io.github.darkfactory.rules.testexamples.capabilities.files;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;

public class Saver {
    public void save(String name, String text) throws IOException {
        try (PrintWriter out = new PrintWriter(name)) {
            out.print(text);
        }
    }

    public String render(String text) {
        StringWriter buffer = new StringWriter();
        new PrintWriter(buffer).print(text);
        return buffer.toString();
    }

    public String load(String name) throws IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of(name));
    }
}
