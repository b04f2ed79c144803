package org.opencompras.ingest.read;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One valid release read from an input, with where it was found (e.g. {@code data.json.gz: releases[12]})
 * and the metadata of the package it came in.
 */
public record ReleaseInput(String position, ObjectNode release, PackageInfo packageInfo) {
}
