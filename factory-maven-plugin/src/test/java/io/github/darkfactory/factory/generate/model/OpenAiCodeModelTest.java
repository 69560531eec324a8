package io.github.darkfactory.factory.generate.model;

class OpenAiCodeModelTest extends AbstractCodeModelContractTest {

    @Override
    String provider() {
        return "openai";
    }
}
