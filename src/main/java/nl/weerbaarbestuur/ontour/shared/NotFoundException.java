package nl.weerbaarbestuur.ontour.shared;

/** Something asked for by id that does not exist (any more): 404 in the API, a message in the UI. */
public class NotFoundException extends RuntimeException {

    private final String kind;

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
