package io.github.darkfactory.factory.generate.plan;

import io.github.darkfactory.factory.generate.lock.InputHash;
import io.github.darkfactory.factory.generate.lock.Lock;
import io.github.darkfactory.factory.generate.lock.LockEntry;
import io.github.darkfactory.factory.spec.Spec;
import io.github.darkfactory.factory.spec.SpecSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares specs, the lock and the files on disk; pure, so it is cheap enough for every CI build. */
public final class Planner {

    /** The regenerate value that forces every spec. */
    public static final String ALL = "all";

    /** sha256 of an owned file as it is on disk, or null when it does not exist. */
    @FunctionalInterface
    public interface FileHashes {
        String hashOf(String path);
    }

    private Planner() {
    }

    /** As {@link #plan(SpecSet, Lock, Function, FileHashes, Set, Set, Set)} without holdout feedback. */
    public static Plan plan(SpecSet specs, Lock lock, Function<Spec, String> inputHash, FileHashes disk,
                            Set<String> forced, Set<String> generatedThisSession) {
        return plan(specs, lock, inputHash, disk, forced, Set.of(), generatedThisSession);
    }

    /**
     * @param inputHash            {@link InputHash#of} each spec of {@code specs}, or a cache of it
     * @param forced               spec ids the user asked to regenerate (see {@link #parseRegenerate})
     * @param fedBack              spec ids owning a requirement named by holdout feedback: regenerated
     *                             although their inputs are unchanged
     * @param generatedThisSession specs already generated earlier in this build: never forced again
     */
    public static Plan plan(SpecSet specs, Lock lock, Function<Spec, String> inputHash, FileHashes disk,
                            Set<String> forced, Set<String> fedBack, Set<String> generatedThisSession) {
        Map<String, String> hashes = new LinkedHashMap<>();
        List<String> upToDate = new ArrayList<>();
        List<StaleSpec> stale = new ArrayList<>();
        List<OwnedFile> handEdited = new ArrayList<>();
        List<OwnedFile> missing = new ArrayList<>();
        // the hashing is the work here, done in parallel: at hundreds of specs it shows in every CI build
        List<Spec> all = specs.specs();
        List<String> inputHashes = all.parallelStream().map(inputHash).toList();
        FileHashes onDisk = hashedInParallel(all, lock, disk);
        for (int i = 0; i < all.size(); i++) {
            Spec spec = all.get(i);
            String hash = inputHashes.get(i);
            hashes.put(spec.id(), hash);
            LockEntry entry = lock.entry(spec.id());
            if (entry == null) {
                stale.add(new StaleSpec(spec.id(), StaleSpec.Reason.NEVER_GENERATED));
                continue;
            }
            boolean filesMatch = checkFiles(spec.id(), entry, onDisk, handEdited, missing);
            if (!hash.equals(entry.inputHash())) {
                stale.add(new StaleSpec(spec.id(), StaleSpec.Reason.INPUTS_CHANGED));
            } else if (fedBack.contains(spec.id()) && !generatedThisSession.contains(spec.id())) {
                stale.add(new StaleSpec(spec.id(), StaleSpec.Reason.HOLDOUT_FEEDBACK));
            } else if (forced.contains(spec.id()) && !generatedThisSession.contains(spec.id())) {
                stale.add(new StaleSpec(spec.id(), StaleSpec.Reason.REGENERATION_ASKED));
            } else if (filesMatch) {
                upToDate.add(spec.id());
            }
        }
        List<String> orphans = lock.specs().keySet().stream().filter(id -> specs.find(id).isEmpty()).toList();
        return new Plan(hashes, upToDate, stale, handEdited, missing, orphans);
    }

    /** The disk hashes of every file the lock gives to an existing spec, computed at once. */
    private static FileHashes hashedInParallel(List<Spec> specs, Lock lock, FileHashes disk) {
        Map<String, String> hashes = new ConcurrentHashMap<>();
        specs.parallelStream().map(spec -> lock.entry(spec.id())).filter(Objects::nonNull)
                .flatMap(entry -> entry.files().keySet().stream())
                .forEach(path -> {
                    String hash = disk.hashOf(path);
                    if (hash != null) {
                        hashes.put(path, hash);
                    }
                });
        return hashes::get;
    }

    private static boolean checkFiles(String specId, LockEntry entry, FileHashes disk,
                                      List<OwnedFile> handEdited, List<OwnedFile> missing) {
        boolean match = true;
        for (Map.Entry<String, String> file : entry.files().entrySet()) {
            String actual = disk.hashOf(file.getKey());
            if (actual == null) {
                missing.add(new OwnedFile(specId, file.getKey()));
                match = false;
            } else if (!actual.equals(file.getValue())) {
                handEdited.add(new OwnedFile(specId, file.getKey()));
                match = false;
            }
        }
        return match;
    }

    /**
     * The ids the user asked to regenerate: a comma-separated list, or {@value #ALL}.
     *
     * @throws UnknownSpecIdsException naming the unknown ids and listing the known ones
     */
    public static Set<String> parseRegenerate(String value, SpecSet specs) throws UnknownSpecIdsException {
        Set<String> known = specs.specs().stream().map(Spec::id).collect(Collectors.toCollection(TreeSet::new));
        if (value == null || value.isBlank()) {
            return Set.of();
        }
        Set<String> ids = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        if (ids.contains(ALL)) {
            return known;
        }
        List<String> unknown = ids.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownSpecIdsException(unknown, List.copyOf(known));
        }
        return ids;
    }

    /** The ids to regenerate named specs that do not exist. */
    public static final class UnknownSpecIdsException extends Exception {

        private final List<String> unknown;
        private final List<String> known;

        public UnknownSpecIdsException(List<String> unknown, List<String> known) {
            super("unknown spec id(s) " + unknown + "; known ids: " + known);
            this.unknown = List.copyOf(unknown);
            this.known = List.copyOf(known);
        }

        public List<String> unknown() {
            return unknown;
        }

        public List<String> known() {
            return known;
        }
    }
}
