package org.opencompras.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads every file entry of a zip archive, in archive order, as an input of its own named
 * {@code archive.zip!entry}. Directories and hidden entries (such as {@code __MACOSX/} or {@code .DS_Store})
 * are skipped. A broken entry is reported and the next is read; a broken archive stops.
 */
final class ZipUnpacker {

    private final InputUnpacker unpacker;
    private final ReleaseEmitter emitter;

    ZipUnpacker(InputUnpacker unpacker, ReleaseEmitter emitter) {
        this.unpacker = unpacker;
        this.emitter = emitter;
    }

    /** @param layers the layers of compression removed, this archive's included */
    void read(InputStream in, String archiveName, int layers) throws IOException {
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new CloseShieldInputStream(in))) {
            ZipEntry entry;
            while ((entry = nextEntry(zip, archiveName, entries)) != null) {
                entries++;
                if (entry.isDirectory() || isHidden(entry.getName())) {
                    continue;
                }
                String entryName = entry.getName();
                InputStream guarded = new FailureTranslatingInputStream(unpacker.counted(zip), e -> new UnreadableInput(archiveName,
                        "unreadable zip archive: entry " + entryName + " is truncated or corrupt (" + e.getMessage() + ")"));
                try {
                    unpacker.read(guarded, archiveName + "!" + entryName, entryName, layers);
                } catch (UnreadableInput e) {
                    if (e.position().equals(archiveName) || e instanceof InputTooCostly) {
                        throw e;
                    }
                    emitter.rejected(e.position(), e.reason());
                }
            }
        }
        if (entries == 0) {
            throw new UnreadableInput(archiveName, "unreadable zip archive: no entries found (not a zip file, or empty)");
        }
    }

    private static ZipEntry nextEntry(ZipInputStream zip, String archiveName, int entriesSoFar) throws UnreadableInput {
        try {
            return zip.getNextEntry();
        } catch (IOException e) {
            throw new UnreadableInput(archiveName, "unreadable zip archive after " + entriesSoFar + " entries: "
                    + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UnreadableInput(archiveName, "unreadable zip archive after " + entriesSoFar + " entries: "
                    + "an entry name is not valid UTF-8");
        }
    }

    private static boolean isHidden(String entryName) {
        for (String part : entryName.split("/")) {
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return true;
            }
        }
        return false;
    }
}
