package org.opencompras.process;

/** A lot of the tender ({@code tender.lots[]}), a row of {@code lot}. */
public record LotRow(String lotId, String title, String description, String status, Money value) {
}
