package nl.weerbaarbestuur.ontour.planning;

/** A trainer as an invite addresses them. */
public record SessionTrainer(long id, String name, String email) {

    static SessionTrainer of(Trainer t) {
        return new SessionTrainer(t.getId(), t.getName(), t.getEmail());
    }
}
