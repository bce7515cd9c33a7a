package nl.weerbaarbestuur.ontour.planning.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Hand-made, deliberately simplified outlines of the twelve provinces for the overview map.
 * This is not survey data: every vertex is a rounded longitude/latitude of a well-known place
 * or border point (Den Helder, Lauwersoog, Vaals, ...), neighbours share their border vertices so
 * that the shapes fit together, coastlines and islands are reduced to a few points, and the big
 * lakes are left as water. Good enough to recognise a province and click it; never to measure.
 * Positions are projected equirectangularly around 52.2° N, which keeps the country's proportions.
 */
final class ProvinceOutlines {

    /** One province: its SVG path (several sub-paths for islands) and where its label goes. */
    record Outline(String code, String path, double labelX, double labelY) {
    }

    static final String VIEW_BOX = "0 0 300 355";

    private static final double SCALE = 120;
    private static final double COS_LAT = Math.cos(Math.toRadians(52.2));
    private static final Map<String, double[]> VERTICES = new HashMap<>();
    private static final List<Outline> OUTLINES = new ArrayList<>();

    static {
        // Zeeland and its borders
        v("ZV1", 3.37, 51.37); v("ZV2", 3.38, 51.27); v("ZV3", 3.80, 51.21); v("ZV4", 4.24, 51.35);
        v("ZV5", 4.20, 51.40); v("ZV6", 3.60, 51.41);
        v("W1", 3.44, 51.54); v("W2", 3.58, 51.44); v("W3", 3.95, 51.42); v("W5", 3.68, 51.70);
        v("C1", 3.80, 51.74); v("T1", 4.33, 51.66); v("ZNB1", 4.25, 51.44); v("ZNB2", 4.28, 51.55);
        v("ZO1", 4.12, 51.57); v("ZO2", 3.95, 51.62); v("ZO3", 3.72, 51.63);
        v("ZS1", 3.58, 51.60); v("ZS2", 3.90, 51.56); v("ZS3", 4.12, 51.52);
        // Zuid-Holland
        v("G1", 3.87, 51.84); v("HVH", 4.10, 51.98); v("SCH", 4.26, 52.10); v("CNH", 4.50, 52.30);
        v("B1", 4.68, 52.24); v("TP_ZNU", 4.80, 52.23); v("U1", 4.85, 52.03); v("TP_ZUG", 5.02, 51.86);
        v("TP_ZNG", 5.00, 51.81); v("H1", 4.62, 51.71);
        // Noord-Brabant and Limburg
        v("N1", 5.30, 51.76); v("M1", 5.60, 51.83); v("TP_NGL", 5.87, 51.74); v("L1", 5.97, 51.60);
        v("L2", 5.85, 51.43); v("L3", 5.70, 51.32); v("TP_NLB", 5.55, 51.22); v("NBB1", 5.20, 51.32);
        v("NBB2", 5.05, 51.45); v("NBB3", 4.80, 51.42); v("NBB4", 4.55, 51.45); v("NBB5", 4.40, 51.36);
        v("NBB6", 4.28, 51.37);
        v("TP_GLD", 5.96, 51.74); v("LD1", 6.10, 51.58); v("LD2", 6.22, 51.38); v("LD3", 6.08, 51.17);
        v("LD4", 5.90, 51.04); v("LD5", 6.10, 50.90); v("LD6", 6.02, 50.76); v("LD7", 5.72, 50.75);
        v("LD8", 5.63, 50.85); v("LD9", 5.78, 51.05);
        // Gelderland and Utrecht
        v("GD1", 6.05, 51.86); v("GD2", 6.45, 51.85); v("GD3", 6.83, 51.97); v("TP_GOD", 6.76, 52.11);
        v("GO1", 6.45, 52.18); v("GO2", 6.12, 52.22); v("GO3", 6.05, 52.45); v("TP_GOF", 5.88, 52.50);
        v("GF1", 5.62, 52.36); v("TP_GUF", 5.42, 52.27); v("GU1", 5.52, 52.15); v("GU2", 5.62, 51.96);
        v("GU3", 5.25, 51.96); v("GU4", 5.12, 51.91);
        v("UN1", 4.98, 52.28); v("UN2", 5.12, 52.20); v("UN3", 5.25, 52.24); v("TP_NUF", 5.28, 52.29);
        // Noord-Holland
        v("NC1", 4.55, 52.46); v("NC2", 4.63, 52.70); v("NC3", 4.72, 52.95); v("NC4", 4.90, 52.93);
        v("NC5", 5.05, 52.95); v("NC6", 5.12, 52.85); v("NC7", 5.12, 52.76); v("NC8", 5.30, 52.71);
        v("NC9", 5.07, 52.63); v("NC10", 5.07, 52.50); v("NC11", 4.97, 52.40); v("NC12", 5.07, 52.33);
        v("NC13", 5.24, 52.31);
        // Flevoland (two polders) and Overijssel
        v("FA1", 5.08, 52.37); v("FA2", 5.42, 52.54); v("FA3", 5.62, 52.60); v("OF1", 5.84, 52.57);
        v("FA5", 5.20, 52.335);
        v("NP1", 5.58, 52.67); v("NP2", 5.70, 52.84); v("TP_FFO", 5.88, 52.80); v("NP3", 5.95, 52.67);
        v("NP4", 5.83, 52.60); v("NP5", 5.68, 52.62);
        v("TP_FDO", 6.12, 52.86); v("OD1", 6.16, 52.66); v("OD2", 6.45, 52.62); v("TP_ODD", 6.72, 52.62);
        v("OG1", 7.05, 52.45); v("OG2", 7.07, 52.38); v("OG3", 7.00, 52.22); v("OG4", 6.90, 52.16);
        // Friesland, Groningen, Drenthe
        v("FR1", 5.36, 52.88); v("FR2", 5.40, 53.05); v("FR3", 5.42, 53.18); v("FR4", 5.62, 53.30);
        v("FR5", 5.92, 53.40); v("TP_FGL", 6.20, 53.40); v("FG1", 6.15, 53.27); v("TP_FGD", 6.30, 53.13);
        v("FD1", 6.38, 52.98);
        v("GC1", 6.50, 53.43); v("GC2", 6.83, 53.46); v("GC3", 6.95, 53.33); v("GC4", 7.10, 53.27);
        v("GC5", 7.22, 53.18); v("GC6", 7.20, 53.00); v("TP_GDD", 7.07, 52.85); v("GRD1", 6.88, 52.93);
        v("GRD2", 6.70, 53.08); v("GRD3", 6.55, 53.15);
        v("DD1", 7.05, 52.72); v("DD2", 6.95, 52.64);

        outline("GR", 6.78, 53.25, "TP_FGL GC1 GC2 GC3 GC4 GC5 GC6 TP_GDD GRD1 GRD2 GRD3 TP_FGD FG1");
        outline("FR", 5.85, 53.08, "FR1 FR2 FR3 FR4 FR5 TP_FGL FG1 TP_FGD FD1 TP_FDO TP_FFO NP2",
                "4.92 53.24, 5.05 53.30, 5.12 53.29, 4.98 53.23",
                "5.18 53.37, 5.40 53.43, 5.58 53.46, 5.60 53.43, 5.35 53.38, 5.20 53.35",
                "5.62 53.45, 5.80 53.47, 5.92 53.46, 5.88 53.43, 5.65 53.43",
                "6.10 53.48, 6.25 53.50, 6.32 53.49, 6.20 53.46");
        outline("DR", 6.62, 52.86, "TP_FGD GRD3 GRD2 GRD1 TP_GDD DD1 DD2 TP_ODD OD2 OD1 TP_FDO FD1");
        outline("OV", 6.45, 52.40, "TP_GOF OF1 NP4 NP3 TP_FFO TP_FDO OD1 OD2 TP_ODD OG1 OG2 OG3 OG4 TP_GOD GO1 GO2 GO3");
        outline("FL", 5.50, 52.44, "FA1 FA2 FA3 OF1 TP_GOF GF1 TP_GUF TP_NUF FA5",
                "NP1 NP2 TP_FFO NP3 NP4 NP5");
        outline("GE", 6.00, 52.08, "TP_ZUG TP_ZNG N1 M1 TP_NGL TP_GLD GD1 GD2 GD3 TP_GOD GO1 GO2 GO3 TP_GOF GF1 TP_GUF GU1 GU2 GU3 GU4");
        outline("UT", 5.22, 52.10, "TP_ZNU UN1 UN2 UN3 TP_NUF TP_GUF GU1 GU2 GU3 GU4 TP_ZUG U1");
        outline("NH", 4.82, 52.62, "CNH NC1 NC2 NC3 NC4 NC5 NC6 NC7 NC8 NC9 NC10 NC11 NC12 NC13 TP_NUF UN3 UN2 UN1 TP_ZNU B1",
                "4.72 53.00, 4.76 53.10, 4.86 53.19, 4.92 53.13, 4.86 53.04");
        outline("ZH", 4.52, 51.96, "C1 G1 HVH SCH CNH B1 TP_ZNU U1 TP_ZUG TP_ZNG H1 T1");
        outline("ZE", 3.84, 51.48, "W1 ZS1 ZS2 ZS3 ZNB1 W3 W2", "W5 C1 T1 ZNB2 ZO1 ZO2 ZO3", "ZV1 ZV2 ZV3 ZV4 ZV5 ZV6");
        outline("NB", 5.10, 51.60, "T1 H1 TP_ZNG N1 M1 TP_NGL L1 L2 L3 TP_NLB NBB1 NBB2 NBB3 NBB4 NBB5 NBB6 ZNB1 ZNB2");
        outline("LI", 5.98, 51.36, "TP_NGL TP_GLD LD1 LD2 LD3 LD4 LD5 LD6 LD7 LD8 LD9 TP_NLB L3 L2 L1");
    }

