package io.github.darkfactory.factory.spec;

/** One requirement bullet: {@code - PRC-1: WHEN ... THEN ...}, continuation lines joined with a space. */
public record Requirement(String id, String text, String specId, int line) {
}
