package io.github.darkfactory.factory.twins;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Processes for the twins' tests: a twin that serves (a bare socket, or HTTP with an empty request log),
 * exits at once, loses its port, or never opens one.
 */
public final class FixtureTwin {

    private FixtureTwin() {
    }

    /** The command line of a fixture twin in {@code mode} for {@code port}, on this test JVM's java and classpath. */
    static ProcessBuilder command(String mode, int port) {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), FixtureTwin.class.getName(), mode, Integer.toString(port));
    }

    public static void main(String[] args) throws Exception {
        // first, so that a test finds this very process (its output's last lines are the mode's)
        System.out.println("pid " + ProcessHandle.current().pid());
        System.out.flush();
        switch (args[0]) {
            case "serve" -> {
                try (ServerSocket socket = new ServerSocket(Integer.parseInt(args[1]), 50, InetAddress.getLoopbackAddress())) {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(10));
                }
            }
            case "http" -> {
                // answers WireMock's request-log call with an empty log, so that a journal can be read
                com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                        new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[1])), 50);
                server.createContext("/", exchange -> {
                    byte[] body = "{\"requests\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
                server.start();
                Thread.sleep(TimeUnit.MINUTES.toMillis(10));
            }
            case "port-taken" -> {
                System.out.println("java.net.BindException: Address already in use");
                System.exit(1);
            }
            case "exit" -> {
                for (int i = 1; i <= 25; i++) {
                    System.out.println("line " + i);
                }
                System.exit(3);
            }
            default -> Thread.sleep(TimeUnit.MINUTES.toMillis(10));
        }
    }
}
