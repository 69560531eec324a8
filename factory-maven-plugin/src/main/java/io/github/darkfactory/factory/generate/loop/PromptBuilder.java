package io.github.darkfactory.factory.generate.loop;

/** PLACEHOLDER (generate branch only): the loop branch's PromptBuilder replaces this file on merge. */
public final class PromptBuilder {

    public static final String PROMPT_VERSION = "placeholder";

    private PromptBuilder() {
    }
}
