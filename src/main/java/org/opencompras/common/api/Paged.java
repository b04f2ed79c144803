package org.opencompras.common.api;

/** An answer that is a page of a list, whatever its meta holds: where this page and the next one are. */
public interface Paged {

    ListResponse.Links links();
}
