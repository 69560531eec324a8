package com.example.shop.application.payments;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Charges through the payment service's HTTP API at {@code payments.url} (or {@code PAYMENTS_URL}). */
public class HttpPaymentGateway implements PaymentGateway {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ERROR = Pattern.compile("\"error\"\\s*:\\s*\"([^\"]*)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    public HttpPaymentGateway() {
    }

    @Override
    public String charge(String orderId, long amountCents) {
        String base = baseUrl();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/charges"))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"orderId\":\"" + escaped(orderId) + "\",\"amountCents\":" + amountCents + "}"))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PaymentServiceException("the payment service at " + base + " cannot be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentServiceException("interrupted while charging order " + orderId, e);
        }
        String body = response.body();
        if (response.statusCode() == 201) {
            Matcher id = ID.matcher(body);
            if (id.find()) {
                return id.group(1);
            }
            throw new PaymentServiceException("the payment service answered 201 without a charge id: " + body, null);
        }
        if (response.statusCode() == 402) {
            Matcher error = ERROR.matcher(body);
            throw new PaymentDeclinedException(orderId, error.find() ? error.group(1) : body);
        }
        throw new PaymentServiceException("the payment service answered status " + response.statusCode()
                + " to the charge of order " + orderId + ": " + body, null);
    }

    private static String baseUrl() {
        String url = System.getProperty("payments.url");
        if (url == null || url.isBlank()) {
            url = System.getenv("PAYMENTS_URL");
        }
        if (url == null || url.isBlank()) {
            throw new PaymentServiceException("no payment service configured: set the system property payments.url"
                    + " or the environment variable PAYMENTS_URL", null);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
