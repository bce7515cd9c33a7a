package nl.weerbaarbestuur.ontour.province;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

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

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

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

    void correct(String newVenueName, String newVenueStreet, String newVenuePostcode, String newVenueCity, int newPsSeats) {
        this.venueName = newVenueName;
        this.venueStreet = newVenueStreet;
        this.venuePostcode = newVenuePostcode;
        this.venueCity = newVenueCity;
        this.psSeats = newPsSeats;
    }

    /** Great-circle distance between the capitals in kilometres, or -1 when a position is unknown. */
    public double kilometresTo(Province other) {
        if (latitude == null || longitude == null || other.latitude == null || other.longitude == null) {
            return -1;
        }
        double lat1 = Math.toRadians(latitude.doubleValue());
        double lat2 = Math.toRadians(other.latitude.doubleValue());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude.doubleValue() - longitude.doubleValue());
        double a = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 6371.0 * 2 * Math.asin(Math.sqrt(a));
    }

    /** The provinciehuis' latitude (WGS84), or null when unknown. */
    public @Nullable BigDecimal getLatitude() {
        return latitude;
    }

    /** The provinciehuis' longitude (WGS84), or null when unknown. */
    public @Nullable BigDecimal getLongitude() {
        return longitude;
    }

    public long getVersion() {
        return version;
    }
}
