package nl.weerbaarbestuur.ontour.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Where a session takes place; the provinciehuis is offered first. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(nullable = false, length = 120)
    private String street;

    @Column(nullable = false, length = 10)
    private String postcode;

    @Column(nullable = false, length = 60)
    private String city;

    @Column(length = 120)
    private @Nullable String room;

    @Column(name = "accessibility_notes", length = 2000)
    private @Nullable String accessibilityNotes;

    @Column(precision = 9, scale = 6)
    private @Nullable BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private @Nullable BigDecimal longitude;

    @Version
    private long version;

    protected Venue() {
    }

    public Venue(String provinceCode, String name, String street, String postcode, String city, @Nullable String room) {
        this.provinceCode = provinceCode;
        this.name = name;
        this.street = street;
        this.postcode = postcode;
        this.city = city;
        this.room = room;
    }

    void revise(String newName, String newStreet, String newPostcode, String newCity, @Nullable String newRoom,
                @Nullable String newAccessibilityNotes, @Nullable BigDecimal newLatitude, @Nullable BigDecimal newLongitude) {
        this.name = newName;
        this.street = newStreet;
        this.postcode = newPostcode;
        this.city = newCity;
        this.room = newRoom;
        this.accessibilityNotes = newAccessibilityNotes;
        this.latitude = newLatitude;
        this.longitude = newLongitude;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getName() {
        return name;
    }

    public String getStreet() {
        return street;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getCity() {
        return city;
    }

    public @Nullable String getRoom() {
        return room;
    }

    public @Nullable String getAccessibilityNotes() {
        return accessibilityNotes;
    }

    public @Nullable BigDecimal getLatitude() {
        return latitude;
    }

    public @Nullable BigDecimal getLongitude() {
        return longitude;
    }

    /** "Martinikerkhof 12, 9712 JG Groningen". */
    public String address() {
        return street + ", " + postcode + " " + city;
    }
}
