package nl.weerbaarbestuur.ontour.shared.ui;

import java.util.Map;

/**
 * Where each page of the side navigation sits for signed-in staff. Nineteen flat entries were hard
 * to scan, so the organiser's pages are grouped by what they are for. Staff see the public pages
 * under their own heading and under a staff name ("Openbare sessies" rather than "Bijeenkomsten"
 * beside "Sessies"), so that one thing has one name. Anonymous visitors see the public names
 * without headings. Pages are known by their path: the shared frame imports no feature module.
 */
final class MenuSections {

    /** The headings of the side navigation, in the order they are shown. */
    enum Section {
        START(null),
        PLANNING("layout.section.planning"),
        PARTICIPANTS("layout.section.participants"),
        COMMUNICATION("layout.section.communication"),
        ADMIN("layout.section.admin"),
        PUBLIC("layout.section.public");

        private final String labelKey;

        Section(String labelKey) {
            this.labelKey = labelKey;
        }

        /** The heading's translation key; null for the first, unlabelled group. */
        String labelKey() {
            return labelKey;
        }
    }

    /** A page's section and, where staff know it by another name than visitors, that name's key. */
    record Place(Section section, String titleKey) {
        static Place in(Section section) {
            return new Place(section, null);
        }

        Place named(String key) {
            return new Place(section, key);
        }
    }

    private static final Place START = Place.in(Section.START);

    private static final Map<String, Place> STAFF = Map.ofEntries(
            Map.entry("", Place.in(Section.PUBLIC).named("nav.home.staff")),
            Map.entry("sessies", Place.in(Section.PUBLIC).named("nav.catalogue.staff")),
            Map.entry("overzicht", START),
            Map.entry("planning", Place.in(Section.PLANNING).named("nav.planning.staff")),
            Map.entry("planning/sessies", Place.in(Section.PLANNING)),
            Map.entry("planning/kalender", Place.in(Section.PLANNING)),
            Map.entry("planning/tourplan", Place.in(Section.PLANNING)),
            Map.entry("tourplanning/wensen", Place.in(Section.PLANNING)),
            Map.entry("tourplanning/datums", Place.in(Section.PLANNING)),
            Map.entry("griffie", Place.in(Section.PARTICIPANTS).named("nav.griffie.staff")),
            Map.entry("resultaten", Place.in(Section.PARTICIPANTS)),
            Map.entry("beheer/privacy", Place.in(Section.PARTICIPANTS)),
            Map.entry("beheer/mail", Place.in(Section.COMMUNICATION).named("nav.mail.staff")),
            Map.entry("beheer/mail/sjablonen", Place.in(Section.COMMUNICATION)),
            Map.entry("beheer/agenda-antwoorden", Place.in(Section.COMMUNICATION)),
            Map.entry("agenda-links", Place.in(Section.COMMUNICATION)),
            Map.entry("beheer/provincies", Place.in(Section.ADMIN)),
            Map.entry("beheer/tours", Place.in(Section.ADMIN)),
            Map.entry("beheer/locaties", Place.in(Section.ADMIN)),
            Map.entry("beheer/trainers", Place.in(Section.ADMIN)),
            Map.entry("tourplanning/trainers", Place.in(Section.ADMIN)),
            Map.entry("tourplanning/schoolvakanties", Place.in(Section.ADMIN)),
            Map.entry("beheer/gebruikers", Place.in(Section.ADMIN)),
            Map.entry("beheer/api-tokens", Place.in(Section.ADMIN)),
            Map.entry("beheer/toegang", Place.in(Section.ADMIN)));

    private MenuSections() {
    }

    /** The place of the page at this path (Vaadin's menu paths start with a slash). */
    static Place of(String path, boolean signedIn) {
        if (!signedIn) {
            return START;
        }
        var key = path.startsWith("/") ? path.substring(1) : path;
        return STAFF.getOrDefault(key, START);
    }
}
