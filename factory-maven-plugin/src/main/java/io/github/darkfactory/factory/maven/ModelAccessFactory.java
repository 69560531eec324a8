package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.ModelAccess;
import io.github.darkfactory.factory.generate.ModelPolicy;
import io.github.darkfactory.factory.generate.model.CodeModels;
import io.github.darkfactory.factory.generate.model.ModelSettings;
import io.github.darkfactory.factory.log.FactoryLog;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.util.Optional;

/** Whether this invocation of the generate goal may call the configured model (CONTRACT §4.2), and how. */
final class ModelAccessFactory {

    private ModelAccessFactory() {
    }

    /**
     * @param model       the {@code <model>} configuration, or null
     * @param commandLine invoked as {@code mvn factory:generate}, not bound to a phase
     * @param frozen      {@code factory.frozen}, or null when unset
     */
    static ModelAccess create(ModelConfig model, Settings settings, SettingsDecrypter decrypter, boolean commandLine,
                              Boolean frozen, boolean offline, FactoryLog log) throws MojoExecutionException {
        // the log tells the user why a configured model counts as absent (say, an undecryptable password)
        Optional<ModelSettings> found = model == null ? Optional.empty()
                : ModelSettingsFactory.create(model, settings, decrypter, System.getenv(), log);
        String refusal = ModelPolicy.refusal(commandLine, frozen, offline, model != null,
                model == null || found.isPresent() ? null : missingKey(model));
        return refusal != null ? ModelAccess.refused(refusal)
                : ModelAccess.allowed(() -> CodeModels.create(found.orElseThrow(), log));
    }

    private static String missingKey(ModelConfig model) {
        if (model.getApiKeyEnv() != null) {
            return "environment variable " + model.getApiKeyEnv() + " is not set";
        }
        if (model.getServerId() != null) {
            return "settings.xml has no <server> with id '" + model.getServerId() + "'";
        }
        return "configure <apiKeyEnv> or <serverId> in <model>";
    }
}
