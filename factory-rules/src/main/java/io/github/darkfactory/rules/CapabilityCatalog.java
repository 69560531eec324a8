package io.github.darkfactory.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.github.darkfactory.rules.ApiPattern.constructorsTaking;
import static io.github.darkfactory.rules.ApiPattern.inPackage;
import static io.github.darkfactory.rules.ApiPattern.members;
import static io.github.darkfactory.rules.ApiPattern.type;

/**
 * The JDK APIs of each {@link Capability}, as docs/rules/capabilities.md lists them. A class is
 * looked up as a type first (so {@code java.net.URLClassLoader} is reflection, not network), then by
 * its package; a member (method, constructor, field) by its declaring class and name.
 */
final class CapabilityCatalog {

    /**
     * Values in {@code java.net} that reach nothing outside the JVM: parsing or encoding a URI is
     * not networking.
     */
    static final Set<String> FREE_TYPES = Set.of("java.net.URI", "java.net.URISyntaxException",
            "java.net.URLEncoder", "java.net.URLDecoder");

    /** The methods of CompletableFuture and CompletionStage that run a task on another thread. */
    private static final String[] ASYNC = {"runAsync", "supplyAsync", "thenApplyAsync", "thenAcceptAsync",
            "thenRunAsync", "thenCombineAsync", "thenAcceptBothAsync", "runAfterBothAsync", "applyToEitherAsync",
            "acceptEitherAsync", "runAfterEitherAsync", "thenComposeAsync", "handleAsync", "whenCompleteAsync",
            "exceptionallyAsync", "exceptionallyComposeAsync", "completeAsync", "delayedExecutor"};

    private static final Map<Capability, List<ApiPattern>> APIS = new EnumMap<>(Capability.class);

