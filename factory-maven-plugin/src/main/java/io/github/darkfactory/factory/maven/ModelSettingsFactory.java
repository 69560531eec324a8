package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.model.ModelSettings;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.util.Map;
import java.util.Optional;

/** PLACEHOLDER (generate branch only): the providers branch's ModelSettingsFactory replaces this file on merge. */
public final class ModelSettingsFactory {

    private ModelSettingsFactory() {
    }

    public static Optional<ModelSettings> create(ModelConfig config, Settings settings, SettingsDecrypter decrypter,
                                                 Map<String, String> environment) {
        return Optional.empty();
    }
}
