package nl.weerbaarbestuur.ontour.planning;

/**
 * The demo tour has just been planned (demo data, {@code ontour.demo-data=true}, first start only):
 * the modules that keep registrations and attendance add theirs to its sessions, in the same
 * transaction, so that a first start shows a dashboard with work on it. Published synchronously;
 * never in production.
 */
public record DemoTourPlanned(long tourId) {
}
