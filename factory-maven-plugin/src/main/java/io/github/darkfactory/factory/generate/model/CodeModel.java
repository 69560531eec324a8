package io.github.darkfactory.factory.generate.model;

/**
 * The core's port to a language model. Implementations wrap a real LangChain4j provider client;
 * tests point those clients at loopback twins of the provider's wire protocol.
 */
public interface CodeModel {

    /** One stateless exchange. Throws {@link ModelCallException} when the provider cannot answer. */
    ModelReply ask(String systemPrompt, String userPrompt);

    /** Provider id as configured: openai, anthropic or ollama. */
    String provider();

    /** Model name as configured. */
    String name();
}
