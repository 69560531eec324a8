package io.github.darkfactory.factory.twin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback twin of a model provider: a real HTTP server on 127.0.0.1 that speaks the provider's
 * wire protocol, answers from a script (consumed in order, then from a fallback responder) and
 * records every request. Subclasses only know their protocol's JSON shapes. Thread-safe: specs are
 * generated in parallel against one twin.
 *
 * <pre>{@code
 * try (ProviderTwin twin = ProviderTwin.start("openai")) {
 *     twin.reply(Reply.status(429, "slow down").withRetryAfter("1"), Reply.text("### ..."));
 *     // point the client at twin.baseUrl()
 * }
 * }</pre>
 */
public abstract class ProviderTwin implements AutoCloseable {

    protected static final ObjectMapper JSON = new ObjectMapper();

    private final String chatPath;
    private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();
    private volatile Function<Request, Reply> otherwise = request -> Reply.status(400,
            "the " + getClass().getSimpleName() + " has no scripted reply left for request " + request.path());
    private volatile String expectedKey;
    private volatile String expectedProxyAuthorization;
    private HttpServer server;
    private ExecutorService executor;

    protected ProviderTwin(String chatPath) {
        this.chatPath = chatPath;
    }

    /** Starts a twin of openai, anthropic or ollama. */
    public static ProviderTwin start(String provider) {
        ProviderTwin twin = switch (provider) {
            case "openai" -> new OpenAiTwin();
            case "anthropic" -> new AnthropicTwin();
            case "ollama" -> new OllamaTwin();
            default -> throw new IllegalArgumentException("No twin for provider " + provider);
        };
        return twin.start();
    }

    /** Provider id, as in {@code <provider>}. */
    public abstract String provider();

    /** Binds a free port on 127.0.0.1 and starts answering. */
    public synchronized ProviderTwin start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, getClass().getSimpleName() + "-" + server.getAddress().getPort());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** What a user puts in {@code <baseUrl>} to reach this twin. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + baseUrlPath();
    }

    /** The path part of {@link #baseUrl()}: {@code /v1} for OpenAI and Anthropic, empty for Ollama. */
    protected abstract String baseUrlPath();

    /** Appends replies to the script; each request takes the next one. */
    public ProviderTwin reply(Reply... replies) {
        Collections.addAll(script, replies);
        return this;
    }

    /** Appends plain text answers to the script. */
    public ProviderTwin answer(String... texts) {
        for (String text : texts) {
            script.add(Reply.text(text));
        }
        return this;
    }

    /** How to answer once the script is used up; by default an HTTP 400 that says so. */
    public ProviderTwin otherwise(Function<Request, Reply> responder) {
        this.otherwise = responder;
        return this;
    }

    /** From now on, a request that does not present this key gets the provider's 401. */
    public ProviderTwin expectKey(String key) {
        this.expectedKey = key;
        return this;
    }

    /**
     * Plays an authenticating HTTP proxy as well: a request without these Basic credentials in
     * {@code Proxy-Authorization} gets 407 with a {@code Proxy-Authenticate} challenge.
     */
    public ProviderTwin expectProxyCredentials(String user, String password) {
        this.expectedProxyAuthorization = "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Every request received so far, in arrival order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Replies given with status 200. */
    public int answered() {
        return answered.get();
    }

    // ---- protocol, per provider ----

    /** The key the request presents in this provider's header, or null. */
    protected abstract String presentedKey(Request request);

    /** The model name and the system and user prompt text of a request body. */
    protected abstract Prompt prompt(JsonNode body);

    /** A protocol error the provider itself would give (missing header and such), or null. */
    protected String protocolError(Request request) {
        return null;
    }

    protected abstract ObjectNode answerBody(Request request, String text, long inputTokens, long outputTokens);

    protected abstract ObjectNode errorBody(int status, String message);

    /** What a request asked: model name, system prompt and user prompt (parts joined by newlines). */
    protected record Prompt(String model, String system, String user) {
    }

    // ---- HTTP ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            String path = exchange.getRequestURI().getPath();
            Prompt prompt = parse(body);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), path, Map.copyOf(headers), body,
                    prompt.model(), prompt.system(), prompt.user(), System.nanoTime());
            requests.add(request);

            if (!"POST".equals(request.method()) || !chatPath.equals(path)) {
                send(exchange, 404, errorBody(404, "the " + provider() + " twin serves only POST " + chatPath), null);
                return;
            }
            String proxyAuthorization = expectedProxyAuthorization;
            if (proxyAuthorization != null && !proxyAuthorization.equals(request.header("proxy-authorization"))) {
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"twin\"");
                send(exchange, 407, errorBody(407, "proxy authentication required"), null);
                return;
            }
            String key = expectedKey;
            if (key != null && !key.equals(presentedKey(request))) {
                send(exchange, 401, errorBody(401, "invalid api key"), null);
                return;
            }
            String error = protocolError(request);
            if (error != null) {
                send(exchange, 400, errorBody(400, error), null);
                return;
            }
            Reply reply = script.poll();
            if (reply == null) {
                reply = otherwise.apply(request);
            }
            if (!reply.delay().isZero()) {
                Thread.sleep(reply.delay().toMillis());
            }
            if (reply.status() == 200) {
                answered.incrementAndGet();
                long in = reply.inputTokens() >= 0 ? reply.inputTokens() : estimateTokens(request.system() + request.user());
                long out = reply.outputTokens() >= 0 ? reply.outputTokens() : estimateTokens(reply.text());
                send(exchange, 200, answerBody(request, reply.text(), in, out), null);
            } else {
                send(exchange, reply.status(), errorBody(reply.status(), reply.text()), reply.retryAfter());
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (IOException clientGone) {
            // The client timed out and hung up while we were "thinking": nothing left to answer.
        }
    }

    private Prompt parse(String body) {
        try {
            return body.isBlank() ? new Prompt(null, "", "") : prompt(JSON.readTree(body));
        } catch (IOException notJson) {
            return new Prompt(null, "", "");
        }
    }

    private static void send(HttpExchange exchange, int status, ObjectNode json, String retryAfter) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** About four characters a token, like the providers' own rule of thumb; never 0 for text. */
    static long estimateTokens(String text) {
        return text == null || text.isEmpty() ? 0 : (text.length() + 3) / 4;
    }

    /** Joins the text of a message content that is a string or a list of {@code {type:text, text}} parts. */
    protected static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        List<String> parts = new ArrayList<>();
        content.forEach(part -> {
            if (part.isTextual()) {
                parts.add(part.asText());
            } else if (part.has("text")) {
                parts.add(part.get("text").asText());
            }
        });
        return String.join("\n", parts);
    }

    /** The text of every message with one of the roles, joined by newlines. */
    protected static String textOfRoles(JsonNode messages, String... roles) {
        List<String> texts = new ArrayList<>();
        List<String> wanted = List.of(roles);
        if (messages != null) {
            messages.forEach(message -> {
                if (wanted.contains(message.path("role").asText())) {
                    texts.add(text(message.get("content")));
                }
            });
        }
        return String.join("\n", texts);
    }
}
