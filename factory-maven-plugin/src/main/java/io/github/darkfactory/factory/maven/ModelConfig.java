package io.github.darkfactory.factory.maven;

/**
 * The {@code <model>} parameter: which provider and model to call and where the key comes from.
 * Maven fills the fields by name; {@link ModelSettingsFactory} validates them and turns them into
 * the core's {@code ModelSettings}.
 *
 * <pre>{@code
 * <model>
 *   <provider>openai</provider>            <!-- openai | anthropic | ollama -->
 *   <name>gpt-5.1-codex</name>
 *   <baseUrl>https://…/v1</baseUrl>       <!-- optional: any OpenAI-compatible server -->
 *   <apiKeyEnv>OPENAI_API_KEY</apiKeyEnv>  <!-- or <serverId> of a settings.xml server -->
 *   <timeout>PT5M</timeout>                <!-- optional, ISO-8601 -->
 *   <maxTokens>16000</maxTokens>           <!-- optional: output tokens per answer -->
 * </model>
 * }</pre>
 */
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

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getApiKeyEnv() {
        return apiKeyEnv;
    }

    public void setApiKeyEnv(String apiKeyEnv) {
        this.apiKeyEnv = apiKeyEnv;
    }

    public String getServerId() {
        return serverId;
    }

    public void setServerId(String serverId) {
        this.serverId = serverId;
    }

    public String getTimeout() {
        return timeout;
    }

    public void setTimeout(String timeout) {
        this.timeout = timeout;
    }

    public Integer getMaxTokens() {
        return maxTokens;
    }

    public void setMaxTokens(Integer maxTokens) {
        this.maxTokens = maxTokens;
    }

    @Override
    public String toString() {
        return "<model> provider=" + provider + " name=" + name + " baseUrl=" + baseUrl + " apiKeyEnv=" + apiKeyEnv
                + " serverId=" + serverId + " timeout=" + timeout + " maxTokens=" + maxTokens;
    }
}
