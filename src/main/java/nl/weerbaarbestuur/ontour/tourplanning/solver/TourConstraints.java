package nl.weerbaarbestuur.ontour.tourplanning.solver;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules of a tour plan. Hard rules may not be broken (a plan that breaks one is shown as such);
 * medium: every session left without a date or a trainer; soft: the wishes and costs, weighed against
 * each other in points (see the weights). Sessions the planner may not move (pinned) only count where
 * they meet a session it does move: a clash between two pinned sessions is not the planner's doing.
 * <p>
 * The explanations ({@link PlanExplainer}) apply the same predicates from {@link Visit}, {@link Slot},
 * {@link TrainerFact} and {@link ProvinceFact}, so what the plan says about itself is what was scored.
 */
public class TourConstraints implements ConstraintProvider {

    static final String TRAINER_DOUBLE_BOOKED = "Trainer double-booked on a day";
    static final String TRAINER_UNAVAILABLE = "Trainer unavailable";
    static final String TRAINER_MAX_PER_WEEK = "Trainer's maximum per week";
    static final String UNSUITABLE_DATE = "Province's unsuitable date";
    static final String PUBLIC_HOLIDAY = "Public holiday";
    static final String PROVINCE_TWICE_IN_WEEK = "Two sessions of one province in one week";
    static final String OUTSIDE_THE_PLAN = "Slot outside the plannable days";
    static final String UNPLACED = "Session without a date";
    static final String WITHOUT_TRAINER = "Session without a trainer";
    static final String TRAINER_TRAVEL = "Trainer travels between consecutive days";
    static final String SPREAD = "Province's sessions spread over the period";
    static final String PART_OF_DAY = "Province's preferred part of day";
    static final String WEEKDAY = "Province's preferred weekdays";
    static final String SCHOOL_HOLIDAY = "School holiday in the province's region";
    static final String TRAINER_BALANCE = "Sessions balanced over trainers";
    static final String MOVED_DRAFT = "Existing draft moved";

