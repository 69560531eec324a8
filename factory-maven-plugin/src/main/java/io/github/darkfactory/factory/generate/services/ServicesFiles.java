package io.github.darkfactory.factory.generate.services;

import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The {@code META-INF/services} files under the plugin's resource root. They are derived data:
 * always rebuilt from every lock entry, so a removed spec or provider disappears with its entry.
 */
public final class ServicesFiles {

    /** Where the files live, relative to a resource root. */
    public static final String DIRECTORY = "META-INF/services";

    private ServicesFiles() {
    }

    /** One interface claimed by more than one generated class. */
    public record Conflict(String iface, Map<String, String> implBySpec) {

        public String render() {
            return "interface " + iface + " has several generated providers: " + implBySpec
                    + " — one interface may have one generated implementation; change the specs so that only one"
                    + " of them implements it";
        }
    }

    public static List<Conflict> conflicts(Map<String, LockEntry> entries) {
        Map<String, Map<String, String>> byIface = new TreeMap<>();
        entries.forEach((spec, entry) -> entry.services().forEach((iface, impl) ->
                byIface.computeIfAbsent(iface, k -> new TreeMap<>()).put(spec, impl)));
        return byIface.entrySet().stream()
                .filter(e -> e.getValue().values().stream().distinct().count() > 1)
                .map(e -> new Conflict(e.getKey(), e.getValue()))
                .toList();
    }

    /** The services files a lock calls for, by absolute path, sorted lines, LF, trailing newline. */
    public static Map<Path, byte[]> files(Lock lock, Path resourceRoot) {
        Map<Path, byte[]> files = new TreeMap<>();
        lock.services().forEach((iface, impls) -> files.put(resourceRoot.resolve(DIRECTORY).resolve(iface),
                (String.join("\n", new TreeSet<>(impls)) + "\n").getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    /** Services files on disk that the lock no longer calls for. */
    public static Set<Path> obsolete(Lock lock, Path resourceRoot) {
        Set<Path> wanted = files(lock, resourceRoot).keySet();
        Path dir = resourceRoot.resolve(DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return Set.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !wanted.contains(p)).filter(Files::isRegularFile)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Interfaces the lock registers that {@code src/main/resources} also registers by hand: two
     * files of one name on the runtime classpath, of which only one would win.
     */
    public static List<Path> clashes(Lock lock, Path mainResources) {
        Path dir = mainResources.resolve(DIRECTORY);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        // one listing rather than one lookup per interface: this runs in every build
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> lock.services().containsKey(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
