package org.opencompras.ingest.read;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader delivers, for assertions. */
final class CollectingSink implements ReleaseSink {

    record Rejection(String position, String reason) {
    }

    final List<ReleaseInput> releases = new ArrayList<>();
    final List<Rejection> rejections = new ArrayList<>();
    final List<PackageInfo> packages = new ArrayList<>();

    @Override
    public void release(ReleaseInput input) {
        releases.add(input);
    }

    @Override
    public void rejected(String position, String reason) {
        rejections.add(new Rejection(position, reason));
    }

    @Override
    public void packageRead(PackageInfo packageInfo) {
        packages.add(packageInfo);
    }

    List<String> ids() {
        return releases.stream().map(r -> r.release().get("id").asText()).toList();
    }

    List<String> positions() {
        return releases.stream().map(ReleaseInput::position).toList();
    }
}
