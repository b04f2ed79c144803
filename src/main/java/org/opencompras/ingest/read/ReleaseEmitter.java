package org.opencompras.ingest.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** Validates each release found, hands it (or the reason it was refused) to the sink, and counts it. */
final class ReleaseEmitter {

    private final ReleaseSink sink;
    private final ReadProgress progress;

    ReleaseEmitter(ReleaseSink sink, ReadProgress progress) {
        this.sink = sink;
        this.progress = progress;
    }

    /** @param text the release as published, or null when only its parsed values are known */
    void release(String position, JsonNode release, String text, PackageInfo packageInfo) {
        Optional<String> problem = ReleaseValidator.problem(release);
        if (problem.isPresent()) {
            rejected(position, problem.get());
            return;
        }
        ObjectNode object = (ObjectNode) release;
        progress.releaseRead();
        sink.release(new ReleaseInput(position, object, packageInfo, text));
    }

    void packageRead(PackageInfo packageInfo) {
        sink.packageRead(packageInfo);
    }

    void rejected(String position, String reason) {
        progress.rejectedOne();
        sink.rejected(position, reason);
    }
}
