package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.Layer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PLACEHOLDER until the specs branch lands the real loader (same signature): reads only what the
 * scenarios goal needs — the front-matter {@code id} and {@code package}, and the requirement
 * bullets — and validates nothing. On merge, take the specs branch's version of this file.
 */
public final class SpecLoader {

    private static final Pattern FRONT_MATTER_FIELD = Pattern.compile("^(id|package):\\s*(\\S+)");
    private static final Pattern REQUIREMENT = Pattern.compile("^- ([A-Z][A-Z0-9]*-[0-9]+):\\s*(.*)$");

    private SpecLoader() {
    }

    public static SpecSet load(Path specsDirectory, List<Layer> layers) throws InvalidSpecsException {
        if (!Files.isDirectory(specsDirectory)) {
            return new SpecSet(List.of());
        }
        try (Stream<Path> files = Files.walk(specsDirectory)) {
            List<Spec> specs = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                specs.add(read(file));
            }
            return new SpecSet(specs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Spec read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String[] lines = text.split("\r?\n", -1);
        String id = null;
        String packageName = null;
        List<Requirement> requirements = new ArrayList<>();
        boolean inRequirements = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher field = FRONT_MATTER_FIELD.matcher(line);
            if (field.find() && (id == null || packageName == null)) {
                if (field.group(1).equals("id")) {
                    id = field.group(2);
                } else {
                    packageName = field.group(2);
                }
            } else if (line.startsWith("## ")) {
                inRequirements = line.trim().equals("## Requirements");
            } else if (inRequirements) {
                Matcher bullet = REQUIREMENT.matcher(line);
                if (bullet.matches()) {
                    requirements.add(new Requirement(bullet.group(1), bullet.group(2).trim(), id, i + 1));
                } else if (!line.isBlank() && !requirements.isEmpty()) {
                    Requirement last = requirements.remove(requirements.size() - 1);
                    requirements.add(new Requirement(last.id(), last.text() + " " + line.trim(), last.specId(), last.line()));
                }
            }
        }
        return new Spec(id, packageName, null, List.of(), file, text, List.of(), requirements);
    }
}
