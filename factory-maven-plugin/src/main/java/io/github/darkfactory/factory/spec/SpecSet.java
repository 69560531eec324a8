package io.github.darkfactory.factory.spec;

import io.github.darkfactory.rules.Capability;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /** The capabilities each spec grants, by the spec's package; a spec that grants none has an empty set. */
    public Map<String, Set<Capability>> capabilityGrants() {
        Map<String, Set<Capability>> grants = new LinkedHashMap<>();
        byId.values().forEach(spec -> grants.put(spec.packageName(), spec.capabilities()));
        return Collections.unmodifiableMap(grants);
    }

    public List<Requirement> requirements() {
        return byId.values().stream().flatMap(s -> s.requirements().stream()).toList();
    }
}
