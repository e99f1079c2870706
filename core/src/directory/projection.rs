//! Map coordinates of the FINESS geocoded extract turned into latitude and longitude.
//!
//! FINESS gives metres in the official projection of each territory: Lambert-93 (RGF93,
//! EPSG:2154) in metropolitan France, UTM in the overseas départements (RGAF09 zone 20 N for
//! the Antilles, RGFG95 zone 22 N for Guyane, RGR92 zone 40 S for La Réunion, RGM04 zone 38 S
//! for Mayotte). All use the GRS80 ellipsoid and datums within a metre of WGS84, so only the
//! projection is undone. Accuracy: well under a metre (checked against PROJ in the tests);
//! the app needs a pin on a map.

use super::GeoPoint;

/// The projections found in the extract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Projection {
    Lambert93,
    /// UTM zone and hemisphere (true for south).
    Utm {
        zone: u8,
        south: bool,
    },
}

/// GRS80 semi-major axis and first eccentricity squared.
const A: f64 = 6_378_137.0;
const F: f64 = 1.0 / 298.257_222_101;
const E2: f64 = F * (2.0 - F);

impl Projection {
    /// The projection named in a FINESS `sourcecoordet` field, old style ("…,LAMBERT_93",
    /// "…,UTM_N20") or new ("…,EPSG:5490 RGAF09/UTM Zone 20N (Antilles)").
    pub fn from_finess(source: &str) -> Option<Projection> {
        let s = source.to_ascii_uppercase().replace([' ', '-', '_'], "");
        let utm = |zone, south| Some(Projection::Utm { zone, south });
        if s.contains("EPSG:2154") || s.contains("LAMBERT93") {
            Some(Projection::Lambert93)
        } else if s.contains("EPSG:5490") || s.contains("UTMN20") || s.contains("ZONE20N") {
            utm(20, false)
        } else if s.contains("EPSG:2972") || s.contains("UTMN22") || s.contains("ZONE22N") {
            utm(22, false)
        } else if s.contains("EPSG:2975") || s.contains("UTMS40") || s.contains("ZONE40S") {
            utm(40, true)
        } else if s.contains("EPSG:4471") || s.contains("UTMS38") || s.contains("ZONE38S") {
            utm(38, true)
        } else {
            None
        }
    }

    /// Latitude and longitude in degrees.
    pub fn to_degrees(self, x: f64, y: f64) -> (f64, f64) {
        match self {
            Projection::Lambert93 => lambert93(x, y),
            Projection::Utm { zone, south } => utm(zone, south, x, y),
        }
    }

    pub fn to_point(self, x: f64, y: f64) -> Option<GeoPoint> {
        let (lat, lon) = self.to_degrees(x, y);
        GeoPoint::from_degrees(lat, lon)
    }
}

/// Inverse Lambert conformal conic, secant at 44° and 49° N, origin 46.5° N 3° E
/// (IGN, "Projection cartographique conique conforme de Lambert", NT/G 71).
fn lambert93(x: f64, y: f64) -> (f64, f64) {
    let e = E2.sqrt();
    let (phi1, phi2, phi0) = (44f64.to_radians(), 49f64.to_radians(), 46.5f64.to_radians());
    let m = |phi: f64| phi.cos() / (1.0 - E2 * phi.sin().powi(2)).sqrt();
    let t = |phi: f64| {
        (std::f64::consts::FRAC_PI_4 - phi / 2.0).tan()
            / ((1.0 - e * phi.sin()) / (1.0 + e * phi.sin())).powf(e / 2.0)
    };
    let n = (m(phi1).ln() - m(phi2).ln()) / (t(phi1).ln() - t(phi2).ln());
    let big_f = m(phi1) / (n * t(phi1).powf(n));
    let rho0 = A * big_f * t(phi0).powf(n);
    let (dx, dy) = (x - 700_000.0, rho0 - (y - 6_600_000.0));
    let rho = (dx * dx + dy * dy).sqrt().copysign(n);
    let theta = dx.atan2(dy);
    let tt = (rho / (A * big_f)).powf(1.0 / n);
    let mut phi = std::f64::consts::FRAC_PI_2 - 2.0 * tt.atan();
    for _ in 0..10 {
        let next = std::f64::consts::FRAC_PI_2
            - 2.0 * (tt * ((1.0 - e * phi.sin()) / (1.0 + e * phi.sin())).powf(e / 2.0)).atan();
        let done = (next - phi).abs() < 1e-12;
        phi = next;
        if done {
            break;
        }
    }
    (phi.to_degrees(), 3.0 + (theta / n).to_degrees())
}

