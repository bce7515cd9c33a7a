package nl.weerbaarbestuur.ontour.shared;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
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
 *     stay until they are processed: they are what a restart publishes again.</li>
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
