package io.github.darkfactory.factory.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All specs of a module, validated together, sorted by id. */
public final class SpecSet {

    private final Map<String, Spec> byId = new LinkedHashMap<>();

    public SpecSet(List<Spec> specs) {
        specs.stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(s -> byId.put(s.id(), s));
    }

    public List<Spec> specs() {
        return List.copyOf(byId.values());
    }

    public Optional<Spec> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public List<Requirement> requirements() {
        return byId.values().stream().flatMap(s -> s.requirements().stream()).toList();
    }
}
