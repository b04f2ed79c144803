package org.opencompras.harvest;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one unit politely and whole: through the {@link RequestLimiter}, honouring {@code Retry-After} on 429 and
 * 503, backing off exponentially with jitter on other server errors, timeouts and cut-off downloads, at most
 * {@code max-attempts} times. What it returns has been checked by {@link ContentCheck}; what it cannot get whole
 * is a {@link UnitFailure}, never a partial file.
 */
final class Fetcher {

    private final HttpClient client;
    private final RequestLimiter limiter;
    private final HarvestClock clock;
    private final HarvestConfig config;
    private final long maxRequests;
    private long requests;

    /**
     * @param proxy       {@code host:port} or {@code http://host:port}, or empty for a direct connection
     * @param maxRequests requests this fetcher may send in all, retries included
     */
    Fetcher(HarvestConfig config, HarvestClock clock, int requestsPerMinute, Optional<String> proxy, long maxRequests) {
        this.config = config;
        this.clock = clock;
        this.limiter = new RequestLimiter(requestsPerMinute, clock);
        this.maxRequests = maxRequests;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL);
        proxy.ifPresent(p -> builder.proxy(ProxySelector.of(proxyAddress(p))));
        this.client = builder.build();
    }

    /** Requests sent so far, retries included. */
    long requests() {
        return requests;
    }

    /**
     * Fetches {@code url}. With an ETag or Last-Modified of the last loaded content the request is conditional, and
     * a {@code 304} comes back as a {@link Download} without a file.
     */
    Download fetch(String url, String etag, String lastModified) throws UnitFailure, BudgetSpent, InterruptedException {
        String lastError = null;
        Integer lastStatus = null;
        int max = config.maxAttempts();
        for (int attempt = 1; attempt <= max; attempt++) {
            if (requests >= maxRequests) {
                throw new BudgetSpent();
            }
            limiter.acquire();
            requests++;
            Duration wait = backoff(attempt);
            Path file = null;
            try {
                file = Files.createTempFile("opencompras-harvest-", ".part");
                HttpResponse<Path> response = send(request(url, etag, lastModified), file);
                int status = response.statusCode();
                lastStatus = status;
                if (status == 304 && etag == null && lastModified == null) {
                    throw new UnitFailure("HTTP 304 (not modified) to a request that named no copy", status, attempt);
                }
                if (status == 304) {
                    Files.deleteIfExists(file);
                    return new Download(304, null, etag, lastModified, null, 0, attempt);
                }
                if (status == 429 || status == 503) {
                    lastError = "HTTP " + status + (status == 429 ? " (too many requests)" : " (unavailable)");
                    Optional<Duration> asked = retryAfter(response);
                    if (asked.isPresent() && asked.get().compareTo(config.backoffMax()) > 0) {
                        throw new UnitFailure(lastError + ": the server asks to wait " + asked.get().toSeconds()
                                + " s, longer than opencompras.harvest.backoff-max", status, attempt);
                    }
                    wait = asked.orElse(wait);
                } else if (status >= 500) {
                    lastError = "HTTP " + status + " (server error)";
                } else if (status != 200) {
                    throw new UnitFailure("HTTP " + status, status, attempt);
                } else if (isHtml(response)) {
                    throw new UnitFailure(ContentCheck.HTML, status, attempt);
                } else {
                    String problem = ContentCheck.problem(file);
                    if (problem == null) {
                        Download download = described(response, file, attempt);
                        file = null;
                        return download;
                    }
                    if (problem.equals(ContentCheck.HTML)) {
                        throw new UnitFailure(problem, status, attempt);
                    }
                    lastError = "incomplete download: " + problem;
                }
            } catch (HttpTimeoutException | TimeoutException e) {
                lastError = "no answer within the timeout (" + describe(e) + ")";
            } catch (IOException e) {
                lastError = "connection failed: " + describe(e);
            } finally {
                deleteQuietly(file);
            }
            if (attempt < max) {
                clock.sleep(wait);
            }
        }
        throw new UnitFailure(lastError + " (" + max + " attempts)", lastStatus, max);
    }

    private HttpRequest request(String url, String etag, String lastModified) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(config.readTimeout())
                .header("User-Agent", config.userAgent())
                .GET();
        if (etag != null) {
            builder.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            builder.header("If-Modified-Since", lastModified);
        }
        return builder.build();
    }

    private HttpResponse<Path> send(HttpRequest request, Path file)
            throws IOException, TimeoutException, InterruptedException {
        var future = client.sendAsync(request, HttpResponse.BodyHandlers.ofFile(file));
        try {
            return future.get(config.downloadTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Exponential backoff from {@code backoff-base}, capped at {@code backoff-max}, with up to half of it as jitter. */
    Duration backoff(int attempt) {
        long base = config.backoffBase().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, config.backoffMax().toMillis());
        long jitter = ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(capped / 2 + jitter);
    }

    /** {@code Retry-After} as seconds or as an HTTP date. */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::trim).flatMap(value -> {
            try {
                return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    Duration until = Duration.between(clock.now(), at);
                    return Optional.of(until.isNegative() ? Duration.ZERO : until);
                } catch (DateTimeParseException notDate) {
                    return Optional.empty();
                }
            }
        });
    }

    private static boolean isHtml(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").map(t -> t.toLowerCase(Locale.ROOT))
                .filter(t -> t.startsWith("text/html") || t.startsWith("application/xhtml")).isPresent();
    }

    private static Download described(HttpResponse<Path> response, Path file, int attempt) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            bytes = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return new Download(response.statusCode(), file, response.headers().firstValue("ETag").orElse(null),
                response.headers().firstValue("Last-Modified").orElse(null),
                HexFormat.of().formatHex(digest.digest()), bytes, attempt);
    }

    private static InetSocketAddress proxyAddress(String proxy) {
        URI uri = URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("a proxy is host:port or http://host:port, not '" + proxy + "'");
        }
        return InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort());
    }

    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary file left behind is the operating system's to clean.
            }
        }
    }
}