    private ProvinceOutlines() {
    }

    static List<Outline> all() {
        return List.copyOf(OUTLINES);
    }

    /** The Afsluitdijk, drawn as a line so that the IJsselmeer reads as a lake. */
    static String afsluitdijk() {
        return "M" + xy(vertex("NC5")) + "L" + xy(vertex("FR2"));
    }

    private static void v(String name, double lon, double lat) {
        VERTICES.put(name, new double[]{lon, lat});
    }

    /**
     * A province from polygons: each either named (shared) vertices ("T1 H1 ...") or, for islands
     * nobody shares, plain coordinates ("4.92 53.24, 5.05 53.30, ...").
     */
    private static void outline(String code, double labelLon, double labelLat, String... polygons) {
        var path = new StringJoiner(" ");
        for (var polygon : polygons) {
            path.add(polygon(Character.isLetter(polygon.charAt(0))
                    ? Arrays.stream(polygon.split(" ")).map(ProvinceOutlines::vertex).toList()
                    : Arrays.stream(polygon.split(",\\s*"))
                    .map(point -> point.trim().split(" "))
                    .map(lonLat -> new double[]{Double.parseDouble(lonLat[0]), Double.parseDouble(lonLat[1])})
                    .toList()));
        }
        OUTLINES.add(new Outline(code, path.toString(), x(labelLon), y(labelLat)));
    }

    private static double[] vertex(String name) {
        var vertex = VERTICES.get(name);
        if (vertex == null) {
            throw new IllegalStateException("unknown vertex " + name);
        }
        return vertex;
    }

    private static String polygon(List<double[]> points) {
        var d = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            d.append(i == 0 ? "M" : "L").append(xy(points.get(i)));
        }
        return d.append('Z').toString();
    }

    private static String xy(double[] lonLat) {
        return String.format(Locale.ROOT, "%.1f %.1f", x(lonLat[0]), y(lonLat[1]));
    }

    static double x(double lon) {
        return (lon - 3.30) * SCALE * COS_LAT + 5;
    }

    static double y(double lat) {
        return (53.60 - lat) * SCALE + 5;
    }
}
