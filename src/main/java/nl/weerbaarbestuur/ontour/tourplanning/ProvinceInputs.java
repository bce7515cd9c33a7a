package nl.weerbaarbestuur.ontour.tourplanning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisers' side of the provinces' input for a tour: which province answered and what it
 * said in short, how many sessions each province should get (default 1), and a reminder mail to
 * the griffie users of a province that has not answered (through the outbox, at most one per user
 * per province per day).
 */
@Service
public class ProvinceInputs {

    private static final Logger log = LoggerFactory.getLogger(ProvinceInputs.class);
    /** More sessions than any province gets in one tour. */
    public static final int MAX_SESSIONS = 10;

    private final ProvinceWishRepository wishes;
    private final TourService tours;
    private final ProvinceService provinces;
    private final UserAccountService accounts;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final SiteAddress site;
    private final Clock clock;

    ProvinceInputs(ProvinceWishRepository wishes, TourService tours, ProvinceService provinces, UserAccountService accounts,
                   MailTemplates templates, MailOutbox outbox, SiteAddress site, Clock clock) {
        this.wishes = wishes;
        this.tours = tours;
        this.provinces = provinces;
        this.accounts = accounts;
        this.templates = templates;
        this.outbox = outbox;
        this.site = site;
        this.clock = clock;
    }

    /**
     * One province's input for the tour, in short.
     *
     * @param griffieUsers how many active griffie accounts the province has (who a reminder would reach)
     */
    public record Row(String provinceCode, String provinceName, @Nullable Instant answeredAt, int unsuitableDates,
                      @Nullable PartOfDay partOfDay, Set<DayOfWeek> weekdays, int sessionsWanted,
                      @Nullable Instant remindedAt, int griffieUsers) {
        public Row {
            weekdays = Set.copyOf(weekdays);
        }

        public boolean answered() {
            return answeredAt != null;
        }
    }

    /** The twelve provinces, in name order, with what each said for the tour. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<Row> overview(long tourId) {
        tours.get(tourId);
        var byProvince = wishes.findByTourId(tourId).stream()
                .collect(Collectors.toMap(ProvinceWish::getProvinceCode, Function.identity()));
        var griffies = accounts.activeGriffieUsers();
        return provinces.all().stream().map(p -> {
            var wish = byProvince.get(p.getCode());
            int users = (int) griffies.stream().filter(g -> g.provinceCodes().contains(p.getCode())).count();
            if (wish == null) {
                return new Row(p.getCode(), p.getName(), null, 0, null, Set.of(), 1, null, users);
            }
            return new Row(p.getCode(), p.getName(), wish.getAnsweredAt(), wish.getUnsuitableDates().size(),
                    wish.getPartOfDay(), wish.getWeekdays(), wish.getSessionsWanted(), wish.getRemindedAt(), users);
        }).toList();
    }

    /** How many sessions the tour should hold in the province: 0 (none) to {@link #MAX_SESSIONS}. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public void setSessionsWanted(long tourId, String provinceCode, int count) {
        tours.get(tourId);
        var province = province(provinceCode);
        if (count < 0 || count > MAX_SESSIONS) {
            throw new InvalidInputException(List.of(new FieldError("sessionsWanted", "tourplanning.input.error.sessions",
                    MAX_SESSIONS)));
        }
        var wish = wishes.findByTourIdAndProvinceCode(tourId, province.getCode())
                .orElseGet(() -> new ProvinceWish(tourId, province.getCode()));
        wish.wantSessions(count);
        wishes.save(wish);
    }

    /**
     * Queues a reminder to each active griffie user of a province that has not answered yet.
     *
     * @return how many reminders were queued (0: each of them got one today already)
     * @throws BusinessRuleException when the province answered already, or has no griffie account
     */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public int remind(long tourId, String provinceCode) {
        var tour = tours.get(tourId);
        var province = province(provinceCode);
        var wish = wishes.findByTourIdAndProvinceCode(tourId, province.getCode());
        if (wish.map(ProvinceWish::isAnswered).orElse(false)) {
            throw new BusinessRuleException("tourplanning.input.error.already-answered");
        }
        var recipients = accounts.activeGriffieUsers().stream()
                .filter(g -> g.provinceCodes().contains(province.getCode())).toList();
        if (recipients.isEmpty()) {
            throw new BusinessRuleException("tourplanning.input.error.no-griffie");
        }
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, DutchTime.ZONE);
        int queued = 0;
        for (var griffie : recipients) {
            var content = templates.render(MailType.TOUR_DATES_REMINDER, "nl", values(tour, province, griffie.displayName()));
            var message = new OutgoingMessage("tour-dates-reminder:" + tour.getId() + ":" + province.getCode() + ":"
                    + griffie.id() + ":" + today, MailType.TOUR_DATES_REMINDER.name(), "nl", griffie.email(),
                    content.subject(), content.text())
                    .from(tour.getName(), tour.getOrganiserEmail());
            if (outbox.enqueue(message)) {
                queued++;
            }
        }
        var stored = wish.orElseGet(() -> new ProvinceWish(tourId, province.getCode()));
        stored.reminded(now.truncatedTo(ChronoUnit.MICROS));
        wishes.save(stored);
        log.info("Tour planning reminder for tour {} province {}: {} of {} griffie account(s) queued", tourId,
                province.getCode(), queued, recipients.size());
        return queued;
    }

    /** Reminds every province with a griffie account that has not answered; returns how many mails were queued. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public int remindAllUnanswered(long tourId) {
        int queued = 0;
        for (var row : overview(tourId)) {
            if (!row.answered() && row.griffieUsers() > 0) {
                queued += remind(tourId, row.provinceCode());
            }
        }
        return queued;
    }

    private Map<String, String> values(Tour tour, Province province, String name) {
        var locale = DutchTime.DUTCH;
        return Map.of("naam", name,
                "provincie", province.getName(),
                "tour", tour.getName(),
                "periode", DutchTime.date(tour.getStartsOn(), locale) + " – " + DutchTime.date(tour.getEndsOn(), locale),
                "link", site.link("/tourplanning/datums?tour=" + tour.getId() + "&provincie=" + province.getCode()));
    }

    private Province province(String code) {
        return provinces.all().stream().filter(p -> p.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("province", code));
    }
}
