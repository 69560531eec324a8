package io.github.darkfactory.factory.generate.model;

class AnthropicCodeModelTest extends AbstractCodeModelContractTest {

    @Override
    String provider() {
        return "anthropic";
    }
}
