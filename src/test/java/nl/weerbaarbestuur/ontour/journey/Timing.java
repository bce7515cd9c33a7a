package nl.weerbaarbestuur.ontour.journey;

/** Prints how long a step took, so that slow starts and page loads show up in the test output. */
final class Timing {

    private Timing() {
    }

    static void log(String what, long nanos) {
        System.out.printf("[timing] %s in %d ms%n", what, nanos / 1_000_000);
    }
}
