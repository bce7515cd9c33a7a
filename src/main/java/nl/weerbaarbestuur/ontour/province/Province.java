package nl.weerbaarbestuur.ontour.province;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A province with its provinciehuis. Addresses and seat counts are data an organiser can correct,
 * not code: some came from memory rather than a checked source.
 */
@Entity
@Table(name = "province")
public class Province {

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(nullable = false, length = 60)
    private String capital;

    @Column(name = "venue_name", nullable = false, length = 120)
    private String venueName;

    @Column(name = "venue_street", nullable = false, length = 120)
    private String venueStreet;

    @Column(name = "venue_postcode", nullable = false, length = 10)
    private String venuePostcode;

    @Column(name = "venue_city", nullable = false, length = 60)
    private String venueCity;

    @Column(name = "ps_seats", nullable = false)
    private int psSeats;

    @Version
    private long version;

    protected Province() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCapital() {
        return capital;
    }

    public String getVenueName() {
        return venueName;
    }

    public String getVenueStreet() {
        return venueStreet;
    }

    public String getVenuePostcode() {
        return venuePostcode;
    }

    public String getVenueCity() {
        return venueCity;
    }

    /** The provinciehuis as one line: "Martinikerkhof 12, 9712 JG Groningen". */
    public String venueAddress() {
        return venueStreet + ", " + venuePostcode + " " + venueCity;
    }

    public int getPsSeats() {
        return psSeats;
    }

    public long getVersion() {
        return version;
    }
}
