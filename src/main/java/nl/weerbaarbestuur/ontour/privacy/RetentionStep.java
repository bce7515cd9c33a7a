package nl.weerbaarbestuur.ontour.privacy;

import java.time.Instant;

/**
 * One rule of the retention job: removes what has been kept long enough at {@code now} and says
 * how many items it removed. Each step runs in its own transaction (implement {@link #apply} as a
 * {@code @Transactional} method of a Spring bean, or call one), must be idempotent (a second run
 * at the same moment removes nothing and returns 0), and logs counts only. Every bean of this type
 * is run by the job, ordered by {@link org.springframework.core.annotation.Order}; a module that
 * keeps personal data of its own (the access log, for instance) adds its rule by declaring one.
 */
public interface RetentionStep {

    /** A short stable name (a-z and dashes), shown to organisers as "privacy.rule.&lt;name&gt;". */
    String rule();

    /** Removes what is due at {@code now}; returns how many items. */
    int apply(Instant now);
}
