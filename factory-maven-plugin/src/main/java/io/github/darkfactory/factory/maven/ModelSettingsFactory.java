package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.generate.model.CodeModels;
import io.github.darkfactory.factory.generate.model.ModelSettings;
import io.github.darkfactory.factory.log.FactoryLog;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the {@code <model>} parameter, settings.xml and the environment into {@link ModelSettings}.
 * The key comes from the environment variable named by {@code <apiKeyEnv>} or from the password of
 * the settings.xml {@code <server>} named by {@code <serverId>}, decrypted the Maven way; HTTP goes
 * through the active settings.xml proxy.
 *
 * <p>No model (empty) is a normal outcome: no {@code <model>}, an unset variable, a missing server,
 * a server password that cannot be decrypted (so that a CI build that needs no model never fails
 * on a credential; pass a log to the five-argument form to tell the user why).
 * The caller decides whether that matters (it does only when a stale spec must be generated).
 * A {@code <model>} that is wrong in itself fails with the parameter and the fix.
 */
public final class ModelSettingsFactory {

    private ModelSettingsFactory() {
    }

    public static Optional<ModelSettings> create(ModelConfig config, Settings settings, SettingsDecrypter decrypter,
                                                 Map<String, String> environment) throws MojoExecutionException {
        return create(config, settings, decrypter, environment, FactoryLog.SILENT);
    }

    /** As {@link #create(ModelConfig, Settings, SettingsDecrypter, Map)}, telling {@code log} why there is no model. */
    public static Optional<ModelSettings> create(ModelConfig config, Settings settings, SettingsDecrypter decrypter,
                                                 Map<String, String> environment, FactoryLog log)
            throws MojoExecutionException {
        if (config == null) {
            log.debug("No <model> configured.");
            return Optional.empty();
        }
        String provider = provider(config);
        String name = required(config.getName(), "name",
                "set the provider's model name, for example <name>gpt-5.1-codex</name>");
        String baseUrl = baseUrl(config);
        Duration timeout = timeout(config);
        int maxTokens = maxTokens(config);
        String apiKeyEnv = blankToNull(config.getApiKeyEnv());
        String serverId = blankToNull(config.getServerId());
        if (apiKeyEnv != null && serverId != null) {
            throw invalid("sets both <apiKeyEnv> and <serverId>", "keep the one that holds the key");
        }
        boolean keyless = provider.equals("ollama");
        if (apiKeyEnv == null && serverId == null && !keyless) {
            throw invalid("says nowhere where the " + provider + " key is",
                    "add <apiKeyEnv>" + provider.toUpperCase(Locale.ROOT) + "_API_KEY</apiKeyEnv> (an environment variable)"
                            + " or <serverId>…</serverId> (a <server> in settings.xml whose <password> is the key)");
        }

        String apiKey = null;
        String keySource = "no credential";
        if (apiKeyEnv != null) {
            keySource = "environment variable " + apiKeyEnv;
            apiKey = blankToNull(environment.get(apiKeyEnv));
            if (apiKey == null) {
                log.info("No model: the environment variable " + apiKeyEnv + " named by <model><apiKeyEnv> is not set.");
                return Optional.empty();
            }
        } else if (serverId != null) {
            keySource = "server '" + serverId + "' in settings.xml";
            Optional<String> password = serverPassword(serverId, settings, decrypter, log);
            if (password.isEmpty()) {
                return Optional.empty();
            }
            apiKey = password.get();
        }
        return Optional.of(new ModelSettings(provider, name, baseUrl, apiKey, keySource, timeout, maxTokens,
                null, proxy(settings, decrypter, log)));
    }

    private static String provider(ModelConfig config) throws MojoExecutionException {
        String provider = required(config.getProvider(), "provider",
                "set it to one of " + String.join(", ", CodeModels.PROVIDERS)).toLowerCase(Locale.ROOT);
        if (!CodeModels.PROVIDERS.contains(provider)) {
            throw invalid("has <provider>" + config.getProvider().trim() + "</provider>, which is not a provider this plugin knows",
                    "use one of " + String.join(", ", CodeModels.PROVIDERS)
                            + " (any OpenAI-compatible server works as openai with a <baseUrl>)");
        }
        return provider;
    }

