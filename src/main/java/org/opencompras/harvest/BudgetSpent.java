package org.opencompras.harvest;

/** The run reached its {@code --max-requests}: what is left waits for the next run, and nothing is a failure. */
class BudgetSpent extends Exception {

    BudgetSpent() {
        super("the request budget is spent");
    }
}
