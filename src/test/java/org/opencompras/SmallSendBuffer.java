package org.opencompras;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A small socket send buffer for the test server when {@code test.http.send-buffer-size} is set: the kernel would
 * otherwise buffer megabytes for a client that reads nothing, and a test would need that much data to stall.
 */
@ApplicationScoped
public class SmallSendBuffer implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        ConfigProvider.getConfig().getOptionalValue("test.http.send-buffer-size", Integer.class)
                .ifPresent(options::setSendBufferSize);
    }
}
