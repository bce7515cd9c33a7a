package nl.weerbaarbestuur.ontour.notification;

/**
 * Names Jakarta Mail's stream provider (Angus Mail's) once, through the system property Jakarta
 * Mail reads first ({@code jakarta.mail.util.StreamProvider}). Without it, Jakarta Mail 2.1 asks
 * the ServiceLoader for the provider on every body part it creates and every part it encodes,
 * scanning the class path each time: a fifth of the time the dispatcher spent in the mail
 * benchmark's profile. A provider named by whoever starts the JVM is left alone.
 */
final class MailStreams {

    static final String PROPERTY = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        if (System.getProperty(PROPERTY) == null && present(ANGUS)) {
            System.setProperty(PROPERTY, ANGUS);
        }
    }

    private MailStreams() {
    }

    /** Makes sure the provider is named (the first call does it, once). */
    static void named() {
        // the static initialiser above does the work
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, MailStreams.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
