package org.opencompras.generate;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * SERCOP procurement procedures as published in {@code procurementMethodDetails}, with the OCDS
 * {@code procurementMethod} SERCOP maps them to, the prefix of their process codes, how often they occur, what
 * they buy and their value ceilings (rounded legal thresholds).
 */
enum ProcurementMethod {
    SUBASTA_INVERSA("Subasta Inversa Electrónica", "open", "SIE", 22, null, 1, 6, 5, 15,
            List.of("COVID", "MEDICAL", "OFFICE", "IT", "FUEL", "CLEANING", "FOOD", "VEHICLE")),
    INFIMA_CUANTIA("Ínfima Cuantía", "direct", "IC", 18, "6500", 1, 1, 0, 3,
            List.of("OFFICE", "CLEANING", "MEDICAL", "FOOD", "SERVICES", "COVID")),
    CATALOGO_ELECTRONICO("Catálogo electrónico", "limited", "CE", 14, null, 1, 1, 1, 5,
            List.of("OFFICE", "IT", "CLEANING", "MEDICAL", "COVID", "VEHICLE")),
    REGIMEN_ESPECIAL("Régimen Especial", "limited", "RE", 9, null, 1, 3, 3, 10,
            List.of("MEDICAL", "SERVICES", "FUEL")),
    MENOR_CUANTIA_BIENES("Menor Cuantía", "selective", "MCBS", 6, "65000", 1, 5, 5, 10,
            List.of("SERVICES", "OFFICE", "IT", "CLEANING")),
    MENOR_CUANTIA_OBRAS("Menor Cuantía", "selective", "MCO", 5, "230000", 1, 5, 7, 15, List.of("WORKS")),
    CONSULTORIA_DIRECTA("Contratación directa", "direct", "CDC", 6, "65000", 1, 1, 3, 7, List.of("CONSULTING")),
    EMERGENCIA("Contratación de Emergencia", "direct", "EMG", 5, null, 1, 1, 0, 2,
            List.of("COVID", "WORKS", "MEDICAL")),
    COTIZACION_BIENES("Cotización", "selective", "COTBS", 3, "500000", 2, 6, 10, 20,
            List.of("SERVICES", "IT", "FOOD", "CLEANING")),
    COTIZACION_OBRAS("Cotización", "selective", "COTO", 3, "900000", 2, 6, 10, 20, List.of("WORKS")),
    LISTA_CORTA("Lista corta", "selective", "LCC", 2, null, 2, 6, 10, 20, List.of("CONSULTING")),
    LICITACION_BIENES("Licitación", "open", "LICBS", 1.5, null, 2, 8, 20, 40,
            List.of("IT", "MEDICAL", "FOOD", "VEHICLE", "SERVICES")),
    LICITACION_OBRAS("Licitación", "open", "LICO", 1.5, null, 2, 8, 20, 40, List.of("WORKS")),
    CONCURSO_PUBLICO("Concurso público", "open", "CPCO", 1, null, 2, 6, 15, 30, List.of("CONSULTING"));

    final String details;
    final String ocdsMethod;
    final String codePrefix;
    final double weight;
    /** The highest estimated value the procedure allows, null when unbounded. */
    final BigDecimal valueCeiling;
    final int minTenderers;
    final int maxTenderers;
    final int minTenderDays;
    final int maxTenderDays;
    final List<String> families;

    ProcurementMethod(String details, String ocdsMethod, String codePrefix, double weight, String valueCeiling,
                      int minTenderers, int maxTenderers, int minTenderDays, int maxTenderDays,
                      List<String> families) {
        this.details = details;
        this.ocdsMethod = ocdsMethod;
        this.codePrefix = codePrefix;
        this.weight = weight;
        this.valueCeiling = valueCeiling == null ? null : new BigDecimal(valueCeiling);
        this.minTenderers = minTenderers;
        this.maxTenderers = maxTenderers;
        this.minTenderDays = minTenderDays;
        this.maxTenderDays = maxTenderDays;
        this.families = families;
    }

    /** Every distinct {@code procurementMethodDetails} value the generator writes. */
    static List<String> allDetails() {
        return Arrays.stream(values()).map(m -> m.details).distinct().toList();
    }
}