    /** An unplaced session weighs as two sessions without a trainer: a date matters more. */
    static final int UNPLACED_WEIGHT = 2;
    /** Soft points per 10 km a trainer travels between sessions on consecutive days. */
    static final int KM_PER_POINT = 10;
    static final int PART_OF_DAY_WEIGHT = 40;
    static final int WEEKDAY_WEIGHT = 30;
    static final int SCHOOL_HOLIDAY_WEIGHT = 60;
    /** Per trainer, times the square of the sessions over their fair share: one too many costs as much as 100 km. */
    static final int BALANCE_WEIGHT = 10;
    /** Per moved draft: more than any one wish, so a re-plan moves as few drafts as it can. */
    static final int MOVED_WEIGHT = 100;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                trainerDoubleBooked(factory), trainerUnavailable(factory), trainerMaxPerWeek(factory),
                unsuitableDate(factory), publicHoliday(factory), provinceTwiceInWeek(factory), outsideThePlan(factory),
                unplaced(factory), withoutTrainer(factory),
                trainerTravel(factory), spread(factory), partOfDay(factory), weekday(factory), schoolHoliday(factory),
                trainerBalance(factory), movedDraft(factory)
        };
    }

    /**
     * Every visit with a date, whether or not it has a trainer: {@code forEach} would leave out a
     * visit with a date but no trainer, and so let it break the date rules unseen.
     */
    private static UniConstraintStream<Visit> placed(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class).filter(Visit::placed);
    }

    private static UniConstraintStream<Visit> plannedHere(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class).filter(Visit::plannedHere);
    }

    Constraint trainerDoubleBooked(ConstraintFactory factory) {
        return placed(factory)
                .join(placed(factory), Joiners.equal(Visit::epochDay), Joiners.lessThan(Visit::getKey))
                .filter((a, b) -> !(a.isPinned() && b.isPinned()) && a.sharesTrainerWith(b))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(TRAINER_DOUBLE_BOOKED);
    }

    Constraint trainerUnavailable(ConstraintFactory factory) {
        return plannedHere(factory)
                .filter(v -> {
                    var trainer = v.getTrainer();
                    return trainer != null && trainer.unavailableOn(v.date());
                })
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(TRAINER_UNAVAILABLE);
    }

    /** Penalised by the sessions over the limit, at most as many as the planner put in that week. */
    Constraint trainerMaxPerWeek(ConstraintFactory factory) {
        return placed(factory)
                .flatten(Visit::trainers)
                .filter((visit, trainer) -> trainer.maxPerWeek() != null)
                .groupBy((visit, trainer) -> trainer, (visit, trainer) -> visit.week(), countBi(),
                        sum((visit, trainer) -> visit.isPinned() ? 0 : 1))
                .filter((trainer, week, total, planned) -> total > trainer.weeklyLimit() && planned > 0)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (trainer, week, total, planned) -> Math.min(total - trainer.weeklyLimit(), planned))
                .asConstraint(TRAINER_MAX_PER_WEEK);
    }

    Constraint unsuitableDate(ConstraintFactory factory) {
        return plannedHere(factory)
                .filter(v -> v.province().unsuitableOn(v.date()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(UNSUITABLE_DATE);
    }

    Constraint publicHoliday(ConstraintFactory factory) {
        return plannedHere(factory)
                .filter(v -> v.requireSlot().holidayKey() != null)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(PUBLIC_HOLIDAY);
    }

    Constraint provinceTwiceInWeek(ConstraintFactory factory) {
        return placed(factory)
                .join(placed(factory), Joiners.equal(v -> v.province().code()), Joiners.equal(Visit::week),
                        Joiners.lessThan(Visit::getKey))
                .filter((a, b) -> !(a.isPinned() && b.isPinned()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(PROVINCE_TWICE_IN_WEEK);
    }

    /** A pinned session's time in the past or a weekend is in the value range (Timefold wants it there), for it alone. */
    Constraint outsideThePlan(ConstraintFactory factory) {
        return plannedHere(factory)
                .filter(v -> !v.requireSlot().plannable())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(OUTSIDE_THE_PLAN);
    }

    Constraint unplaced(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(v -> !v.isPinned() && !v.placed())
                .penalize(HardMediumSoftScore.ofMedium(UNPLACED_WEIGHT))
                .asConstraint(UNPLACED);
    }

    Constraint withoutTrainer(ConstraintFactory factory) {
        return plannedHere(factory)
                .filter(v -> v.getTrainer() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint(WITHOUT_TRAINER);
    }

    /** The first visit is the day before the second, with a trainer in common. */
    Constraint trainerTravel(ConstraintFactory factory) {
        return placed(factory)
                .join(placed(factory), Joiners.equal(v -> v.epochDay() + 1, Visit::epochDay))
                .filter((before, after) -> !(before.isPinned() && after.isPinned()) && before.sharesTrainerWith(after))
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (before, after) -> travelPoints(before.province().kilometresTo(after.province())))
                .asConstraint(TRAINER_TRAVEL);
    }

    static long travelPoints(long km) {
        return Math.round((double) km / KM_PER_POINT);
    }

    /** A point per day that two sessions of a province sit closer together than an even spread would put them. */
    Constraint spread(ConstraintFactory factory) {
        return placed(factory)
                .join(placed(factory), Joiners.equal(v -> v.province().code()), Joiners.lessThan(Visit::getKey))
                .filter((a, b) -> !(a.isPinned() && b.isPinned()) && shortfall(a, b) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, TourConstraints::shortfall)
                .asConstraint(SPREAD);
    }

    static long shortfall(Visit a, Visit b) {
        return Math.max(0, a.province().idealGapDays() - Math.abs(a.epochDay() - b.epochDay()));
    }

    Constraint partOfDay(ConstraintFactory factory) {
        return plannedHere(factory)
                .filter(v -> v.province().missesPartOfDay(v.requireSlot().partOfDay()))
                .penalize(HardMediumSoftScore.ofSoft(PART_OF_DAY_WEIGHT))
                .asConstraint(PART_OF_DAY);
    }

    Constraint weekday(ConstraintFactory factory) {
        return plannedHere(factory)
                .filter(v -> v.province().missesWeekday(v.requireSlot().dayOfWeek()))
                .penalize(HardMediumSoftScore.ofSoft(WEEKDAY_WEIGHT))
                .asConstraint(WEEKDAY);
    }

    Constraint schoolHoliday(ConstraintFactory factory) {
        return plannedHere(factory)
                .filter(v -> v.province().schoolHolidayOn(v.date()).isPresent())
                .penalize(HardMediumSoftScore.ofSoft(SCHOOL_HOLIDAY_WEIGHT))
                .asConstraint(SCHOOL_HOLIDAY);
    }

    /**
     * Sessions over a trainer's fair share, squared: a balanced plan costs nothing, and two trainers one
     * over cost less than one trainer two over.
     */
    Constraint trainerBalance(ConstraintFactory factory) {
        return placed(factory)
                .filter(v -> v.getTrainer() != null)
                .groupBy(Visit::getTrainer, count())
                .filter((trainer, sessions) -> sessions > trainer.fairShare())
                .penalize(HardMediumSoftScore.ofSoft(BALANCE_WEIGHT),
                        (trainer, sessions) -> (long) (sessions - trainer.fairShare()) * (sessions - trainer.fairShare()))
                .asConstraint(TRAINER_BALANCE);
    }

    Constraint movedDraft(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Visit.class)
                .filter(Visit::moved)
                .penalize(HardMediumSoftScore.ofSoft(MOVED_WEIGHT))
                .asConstraint(MOVED_DRAFT);
    }
}
