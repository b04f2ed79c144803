package org.opencompras.filter;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters shared by the lists of contracts, awards and processes, as they arrive: text, checked by
 * {@link ProcurementFilter#parse}. Every one is optional; given together they all apply.
 */
public class ProcurementFilterParams {

    @QueryParam("buyer")
    @Parameter(description = "Only this buyer: its id (as in /buyers) or its 13-digit RUC.",
            example = "1760001550001")
    public String buyer;

    @QueryParam("supplier")
    @Parameter(description = "Only this supplier (of the award, for contracts and awards; of any award, for "
            + "processes): its id (as in /suppliers) or its 13-digit RUC.", example = "0991234567001")
    public String supplier;

    @QueryParam("q")
    @Parameter(description = "Full-text search, Spanish-aware (accents ignored, words stemmed: 'mascarilla' "
            + "finds 'MASCARILLAS'), over the process's title and description, its awards' and contracts' titles "
            + "and descriptions, its items' descriptions and its parties' names. Quoted phrases, OR and -word "
            + "work as in web search. At most 200 characters.", example = "mascarillas quirúrgicas")
    public String q;

    @QueryParam("procurementMethod")
    @Parameter(description = "OCDS procurement method, one or more comma-separated: open, selective, limited, "
            + "direct.", example = "direct")
    public String procurementMethod;

    @QueryParam("procurementMethodDetails")
    @Parameter(description = "The publisher's own name of the method (SERCOP: 'Contratación de Emergencia', "
            + "'Ínfima Cuantía', 'Subasta Inversa Electrónica'...); case and accents ignored.",
            example = "Contratación de Emergencia")
    public String procurementMethodDetails;

    @QueryParam("emergency")
    @Parameter(description = "true: only emergency procedures (method details naming 'emergencia'); false: "
            + "only the others.", example = "true")
    public String emergency;

    @QueryParam("status")
    @Parameter(description = "OCDS status of the item listed, one or more comma-separated. Contracts: pending, "
            + "active, cancelled, terminated. Awards: pending, active, cancelled, unsuccessful. Processes (tender "
            + "status): planning, planned, active, cancelled, unsuccessful, complete, withdrawn.", example = "active")
    public String status;

    @QueryParam("signedFrom")
    @Parameter(description = "Contract signed at or after this instant: an ISO 8601 date-time with zone, or a "
            + "date (its start, UTC). For awards and processes: having such a contract.", example = "2020-03-16")
    public String signedFrom;

    @QueryParam("signedTo")
    @Parameter(description = "Contract signed before this instant; a date takes in that whole day (UTC).",
            example = "2020-06-30")
    public String signedTo;

    @QueryParam("awardedFrom")
    @Parameter(description = "Award dated at or after this instant (ISO 8601 date-time with zone, or date). "
            + "For contracts: their award's date; for processes: having such an award.",
            example = "2020-03-16T00:00:00-05:00")
    public String awardedFrom;

    @QueryParam("awardedTo")
    @Parameter(description = "Award dated before this instant; a date takes in that whole day (UTC).",
            example = "2020-12-31")
    public String awardedTo;

    @QueryParam("publishedFrom")
    @Parameter(description = "Process first published (its first release) at or after this instant.",
            example = "2020-03-01")
    public String publishedFrom;

    @QueryParam("publishedTo")
    @Parameter(description = "Process first published before this instant; a date takes in that whole day (UTC).",
            example = "2020-12-31")
    public String publishedTo;

    @QueryParam("minAmount")
    @Parameter(description = "Value at least this amount (contract value, award value, or the process's "
            + "tender value), in `currency`, which is then required. Exact decimal.", example = "10000")
    public String minAmount;

    @QueryParam("maxAmount")
    @Parameter(description = "Value at most this amount, in `currency`, which is then required.",
            example = "50000.50")
    public String maxAmount;

    @QueryParam("currency")
    @Parameter(description = "Only values in this ISO 4217 currency. Required with minAmount or maxAmount: "
            + "amounts in different currencies are never compared.", example = "USD")
    public String currency;

    @QueryParam("classification")
    @Parameter(description = "Only processes with an item whose classification (CPC for SERCOP) starts with "
            + "this prefix: letters, digits, '.' or '-', at most 20.", example = "3529")
    public String classification;

    @QueryParam("mainProcurementCategory")
    @Parameter(description = "OCDS main procurement category, one or more comma-separated: goods, works, "
            + "services.", example = "goods")
    public String mainProcurementCategory;

    @QueryParam("source")
    @Parameter(description = "Only data loaded from this source (its name as given at ingest).", example = "sercop")
    public String source;
}
