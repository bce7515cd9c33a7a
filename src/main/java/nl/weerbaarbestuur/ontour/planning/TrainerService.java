package nl.weerbaarbestuur.ontour.planning;

import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Session leaders. A trainer account with the same e-mail address sees the trainer's sessions. */
@Service
public class TrainerService {

    private final TrainerRepository trainers;

    TrainerService(TrainerRepository trainers) {
        this.trainers = trainers;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<Trainer> all() {
        return trainers.findAllByOrderByNameAsc();
    }

    /**
     * The trainer with this address, if there is one: for the erasure of an address, which may be a
     * trainer's too. No role check: the erasure is asked by an organiser or through a manage link.
     */
    @Transactional(readOnly = true)
    public Optional<Long> idWithAddress(String email) {
        var address = email == null ? "" : email.strip().toLowerCase();
        return address.isEmpty() ? Optional.empty() : trainers.findByEmailIgnoreCase(address).map(Trainer::getId);
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Trainer create(String name, String email, @Nullable String organisation) {
        var normalised = validate(null, name, email, organisation);
        return trainers.save(new Trainer(name.strip(), normalised, FieldChecks.blankToNull(organisation)));
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Trainer update(long id, long expectedVersion, String name, String email, @Nullable String organisation) {
        var trainer = trainers.findById(id).orElseThrow(() -> new NotFoundException("trainer", id));
        if (trainer.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Trainer.class, id);
        }
        var normalised = validate(id, name, email, organisation);
        trainer.revise(name.strip(), normalised, FieldChecks.blankToNull(organisation));
        return trainer;
    }

    private String validate(@Nullable Long id, String name, String email, @Nullable String organisation) {
        var errors = new ArrayList<FieldError>();
        FieldChecks.text(errors, "name", name, 120, true);
        FieldChecks.text(errors, "organisation", organisation, 160, false);
        String normalised = EmailAddresses.normalise(email);
        var problem = EmailAddresses.problem(normalised);
        if (problem.isPresent()) {
            errors.add(new FieldError("email", problem.get().messageKey()));
        } else {
            trainers.findByEmailIgnoreCase(normalised).filter(t -> !t.getId().equals(id))
                    .ifPresent(t -> errors.add(new FieldError("email", "trainer.error.email-taken")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return normalised;
    }
}
