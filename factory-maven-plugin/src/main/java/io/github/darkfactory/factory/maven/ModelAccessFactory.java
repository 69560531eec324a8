package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.ModelAccess;
import io.github.darkfactory.factory.generate.ModelPolicy;
import io.github.darkfactory.factory.generate.ModelRefusal;
import io.github.darkfactory.factory.generate.model.CodeModels;
import io.github.darkfactory.factory.generate.model.ModelSettings;
import io.github.darkfactory.factory.log.FactoryLog;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.util.Optional;

/** Whether this invocation of the generate goal may call the configured model (docs/goals/generate.md), and how. */
final class ModelAccessFactory {

    private ModelAccessFactory() {
    }

    /**
     * @param model       the {@code <model>} configuration, or null
     * @param session     whether Maven runs offline, and settings.xml (the key's server, the proxy)
     * @param commandLine invoked as {@code mvn factory:generate}, not bound to a phase
     * @param frozen      {@code factory.frozen}, or null when unset
     */
    static ModelAccess create(ModelConfig model, MavenSession session, SettingsDecrypter decrypter, boolean commandLine,
                              Boolean frozen, FactoryLog log) throws MojoExecutionException {
        Settings settings = session.getSettings();
        boolean offline = session.isOffline();
        // the log tells the user why a configured model counts as absent (say, an undecryptable password)
        Optional<ModelSettings> found = model == null ? Optional.empty()
                : ModelSettingsFactory.create(model, settings, decrypter, System.getenv(), log);
        Optional<ModelRefusal> refusal = ModelPolicy.refusal(commandLine, frozen, offline, model != null,
                model == null || found.isPresent() ? null
                        : new ModelRefusal.MissingKey(model.getApiKeyEnv(), model.getServerId()));
        return refusal.isPresent() ? ModelAccess.refused(refusal.get())
                : ModelAccess.allowed(() -> CodeModels.create(found.orElseThrow(), log));
    }
}
