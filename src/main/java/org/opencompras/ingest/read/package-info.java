/**
 * Streaming readers for OCDS data in the shapes publishers ship it: release and record packages, bare
 * releases, arrays, JSON lines and concatenated JSON, plain, gzip'ed or zipped, single files or directories.
 * {@link org.opencompras.ingest.read.OcdsReader} is the entry point; it hands each release that passes
 * {@link org.opencompras.ingest.read.ReleaseValidator} to a {@link org.opencompras.ingest.read.ReleaseSink}
 * and reports everything it could not read, with a precise position, instead of throwing.
 */
package org.opencompras.ingest.read;
