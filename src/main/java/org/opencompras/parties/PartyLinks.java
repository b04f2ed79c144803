package org.opencompras.parties;

import org.opencompras.common.api.PublicUris;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an organization's pages are, in one role. */
final class PartyLinks {

    /** The links of an organization in one role; {@code buyers} for a supplier, {@code suppliers} for a buyer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "OrganizationLinks", description = "Where the organization's pages are")
    record Links(@Schema(example = "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001") String self,
                 @Schema(example = "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/contracts")
                 String contracts,
                 @Schema(description = "A supplier's buyers", nullable = true,
                         example = "https://api.example.org/api/v1/suppliers/EC-RUC-0993038210001/buyers")
                 String buyers,
                 @Schema(description = "A buyer's suppliers", nullable = true) String suppliers) {
    }

    private final String base;

    private PartyLinks(String base) {
        this.base = base;
    }

    static PartyLinks of(UriInfo uri) {
        String base = PublicUris.base(uri).toString();
        return new PartyLinks(base.endsWith("/") ? base : base + "/");
    }

    /** The organization's own page in a role. */
    String self(PartyRole role, String id) {
        return base + "api/v1/" + role.plural() + "/" + id;
    }

    Links links(PartyRole role, String id) {
        String self = self(role, id);
        String counterparts = self + "/" + role.counterpart().plural();
        return new Links(self, self + "/contracts", role == PartyRole.SUPPLIER ? counterparts : null,
                role == PartyRole.BUYER ? counterparts : null);
    }
}
