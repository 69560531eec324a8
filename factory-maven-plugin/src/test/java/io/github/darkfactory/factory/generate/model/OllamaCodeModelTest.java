package io.github.darkfactory.factory.generate.model;

class OllamaCodeModelTest extends AbstractCodeModelContractTest {

    @Override
    String provider() {
        return "ollama";
    }
}
