package nl.weerbaarbestuur.ontour.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long personal data is kept, in days. The retention job and the privacy statement both read
 * these, so the statement never disagrees with what the job does. {@code defaultDays} is the
 * default of a tour's own retention period (settable per tour within {@link #MIN_TOUR_DAYS} and
 * {@link #MAX_TOUR_DAYS}), counted from the end of a session.
 *
 * @param defaultDays days after a session until its registrations are anonymised, the default for new tours (30-730)
 * @param needsDays days after a session until accessibility and dietary needs are removed
 * @param unconfirmedDays days after the request until a never confirmed registration is deleted
 * @param sentMailBodyDays days until the body of a sent mail is purged
 * @param failedMailDays days until the body of a failed or held mail is purged
 * @param logDays days an access log entry is kept
 */
@ConfigurationProperties("ontour.privacy.retention")
public record RetentionSettings(Integer defaultDays, Integer needsDays, Integer unconfirmedDays,
                                Integer sentMailBodyDays, Integer failedMailDays, Integer logDays) {

    public static final int MIN_TOUR_DAYS = 30;
    public static final int MAX_TOUR_DAYS = 730;

    public RetentionSettings {
        defaultDays = defaultDays == null ? 90 : defaultDays;
        needsDays = needsDays == null ? 1 : needsDays;
        unconfirmedDays = unconfirmedDays == null ? 7 : unconfirmedDays;
        sentMailBodyDays = sentMailBodyDays == null ? 7 : sentMailBodyDays;
        failedMailDays = failedMailDays == null ? 30 : failedMailDays;
        logDays = logDays == null ? 365 : logDays;
        if (defaultDays < MIN_TOUR_DAYS || defaultDays > MAX_TOUR_DAYS) {
            throw new IllegalArgumentException("ontour.privacy.retention.default-days must lie between "
                    + MIN_TOUR_DAYS + " and " + MAX_TOUR_DAYS + ", not " + defaultDays);
        }
    }

    public Period logPeriod() {
        return Period.ofDays(logDays);
    }
}
