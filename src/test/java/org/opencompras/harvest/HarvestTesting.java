package org.opencompras.harvest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.opencompras.TestDatabase;
import org.opencompras.cli.HarvestCommand;

/** What the harvest tests share: running the command as the command line does, and reading what it left. */
final class HarvestTesting {

    private HarvestTesting() {
    }

    /** The exit status and everything printed on stderr. */
    record Run(int exit, String stderr) {
    }

    /**
     * Runs the command on a thread of its own, as the command line and the scheduler do: without the request
     * context a test thread has.
     */
    static Run harvest(HarvestCommand command, String... args) {
        var err = new ByteArrayOutputStream();
        var exit = new AtomicInteger();
        Thread thread = new Thread(() -> exit.set(command.run(new PrintStream(err, true, StandardCharsets.UTF_8),
                args)), "harvest-command");
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new Run(exit.get(), err.toString(StandardCharsets.UTF_8));
    }

    /** A unit's row as text: status, HTTP status, loaded hash, bytes, releases read/new/replaced, attempts, error. */
    static List<String> unit(String key) {
        List<List<String>> rows = TestDatabase.rows("""
                select status, http_status, loaded_sha256, bytes, releases_read, releases_new, releases_replaced,
                       attempts, last_error, loaded_at
                from harvest_unit where unit_key = '%s'""".formatted(key.replace("'", "''")));
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Every stored release whose ocid ends in the suffix, with its content hash: equal digests, equal data. */
    static String releases(String suffix) {
        return TestDatabase.text("select string_agg(ocid || ' ' || release_id || ' ' || content_hash, ',' "
                + "order by ocid, release_id) from release where ocid like '%" + suffix + "'");
    }

    static long changeEvents() {
        return TestDatabase.count("select count(*) from change_event");
    }

    static long ingestRuns() {
        return TestDatabase.count("select count(*) from ingest_run");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