/// Inverse transverse Mercator (USGS, Snyder 1987, formulas 8-18 to 8-25).
fn utm(zone: u8, south: bool, x: f64, y: f64) -> (f64, f64) {
    let k0 = 0.9996;
    let ep2 = E2 / (1.0 - E2);
    let x = x - 500_000.0;
    let y = if south { y - 10_000_000.0 } else { y };
    let m = y / k0;
    let mu = m / (A * (1.0 - E2 / 4.0 - 3.0 * E2 * E2 / 64.0 - 5.0 * E2.powi(3) / 256.0));
    let e1 = (1.0 - (1.0 - E2).sqrt()) / (1.0 + (1.0 - E2).sqrt());
    let phi1 = mu
        + (3.0 * e1 / 2.0 - 27.0 * e1.powi(3) / 32.0) * (2.0 * mu).sin()
        + (21.0 * e1 * e1 / 16.0 - 55.0 * e1.powi(4) / 32.0) * (4.0 * mu).sin()
        + (151.0 * e1.powi(3) / 96.0) * (6.0 * mu).sin()
        + (1097.0 * e1.powi(4) / 512.0) * (8.0 * mu).sin();
    let (s, c, t) = (phi1.sin(), phi1.cos(), phi1.tan());
    let c1 = ep2 * c * c;
    let t1 = t * t;
    let n1 = A / (1.0 - E2 * s * s).sqrt();
    let r1 = A * (1.0 - E2) / (1.0 - E2 * s * s).powf(1.5);
    let d = x / (n1 * k0);
    let phi = phi1
        - (n1 * t / r1)
            * (d * d / 2.0
                - (5.0 + 3.0 * t1 + 10.0 * c1 - 4.0 * c1 * c1 - 9.0 * ep2) * d.powi(4) / 24.0
                + (61.0 + 90.0 * t1 + 298.0 * c1 + 45.0 * t1 * t1 - 252.0 * ep2 - 3.0 * c1 * c1)
                    * d.powi(6)
                    / 720.0);
    let lambda = (d - (1.0 + 2.0 * t1 + c1) * d.powi(3) / 6.0
        + (5.0 - 2.0 * c1 + 28.0 * t1 - 3.0 * c1 * c1 + 8.0 * ep2 + 24.0 * t1 * t1) * d.powi(5)
            / 120.0)
        / c;
    let lon0 = f64::from(zone) * 6.0 - 183.0;
    (phi.to_degrees(), lon0 + lambda.to_degrees())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reference points computed with PROJ 9 (pyproj): EPSG:xxxx → EPSG:4326.
    const REFERENCE: &[(&str, f64, f64, f64, f64)] = &[
        (
            "EPSG:2154 RGF93 / Lambert-93 (Métropole)",
            652_000.0,
            6_862_000.0,
            48.856248,
            2.345812,
        ),
        ("LAMBERT_93", 870_262.2, 6_571_540.8, 46.222286, 5.209181),
        ("LAMBERT_93", 1_240_000.0, 6_100_000.0, 41.801095, 9.489659),
        ("LAMBERT_93", 150_000.0, 6_800_000.0, 48.06842, -4.395011),
        ("LAMBERT_93", 700_000.0, 6_600_000.0, 46.5, 3.0),
        (
            "EPSG:5490 RGAF09/UTM Zone 20N (Antilles)",
            657_242.9,
            1_795_384.4,
            16.234004,
            -61.528737,
        ),
        ("UTM_N20", 710_000.0, 1_620_000.0, 14.64531, -61.050155),
        (
            "EPSG:2972 RGFG95 / UTM zone 22N",
            350_000.0,
            550_000.0,
            4.974508,
            -52.35295,
        ),
        (
            "EPSG:2975 RGR92 / UTM zone 40S",
            340_000.0,
            7_690_000.0,
            -20.883319,
            55.461816,
        ),
        (
            "EPSG:4471 RGM04 / UTM zone 38S",
            515_000.0,
            8_580_000.0,
            -12.845009,
            45.138238,
        ),
    ];

    #[test]
    fn projections_agree_with_proj_to_the_metre() {
        for (source, x, y, lat, lon) in REFERENCE {
            let p = Projection::from_finess(source).unwrap();
            let (la, lo) = p.to_degrees(*x, *y);
            // 1e-5 degree is about a metre.
            assert!(
                (la - lat).abs() < 1e-5,
                "{source} {x} {y}: lat {la} vs {lat}"
            );
            assert!(
                (lo - lon).abs() < 1e-5,
                "{source} {x} {y}: lon {lo} vs {lon}"
            );
        }
        assert_eq!(
            Projection::from_finess("1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2"),
            None
        );
    }
}
