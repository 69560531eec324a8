package it.factory.g.internal;

import it.factory.g.Greeter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Asks the greeting service (in a build: its twin, found by the environment) and addresses its greeting. */
public class TwinGreeter implements Greeter {

    @Override
    public String greet(String name) {
        String greeting = fetchGreeting();
        return name.isEmpty() ? greeting : greeting + ", " + name;
    }

    private static String fetchGreeting() {
        URI uri = URI.create(System.getenv("FACTORY_TWIN_GREETER_URL") + "/greeting?lang=en");
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the greeting service answered " + answer.statusCode());
            }
            String body = answer.body();
            int start = body.indexOf(":\"") + 2;
            return body.substring(start, body.indexOf('"', start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
