package io.coverkit.cli;

/**
 * The server's log (SLF4J's simple logger, on standard error): coverkit's own lines at INFO, with
 * their time; Jetty's and Javalin's start-up chatter only from WARN. Set before the first logger is
 * made; a system property given on the command line wins.
 */
final class ServerLogging {

    private ServerLogging() {}

    static void configure() {
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
        setDefault("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
        setDefault("org.slf4j.simpleLogger.log.io.javalin", "warn");
        // HAPI's bundled value sets log notes about elements it skips; they are not the server's concern
        setDefault("org.slf4j.simpleLogger.log.ca.uhn.fhir.parser.LenientErrorHandler", "error");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