    private static String baseUrl(ModelConfig config) throws MojoExecutionException {
        String baseUrl = blankToNull(config.getBaseUrl());
        if (baseUrl == null) {
            return null;
        }
        if (!CodeModels.isHttpUrl(baseUrl)) {
            throw invalid("has <baseUrl>" + baseUrl + "</baseUrl>, which is not an http(s) URL",
                    "write the server's API root, for example https://api.openai.com/v1 or http://localhost:11434 for Ollama");
        }
        return baseUrl;
    }

    private static Duration timeout(ModelConfig config) throws MojoExecutionException {
        String text = blankToNull(config.getTimeout());
        if (text == null) {
            return ModelSettings.DEFAULT_TIMEOUT;
        }
        try {
            Duration timeout = Duration.parse(text);
            if (timeout.isNegative() || timeout.isZero()) {
                throw invalid("has <timeout>" + text + "</timeout>, which is not positive", "use for example PT5M");
            }
            return timeout;
        } catch (DateTimeParseException e) {
            throw invalid("has <timeout>" + text + "</timeout>, which is not an ISO-8601 duration",
                    "write for example PT5M (5 minutes) or PT90S (90 seconds)");
        }
    }

    private static int maxTokens(ModelConfig config) throws MojoExecutionException {
        Integer maxTokens = config.getMaxTokens();
        if (maxTokens == null) {
            return ModelSettings.DEFAULT_MAX_TOKENS;
        }
        if (maxTokens < 1) {
            throw invalid("has <maxTokens>" + maxTokens + "</maxTokens>",
                    "use a positive number large enough for whole source files, for example "
                            + ModelSettings.DEFAULT_MAX_TOKENS);
        }
        return maxTokens;
    }

    private static Optional<String> serverPassword(String serverId, Settings settings, SettingsDecrypter decrypter,
                                                   FactoryLog log) {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            log.info("No model: settings.xml has no <server> with <id>" + serverId + "</id> (named by <model><serverId>).");
            return Optional.empty();
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        Optional<String> problem = decryptionProblem(result, "the password of <server> '" + serverId + "'");
        if (problem.isPresent()) {
            // Only a build that must generate needs the key; an up-to-date CI build must not fail here.
            log.warn("No model: " + problem.get());
            return Optional.empty();
        }
        String password = blankToNull(result.getServer().getPassword());
        if (password == null) {
            log.info("No model: <server> '" + serverId + "' in settings.xml has no <password> holding the key.");
        }
        return Optional.ofNullable(password);
    }

    private static ModelSettings.Proxy proxy(Settings settings, SettingsDecrypter decrypter, FactoryLog log) {
        Proxy active = settings == null ? null : settings.getActiveProxy();
        if (active == null) {
            return null;
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(active));
        Optional<String> problem = decryptionProblem(result, "the password of <proxy> '" + active.getId() + "'");
        if (problem.isPresent()) {
            log.warn(problem.get() + " Model calls go through the proxy without credentials.");
            return new ModelSettings.Proxy(active.getHost(), active.getPort(), null, null, blankToNull(active.getNonProxyHosts()));
        }
        Proxy proxy = result.getProxy();
        return new ModelSettings.Proxy(proxy.getHost(), proxy.getPort(), blankToNull(proxy.getUsername()),
                proxy.getPassword(), blankToNull(proxy.getNonProxyHosts()));
    }

    private static Optional<String> decryptionProblem(SettingsDecryptionResult result, String what) {
        return result.getProblems().stream()
                .filter(problem -> problem.getSeverity() != SettingsProblem.Severity.WARNING)
                .findFirst()
                .map(problem -> "could not decrypt " + what + " in settings.xml (" + problem.getMessage()
                        + "): check ~/.m2/settings-security.xml, or encrypt the password again with mvn --encrypt-password.");
    }

    private static String required(String value, String parameter, String fix) throws MojoExecutionException {
        String trimmed = blankToNull(value);
        if (trimmed == null) {
            throw invalid("has no <" + parameter + ">", fix);
        }
        return trimmed;
    }

    private static MojoExecutionException invalid(String problem, String fix) {
        return new MojoExecutionException("The plugin's <model> configuration " + problem + ": " + fix + ".");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
