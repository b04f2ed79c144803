package org.opencompras.ingest.read;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One valid release read from an input, with where it was found (e.g. {@code data.json.gz: releases[12]}),
 * the metadata of the package it came in, and its text exactly as published (null when the reader could not
 * record it, e.g. in UTF-16 input or for a release larger than its window).
 */
public record ReleaseInput(String position, ObjectNode release, PackageInfo packageInfo, String publishedText) {

    public ReleaseInput(String position, ObjectNode release, PackageInfo packageInfo) {
        this(position, release, packageInfo, null);
    }
}
