package org.opencompras;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the service, or runs a command: {@code ingest} or {@code generate}. */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        Quarkus.run(args);
    }
}
