package org.opencompras.common.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The data version one request is answered from: read once, by the caching filter or on first use. */
@RequestScoped
public class RequestVersion {

    @Inject
    DataVersion dataVersion;

    private DataVersion.Version version;

    public DataVersion.Version get() {
        if (version == null) {
            version = dataVersion.current();
        }
        return version;
    }
}