    static {
        APIS.put(Capability.NETWORK, List.of(
                inPackage("java.net"), inPackage("javax.net"), inPackage("jdk.net"), inPackage("com.sun.net.httpserver"),
                inPackage("java.rmi"),
                type("java.nio.channels.SocketChannel"), type("java.nio.channels.ServerSocketChannel"),
                type("java.nio.channels.DatagramChannel"), type("java.nio.channels.AsynchronousSocketChannel"),
                type("java.nio.channels.AsynchronousServerSocketChannel"), type("java.nio.channels.NetworkChannel"),
                type("java.nio.channels.MulticastChannel")));
        APIS.put(Capability.FILES, List.of(
                inPackage("java.nio.file"),
                type("java.io.File"), type("java.io.FileDescriptor"), type("java.io.FileInputStream"),
                type("java.io.FileOutputStream"), type("java.io.FileReader"), type("java.io.FileWriter"),
                type("java.io.RandomAccessFile"), type("java.io.FileFilter"), type("java.io.FilenameFilter"),
                type("java.nio.channels.FileChannel"), type("java.nio.channels.AsynchronousFileChannel"),
                type("java.nio.channels.FileLock"), type("java.util.zip.ZipFile"), type("java.util.jar.JarFile"),
                // these constructors take a file name
                constructorsTaking("java.io.PrintStream", "java.lang.String"),
                constructorsTaking("java.io.PrintWriter", "java.lang.String"),
                constructorsTaking("java.util.Formatter", "java.lang.String")));
        APIS.put(Capability.PROCESSES, List.of(
                type("java.lang.ProcessBuilder"), type("java.lang.Process"), type("java.lang.ProcessHandle"),
                members("java.lang.Runtime", "exec", "exit", "halt", "addShutdownHook", "removeShutdownHook"),
                members("java.lang.System", "exit")));
        APIS.put(Capability.REFLECTION, List.of(
                inPackage("java.lang.reflect"), inPackage("java.lang.instrument"), inPackage("jdk.internal"),
                inPackage("sun.reflect"),
                type("sun.misc.Unsafe"), type("java.lang.ClassLoader"), type("java.security.SecureClassLoader"),
                type("java.net.URLClassLoader"), type("java.lang.Module"), type("java.lang.ModuleLayer"),
                members("java.lang.Class", "forName", "getClassLoader", "getResource", "getResourceAsStream",
                        "newInstance", "getField", "getFields", "getMethod", "getMethods", "getConstructor",
                        "getConstructors", "getDeclaredField", "getDeclaredFields", "getDeclaredMethod",
                        "getDeclaredMethods", "getDeclaredConstructor", "getDeclaredConstructors", "getDeclaredClasses",
                        "getClasses", "getRecordComponents", "getEnclosingMethod", "getEnclosingConstructor",
                        "getModule", "getProtectionDomain"),
                members("java.lang.invoke.MethodHandles", "privateLookupIn"),
                members("java.lang.Thread", "getContextClassLoader", "setContextClassLoader")));
        APIS.put(Capability.THREADS, List.of(
                type("java.lang.ThreadGroup"), type("java.lang.Thread$Builder"), type("java.util.Timer"),
                type("java.util.TimerTask"), type("java.util.concurrent.Executor"),
                type("java.util.concurrent.ExecutorService"), type("java.util.concurrent.ScheduledExecutorService"),
                type("java.util.concurrent.AbstractExecutorService"), type("java.util.concurrent.Executors"),
                type("java.util.concurrent.ThreadPoolExecutor"), type("java.util.concurrent.ScheduledThreadPoolExecutor"),
                type("java.util.concurrent.ThreadFactory"), type("java.util.concurrent.ForkJoinPool"),
                type("java.util.concurrent.ForkJoinTask"), type("java.util.concurrent.ForkJoinWorkerThread"),
                type("java.util.concurrent.RecursiveTask"), type("java.util.concurrent.RecursiveAction"),
                type("java.util.concurrent.CountedCompleter"), type("java.util.concurrent.CompletionService"),
                type("java.util.concurrent.ExecutorCompletionService"),
                members("java.lang.Thread", "<init>", "start", "startVirtualThread", "ofPlatform", "ofVirtual"),
                members("java.util.concurrent.CompletableFuture", ASYNC),
                members("java.util.concurrent.CompletionStage", ASYNC),
                // parallel streams and sorts run on the common fork/join pool
                members("java.util..", "parallelStream", "parallel", "parallelSort", "parallelPrefix", "parallelSetAll")));
        APIS.put(Capability.ENVIRONMENT, List.of(
                inPackage("java.util.prefs"),
                members("java.lang.System", "getenv", "getProperty", "getProperties", "setProperty", "setProperties",
                        "clearProperty"),
                members("java.lang.Integer", "getInteger"), members("java.lang.Long", "getLong"),
                members("java.lang.Boolean", "getBoolean")));
        APIS.put(Capability.NATIVE, List.of(
                inPackage("java.lang.foreign"),
                members("java.lang.System", "load", "loadLibrary", "mapLibraryName"),
                members("java.lang.Runtime", "load", "loadLibrary")));
    }

    private CapabilityCatalog() {
    }

    static List<String> apisOf(Capability capability) {
        List<String> apis = new ArrayList<>(APIS.get(capability).stream().map(ApiPattern::documented).toList());
        if (capability == Capability.NATIVE) {
            apis.add("declaring a native method");
        }
        return List.copyOf(apis);
    }

    /** The capability any use of the class {@code className} needs, or empty when it needs none. */
    static Optional<Capability> ofType(String className) {
        if (FREE_TYPES.contains(className)) {
            return Optional.empty();
        }
        return find(ApiPattern.Scope.TYPE, className).or(() -> find(ApiPattern.Scope.PACKAGE, className));
    }

    /** The capability a use of the member {@code owner.name(parameterTypes)} needs, or empty when it needs none. */
    static Optional<Capability> ofMember(String owner, String name, List<String> parameterTypes) {
        for (Map.Entry<Capability, List<ApiPattern>> entry : APIS.entrySet()) {
            if (entry.getValue().stream().anyMatch(api -> api.matchesMember(owner, name, parameterTypes))) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    private static Optional<Capability> find(ApiPattern.Scope scope, String className) {
        for (Map.Entry<Capability, List<ApiPattern>> entry : APIS.entrySet()) {
            if (entry.getValue().stream().anyMatch(api -> api.scope() == scope && api.matchesType(className))) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }
}
