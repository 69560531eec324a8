package io.github.darkfactory.factory.generate.model;

/** PLACEHOLDER (generate branch only): the providers branch's ModelSettings replaces this file on merge. */
public record ModelSettings(String provider, String name) {
}
