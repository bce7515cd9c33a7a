package nl.weerbaarbestuur.ontour.griffie;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords.Presence;
import nl.weerbaarbestuur.ontour.audit.AccessAction;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports of a session's attendee list: CSV and XLSX of everyone who holds or waits for a seat,
 * and the PDF presentielijst of the confirmed. The list is the one the user may see (a griffie:
 * its own province's people), and every export is written to the access log.
 */
@Service
public class AttendeeExports {

    private static final Logger log = LoggerFactory.getLogger(AttendeeExports.class);

    private final Attendees attendees;
    private final PlanningService planning;
    private final ProvinceService provinces;
    private final AccessLog accessLog;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final AttendanceRecords attendance;
    private final Clock clock;

    AttendeeExports(Attendees attendees, PlanningService planning, ProvinceService provinces,
                    AccessLog accessLog, CurrentUser currentUser, Translations translations,
                    AttendanceRecords attendance, Clock clock) {
        this.attendance = attendance;
        this.clock = clock;
        this.attendees = attendees;
        this.planning = planning;
        this.provinces = provinces;
        this.accessLog = accessLog;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public ExportFile export(long sessionId, ExportFormat format, Locale locale) {
        var user = currentUser.require();
        var session = planning.publicSession(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        var people = attendees.all(sessionId, format == ExportFormat.PDF ? AttendeeFilter.confirmed() : AttendeeFilter.active());
        var presence = format == ExportFormat.PDF ? Map.<Long, Presence>of() : attendance.presence(sessionId);
        byte[] content = switch (format) {
            case CSV -> CsvExport.write(asText(table(session, people, presence, locale), locale));
            case XLSX -> XlsxExport.write(t("griffie.export.sheet", locale), table(session, people, presence, locale));
            case PDF -> PresentielijstPdf.write(header(session, people.size(), locale), signatureRows(people, locale));
        };
        accessLog.record(AccessAction.export(format.name()), sessionId, null, people.size());
        log.info("account {} exported {} rows of session {} as {}", user.id(), people.size(), sessionId, format);
        var prefix = t(format == ExportFormat.PDF ? "griffie.export.file.pdf" : "griffie.export.file.list", locale);
        return new ExportFile(prefix + "-" + sessionId + "." + format.extension(), format.contentType(), content,
                people.size());
    }

    /** One row per person; the moment of registering is a date-time (Dutch local time), the rest text. */
    private List<List<Object>> table(SessionFacts session, List<Attendee> people, Map<Long, Presence> presence,
                                     Locale locale) {
        Map<String, String> provinceNames = provinceNames();
        // A hybrid session's list says who comes to the room and who joins online, in a last column.
        var hybrid = session.format() == SessionFormat.HYBRID;
        var rows = new ArrayList<List<Object>>();
        rows.add(withAttendance(hybrid, t("griffie.column.attendance", locale), List.of(t("griffie.column.name", locale), t("griffie.column.email", locale),
                t("griffie.column.function", locale), t("griffie.column.fractie", locale),
                t("griffie.column.province", locale), t("griffie.column.status", locale),
                t("griffie.column.calendar", locale), t("griffie.column.made-by", locale), t("griffie.column.registered-at", locale),
                t("results.checkin.column", locale),
                t("griffie.column.accessibility", locale), t("griffie.column.dietary", locale),
                t("griffie.column.remarks", locale))));
        for (var a : people) {
            rows.add(withAttendance(hybrid, a.attendance() == null ? "" : t("attendance." + a.attendance().name(), locale), List.of(a.fullName(), a.email(), t("function." + a.function().name(), locale), text(a.fractie()),
                    provinceNames.getOrDefault(a.provinceCode(), a.provinceCode()),
                    t("registration.status." + a.status().name(), locale), calendarAnswer(a, locale), madeBy(a, locale),
                    DutchTime.inAmsterdam(a.createdAt()).toLocalDateTime(), attended(presence.get(a.registrationId()), locale),
                    text(a.accessibilityNeeds()), text(a.dietaryNeeds()), text(a.remarks()))));
        }
        return rows;
    }

    private static List<Object> withAttendance(boolean hybrid, String attendance, List<Object> row) {
        if (!hybrid) {
            return row;
        }
        var longer = new ArrayList<>(row);
        longer.add(attendance);
        return longer;
    }

    /** A CSV has no types: its moments are written as the screen shows them. */
    private static List<List<String>> asText(List<List<Object>> rows, Locale locale) {
        return rows.stream().map(row -> row.stream().map(value -> value instanceof LocalDateTime moment
                ? DutchTime.dateTime(moment.atZone(DutchTime.ZONE).toInstant(), locale) : String.valueOf(value)).toList())
                .toList();
    }

    /** Checked in (at what time), absent, or nothing recorded yet (an empty cell). */
    private String attended(Presence presence, Locale locale) {
        if (presence == null) {
            return "";
        }
        if (presence.checkedIn()) {
            return t("results.checkin.checked-in", locale, DutchTime.time(presence.checkedInAt()));
        }
        return presence.noShow() ? t("results.checkin.no-show", locale) : "";
    }

    private Map<String, String> provinceNames() {
        return provinces.all().stream().collect(Collectors.toMap(Province::getCode, Province::getName, (a, b) -> a));
    }

    private List<List<String>> signatureRows(List<Attendee> people, Locale locale) {
        return people.stream().map(a -> List.of(a.fullName(), t("function." + a.function().name(), locale),
                text(a.fractie()), calendarAnswer(a, locale), "")).toList();
    }

    /** What the person answered to their calendar invite ("geaccepteerd"), or an empty cell when they did not. */
    private String calendarAnswer(Attendee a, Locale locale) {
        return a.calendarAnswer() == null ? "" : t("griffie.calendar-answer." + a.calendarAnswer().name(), locale);
    }

    private PresentielijstPdf.Header header(SessionFacts session, int count, Locale locale) {
        var venue = session.place().name() == null ? t("griffie.export.online", locale)
                : String.join(", ", java.util.stream.Stream.of(session.place().name(), session.place().room(), session.place().address())
                .filter(s -> s != null && !s.isBlank()).toList());
        var province = provinceNames().getOrDefault(session.provinceCode(), session.provinceCode());
        return new PresentielijstPdf.Header(session.title(), t("griffie.export.province", locale, province),
                DutchTime.longDate(session.startsAt(), locale),
                DutchTime.time(session.startsAt()) + " - " + DutchTime.time(session.endsAt()), venue,
                t("griffie.export.count", locale, count),
                t("griffie.export.printed", locale, DutchTime.dateTime(clock.instant(), locale)),
                t("griffie.export.walk-ins", locale),
                List.of(t("griffie.column.name", locale), t("griffie.column.function", locale),
                        t("griffie.column.fractie", locale), t("griffie.column.calendar", locale),
                        t("griffie.column.signature", locale)),
                (page, pages) -> t("griffie.export.page", locale, page, pages));
    }

    /** Who made the registration: the participant, or a named griffie user or organiser. */
    String madeBy(Attendee a, Locale locale) {
        var kind = t("griffie.made-by." + a.madeBy().name(), locale);
        return a.madeByAccount() == null ? kind : kind + " (" + a.madeByAccount() + ")";
    }

    private String t(String key, Locale locale, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

}
