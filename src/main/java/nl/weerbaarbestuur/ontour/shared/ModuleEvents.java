package nl.weerbaarbestuur.ontour.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.function.SingletonSupplier;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the modules' events are stored (Spring Modulith's {@code EVENT_PUBLICATION} table, one row per
 * event and listener, written in the transaction that raised the event):
 * <ul>
 * <li>the event as JSON, written by the application's own {@link JsonMapper}, found once. Modulith's
 *     default serializer asks the bean factory for the mapper on every event (an autowiring lookup
 *     per row: 17 of the 486 request-thread samples of a burst of confirmations in Flight Recorder);</li>
 * <li>completed publications are kept for {@link ModuleEventSettings#keepCompleted()} (default 7 days, for
 *     looking into what happened) and then deleted, so the table does not grow with every
 *     registration, mail and change for as long as the application runs. Incomplete and failed ones
 *     stay until they are processed: they are what a restart publishes again;</li>
 * <li>a publication whose listener failed is tried again every {@code ontour.events.retry.interval}
 *     (5 minutes), at most {@code ontour.events.retry.max-attempts} times, instead of waiting for the
 *     next restart.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ModuleEvents {

    private static final Logger log = LoggerFactory.getLogger(ModuleEvents.class);

    @Bean
    EventSerializer moduleEventSerializer(ObjectProvider<JsonMapper> mappers) {
        return new JsonEventSerializer(SingletonSupplier.of(() -> mappers.getIfAvailable(
                () -> JsonMapper.builder().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build())));
    }

    @Bean
    CompletedEventCleanup completedEventCleanup(CompletedEventPublications completed, ModuleEventSettings settings) {
        return new CompletedEventCleanup(completed, settings.keepCompleted());
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "ontour.events.retry.enabled", matchIfMissing = true)
    FailedEventRetry failedEventRetry(FailedEventPublications failed, ModuleEventSettings settings, Clock clock) {
        return new FailedEventRetry(failed, settings.retry(), clock);
    }

    /** Serializes with one mapper, resolved on first use. */
    record JsonEventSerializer(SingletonSupplier<JsonMapper> mapper) implements EventSerializer {

        @Override
        public Object serialize(Object event) {
            return mapper.obtain().writeValueAsString(event);
        }

        @Override
        public <T> T deserialize(Object serialized, Class<T> type) {
            return mapper.obtain().readValue(serialized.toString(), type);
        }
    }

    /**
     * Tries failed publications again: those whose last try (their publication, or their last
     * resubmission) lies at least an interval back, one try per run, each at most
     * {@link ModuleEventSettings.Retry#maxAttempts()} tries in all. Every instance may run it:
     * Modulith claims a publication (marks it RESUBMITTED, in one conditional update) before it hands
     * it to the listener, so two instances never run the same one at once.
     *
     * <p>The age is checked here, not only with {@code withMinAge}: Spring Modulith 2.0.3's query for
     * failed publications reads {@code STATUS = 'FAILED' OR (...) AND PUBLICATION_DATE < ?}, and AND
     * binds first, so its age limit never applies to a failed one.
     */
    static class FailedEventRetry {

        private final FailedEventPublications failed;
        private final ModuleEventSettings.Retry retry;
        private final Clock clock;

        FailedEventRetry(FailedEventPublications failed, ModuleEventSettings.Retry retry, Clock clock) {
            this.failed = failed;
            this.retry = retry;
            this.clock = clock;
        }

        @Scheduled(fixedDelayString = "${ontour.events.retry.interval:PT5M}",
                initialDelayString = "${ontour.events.retry.interval:PT5M}")
        void retryFailed() {
            var due = clock.instant().minus(retry.interval());
            failed.resubmit(ResubmissionOptions.defaults()
                    .withMinAge(retry.interval())
                    .withFilter(publication -> publication.getCompletionAttempts() < retry.maxAttempts()
                            && !lastTry(publication).isAfter(due)));
        }

        private static Instant lastTry(EventPublication publication) {
            var resubmitted = publication.getLastResubmissionDate();
            return resubmitted != null ? resubmitted : publication.getPublicationDate();
        }
    }

    /** Deletes completed publications older than the retention, every night. */
    static class CompletedEventCleanup {

        private final CompletedEventPublications completed;
        private final Duration keep;

        CompletedEventCleanup(CompletedEventPublications completed, Duration keep) {
            this.completed = completed;
            this.keep = keep;
        }

        @Scheduled(cron = "${ontour.events.cleanup-cron:0 15 3 * * *}", zone = "Europe/Amsterdam")
        void deleteOld() {
            completed.deletePublicationsOlderThan(keep);
            log.info("Completed module events older than {} deleted", keep);
        }

        Duration keep() {
            return keep;
        }
    }
}
