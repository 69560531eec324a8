package io.github.darkfactory.factory.generate.plan;

/** A spec that needs generating, and why in words a user recognises. */
public record StaleSpec(String specId, String reason) {
}
