package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.tourplanning.PlanRun;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import nl.weerbaarbestuur.ontour.tourplanning.ReasonTexts;
import org.jspecify.annotations.Nullable;

/** A run of the tour planner with its best plan so far, every text in the caller's language. */
@Schema(name = "PlanRun", description = "A run of the tour planner and its best plan so far")
record PlanRunView(
        UUID id,
        long tourId,
        @Schema(description = "SOLVING (the plan may still improve), DONE, STOPPED or FAILED; accept only when not SOLVING",
                example = "SOLVING") PlanRun.State state,
        OffsetDateTime startedAt,
        @Schema(description = "Seconds the planner has worked", example = "12") long elapsedSeconds,
        @Schema(description = "0-100: how far the run is through its time budget", example = "40") int progress,
        ScoreView score,
        @Schema(description = "Every session to hold, placed or not (pinned ones too), in date order, unplaced last")
        List<ProposalView> sessions) {

    @Schema(name = "PlanScore")
    record ScoreView(
            @Schema(description = "True when no hard rule is broken") boolean feasible,
            int hardBroken,
            int unplaced,
            long softPenalty,
            @Schema(description = "The score in words, one sentence each",
                    example = "[\"alle harde regels gehaald\", \"3 sessies in een schoolvakantie\"]") List<String> summary) {
    }

    @Schema(name = "ProposedSession")
    record ProposalView(
            @Schema(description = "Stable within the run: what accept takes", example = "UT-1") String key,
            @Schema(example = "UT") String provinceCode,
            @Schema(example = "Utrecht") String province,
            @Schema(description = "False when the planner found no place; then startsAt is null and givesUp says why")
            boolean placed,
            @Nullable OffsetDateTime startsAt,
            @Nullable OffsetDateTime endsAt,
            @Nullable Long trainerId,
            @Nullable String trainerName,
            @Schema(description = "The existing session this stands for; null for a new one") @Nullable Long existingSessionId,
            @Schema(description = "An existing session the plan may not move (published or with registrations)") boolean pinned,
            @Schema(description = "An existing draft the plan moves") boolean moved,
            @Schema(description = "What speaks for this place") List<String> why,
            @Schema(description = "What it gives up; for an unplaced session why it could not be placed") List<String> givesUp) {
    }

    static PlanRunView of(PlanRun run, ReasonTexts texts, Locale locale) {
        var score = run.score();
        return new PlanRunView(run.id(), run.tourId(), run.state(), ApiTime.out(run.startedAt()),
                run.elapsed().toSeconds(), run.progress(),
                new ScoreView(score.feasible(), score.hardBroken(), score.unplaced(), score.softPenalty(),
                        texts.texts(score.summary(), locale)),
                run.sessions().stream().map(session -> proposal(session, texts, locale)).toList());
    }

    private static ProposalView proposal(ProposedSession session, ReasonTexts texts, Locale locale) {
        OffsetDateTime starts = null;
        OffsetDateTime ends = null;
        if (session.date() != null && session.start() != null && session.end() != null) {
            starts = session.date().atTime(session.start()).atZone(DutchTime.ZONE).toOffsetDateTime();
            ends = session.date().atTime(session.end()).atZone(DutchTime.ZONE).toOffsetDateTime();
        }
        return new ProposalView(session.key(), session.provinceCode(), session.provinceName(), session.placed(), starts, ends,
                session.trainerId(), session.trainerName(), session.existingSessionId(), session.pinned(), session.moved(),
                texts.texts(session.why(), locale), texts.texts(session.givesUp(), locale));
    }
}
