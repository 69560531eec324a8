package io.github.darkfactory.factory.maven;

import io.github.darkfactory.factory.twintools.Credentials;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

import java.util.Optional;

/**
 * The credentials {@code twin-check} sends the real service: the {@code <server>} of settings.xml named
 * by {@code factory.twin.serverId}, decrypted the Maven way (as {@link ModelSettingsFactory} reads a
 * model's key). A username and password are HTTP Basic, a password alone a Bearer token. Unlike a
 * model's key, a named server that is missing or unreadable fails the goal: the user asked for it.
 * No message names the secret.
 */
final class TwinServerCredentials {

    private TwinServerCredentials() {
    }

    static Optional<Credentials> of(String serverId, Settings settings, SettingsDecrypter decrypter)
            throws MojoFailureException {
        if (serverId == null || serverId.isBlank()) {
            return Optional.empty();
        }
        String id = serverId.trim();
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            throw new MojoFailureException("settings.xml has no <server> with <id>" + id + "</id> (-D"
                    + PropertyNames.TWIN_SERVER_ID + "): add one holding the service's credentials (<username> and"
                    + " <password> for HTTP Basic, a <password> alone for a Bearer token), or correct the id.");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        Optional<SettingsProblem> problem = result.getProblems().stream()
                .filter(p -> p.getSeverity() != SettingsProblem.Severity.WARNING).findFirst();
        if (problem.isPresent()) {
            throw new MojoFailureException("Could not decrypt the password of <server> '" + id + "' in settings.xml ("
                    + problem.get().getMessage() + "): check ~/.m2/settings-security.xml, or encrypt the password"
                    + " again with mvn --encrypt-password.");
        }
        Server decrypted = result.getServer();
        String password = decrypted.getPassword();
        if (password == null || password.isBlank()) {
            throw new MojoFailureException("<server> '" + id + "' in settings.xml has no <password>: add the service's"
                    + " password (with <username>, sent as HTTP Basic) or its token (alone, sent as a Bearer token).");
        }
        String username = decrypted.getUsername();
        return Optional.of(new Credentials("server '" + id + "'", username == null || username.isBlank() ? null
                : username.trim(), password));
    }
}
