package org.opencompras;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, in a temporary directory on a free port, that a test may stop and start
 * again: outages are tried on it, never on the machine's server. PostgreSQL refuses to run as root, so when the
 * tests run as root the server runs as the {@code postgres} user.
 */
public class PrivatePostgres implements QuarkusTestResourceLifecycleManager {

    private static PrivatePostgres running;

    private Path directory;
    private Path binaries;
    private int port;

    /** The server of the test that is running. */
    public static PrivatePostgres running() {
        return running;
    }

    /** Whether this machine has the PostgreSQL server programs, so that such a server can be made at all. */
    public static boolean available() {
        return findBinaries() != null;
    }

    @Override
    public Map<String, String> start() {
        try {
            binaries = findBinaries();
            if (binaries == null) {
                throw new IllegalStateException("No PostgreSQL server programs (initdb, pg_ctl) on this machine");
            }
            directory = Files.createTempDirectory("opencompras-pg");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            run("chmod", "777", directory.toString());
            runAsServerUser(binaries.resolve("initdb").toString(), "-D", directory.resolve("data").toString(),
                    "-A", "trust", "-U", "postgres", "--no-sync");
            startServer();
            running = this;
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://127.0.0.1:" + port + "/postgres?currentSchema=opencompras_outage",
                    "quarkus.flyway.schemas", "opencompras_outage");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start a private PostgreSQL server", e);
        }
    }

    /** Stops the server at once, as a crash or an operator's immediate shutdown would. */
    public void stopServer() {
        runAsServerUser(binaries.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(),
                "-m", "immediate", "-w", "stop");
    }

    public void startServer() {
        runAsServerUser(binaries.resolve("pg_ctl").toString(), "-D", directory.resolve("data").toString(),
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "-l", directory.resolve("server.log").toString(), "-w", "start");
    }

    @Override
    public void stop() {
        try {
            stopServer();
        } catch (RuntimeException e) {
            // Already stopped by the test.
        }
        run("rm", "-rf", directory.toString());
        running = null;
    }

    private static Path findBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                    .sorted()
                    .reduce((first, second) -> second)
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    private static void runAsServerUser(String... command) {
        List<String> line = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        run(line.toArray(String[]::new));
    }

    private static void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " was interrupted", e);
        }
    }
}
