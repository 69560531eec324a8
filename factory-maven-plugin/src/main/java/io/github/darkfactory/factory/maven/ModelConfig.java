package io.github.darkfactory.factory.maven;

/** PLACEHOLDER (generate branch only): the providers branch's ModelConfig replaces this file on merge. */
public class ModelConfig {

    private String provider;
    private String name;
    private String baseUrl;
    private String apiKeyEnv;
    private String serverId;
    private String timeout;
    private Integer maxTokens;

    public String getProvider() {
        return provider;
    }

    public String getName() {
        return name;
    }

    public String getApiKeyEnv() {
        return apiKeyEnv;
    }

    public String getServerId() {
        return serverId;
    }
}
