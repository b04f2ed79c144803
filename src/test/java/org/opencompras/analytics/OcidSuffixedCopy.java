package org.opencompras.analytics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of a folder of OCDS files in which every {@code "ocid"} value ends with a suffix, and nothing else is
 * touched. Releases are stored under (ocid, release id) whatever source they are filed under, so the same real
 * files ingested by two test classes would otherwise share their processes: the first class's source would keep
 * them and the second's would stay empty.
 */
final class OcidSuffixedCopy {

    private static final Pattern OCID = Pattern.compile("(\"ocid\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")");

    private OcidSuffixedCopy() {
    }

    /** Copies the JSON files of {@code folder} under {@code target}, keeping their relative paths. */
    static Path of(Path folder, Path target, String suffix) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                Path copy = target.resolve(folder.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Matcher matcher = OCID.matcher(Files.readString(file));
                Files.writeString(copy, matcher.replaceAll(m -> Matcher.quoteReplacement(
                        m.group(1) + m.group(2) + suffix + m.group(3))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
