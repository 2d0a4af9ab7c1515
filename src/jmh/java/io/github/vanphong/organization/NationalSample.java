package io.github.vanphong.organization;

import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A national Party organisation and the 2025 restructuring, at a chosen size: the sample the chart and roll-up
 * benchmarks share. At full size ({@link #NATIONAL}, 50,000 grassroots organisations) it holds the Central
 * Committee; 63 provincial committees, each with its office; 705 district-level committees, each with its office;
 * 10,000 commune committees; and 50,000 grassroots organisations, created from 2000 to 2015, a tenth of the communes
 * renamed in 2018. On 2025-07-01 (Nghị quyết 202/2025/QH15 and the end of the district level) 29 provinces merge
 * into the 34 that remain, with their offices; every district committee is dissolved, its history passing to the
 * first new commune of its area, and its office's to the surviving province's office; the communes of each district
 * merge by threes into 3,525 new commune committees (the real map has 3,321) directly under the provinces; and every
 * grassroots organisation moves under the new commune of its old one.
 *
 * <p>At a smaller size the provinces stay 63 and 34, and the districts, communes and grassroots organisations
 * shrink in proportion (5,000 grassroots organisations: 71 districts, 1,000 communes, 355 new communes; 50,000:
 * 705, 10,000 and 3,525). The numbers are those of a national scale, not of the real map.
 */
public final class NationalSample {

  /** The number of grassroots organisations of the full national sample. */
  public static final int NATIONAL = 50_000;

  /** The day of the restructuring. */
  public static final LocalDate RESTRUCTURED = LocalDate.of(2025, 7, 1);

  /** The Central Committee. */
  public static final UnitId CENTRAL = UnitId.of("TW");

  private static final int PROVINCES = 63;
  private static final int PROVINCES_AFTER = 34;

  public final int grassroots;
  public final int districts;
  public final int communes;
  public final int newCommunes;
  /** Every event, in the order they take effect. */
  public final List<Restructuring> events;
  /** One secretary for each province and each new commune. */
  public final List<Appointment> appointments;
  public final List<Person> persons;

  private NationalSample(int grassroots) {
    this.grassroots = grassroots;
    this.districts = Math.max(PROVINCES, Math.round(grassroots * 705f / NATIONAL));
    this.communes = grassroots / 5;
    List<Restructuring> all = new ArrayList<>();
    all.add(create(LocalDate.of(2000, 1, 1), CENTRAL, "Ban Chấp hành Trung ương", UnitKind.CENTRAL_COMMITTEE,
        Level.CENTRAL, null));
    for (int p = 0; p < PROVINCES; p++) {
      all.add(create(LocalDate.of(2000, 1, 1), province(p), "Tỉnh ủy " + p, UnitKind.PROVINCIAL_COMMITTEE,
          Level.PROVINCIAL, CENTRAL));
      all.add(create(LocalDate.of(2000, 1, 1), office(province(p)), "Văn phòng Tỉnh ủy " + p, UnitKind.OFFICE,
          Level.PROVINCIAL, province(p)));
    }
    for (int d = 0; d < districts; d++) {
      all.add(create(LocalDate.of(2005, 1, 1), district(d), "Huyện ủy " + d, UnitKind.DISTRICT_COMMITTEE,
          Level.DISTRICT, province(provinceOf(d))));
      all.add(create(LocalDate.of(2005, 1, 1), office(district(d)), "Văn phòng Huyện ủy " + d, UnitKind.OFFICE,
          Level.DISTRICT, district(d)));
    }
    for (int c = 0; c < communes; c++) {
      all.add(create(LocalDate.of(2010, 1, 1).plusDays(c % 365), commune(c), "Đảng ủy xã " + c,
          UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE, district(districtOf(c))));
      if (c % 10 == 0) {
        all.add(Restructuring.rename(LocalDate.of(2018, 1, 1).plusDays(c % 365), commune(c), "Đảng ủy phường " + c));
      }
    }
    for (int g = 0; g < grassroots; g++) {
      all.add(create(LocalDate.of(2015, 1, 1).plusDays(g % 365), grassroot(g), "Chi bộ " + g, UnitKind.PARTY_CELL,
          Level.GRASSROOTS, commune(communeOf(g))));
    }
    // the restructuring of 2025-07-01
    for (int p = PROVINCES_AFTER; p < PROVINCES; p++) {
      all.add(Restructuring.merge(RESTRUCTURED, List.of(province(p)), province(survivor(p))));
      all.add(Restructuring.merge(RESTRUCTURED, List.of(office(province(p))), office(province(survivor(p)))));
    }
    int made = 0;
    for (int d = 0; d < districts; d++) {
      int firstCommune = firstCommuneOf(d);
      int endCommune = firstCommuneOf(d + 1);
      UnitId province = province(survivor(provinceOf(d)));
      all.add(Restructuring.dissolve(RESTRUCTURED, district(d), newCommune(firstCommune)));
      all.add(Restructuring.dissolve(RESTRUCTURED, office(district(d)), office(province)));
      for (int c = firstCommune; c < endCommune; c += 3) {
        UnitId merged = newCommune(c);
        all.add(create(RESTRUCTURED, merged, "Đảng ủy xã mới " + c, UnitKind.COMMUNE_COMMITTEE, Level.COMMUNE,
            province));
        List<UnitId> old = new ArrayList<>();
        for (int k = c; k < Math.min(c + 3, endCommune); k++) {
          old.add(commune(k));
        }
        all.add(Restructuring.merge(RESTRUCTURED, old, merged));
        made++;
      }
    }
    this.newCommunes = made;
    for (int g = 0; g < grassroots; g++) {
      all.add(Restructuring.reattach(RESTRUCTURED, grassroot(g), newCommuneOf(communeOf(g))));
    }
    all.sort(RestructuringOrder.ORDER);
    this.events = List.copyOf(all);
    List<Person> people = new ArrayList<>();
    List<Appointment> posts = new ArrayList<>();
    for (int p = 0; p < PROVINCES_AFTER; p++) {
      PersonId person = PersonId.of(String.format(Locale.ROOT, "BT-%02d", p));
      people.add(Person.of(person, "Bí thư Tỉnh ủy " + p));
      posts.add(Appointment.of(person, Post.of(province(p), PostKind.SECRETARY), Validity.from(LocalDate.of(2020, 10, 1))));
    }
    for (int c = 0; c < communes; c++) {
      // the first old commune of each new commune names it
      if (newCommuneOf(c).equals(newCommune(c))) {
        PersonId person = PersonId.of("BT-X" + c);
        people.add(Person.of(person, "Bí thư Đảng ủy xã " + c));
        posts.add(Appointment.of(person, Post.of(newCommune(c), PostKind.SECRETARY), Validity.from(RESTRUCTURED)));
      }
    }
    this.persons = List.copyOf(people);
    this.appointments = List.copyOf(posts);
  }

  /**
   * Returns the sample of a size.
   *
   * @param grassroots the number of grassroots organisations, 5,000 or more
   * @return the sample
   */
  public static NationalSample of(int grassroots) {
    return new NationalSample(grassroots);
  }

  /** Builds the chart of the sample: its events, then its persons and appointments. */
  public OrgChart chart() {
    OrgChart chart = OrgChart.of(events);
    for (Person person : persons) {
      chart = chart.withPerson(person);
    }
    for (Appointment appointment : appointments) {
      chart = chart.appoint(appointment);
    }
    return chart;
  }

  /** The number of units that ever lived. */
  public int unitsEver() {
    return 1 + 2 * PROVINCES + 2 * districts + communes + newCommunes + grassroots;
  }

  private static Restructuring.Create create(
      LocalDate on, UnitId id, String name, UnitKind kind, Level level, UnitId parent) {
    return Restructuring.create(on, id, name, kind, level, Optional.ofNullable(parent));
  }

  public static UnitId province(int p) {
    return UnitId.of(String.format(Locale.ROOT, "P%02d", p));
  }

  public static UnitId office(UnitId committee) {
    return UnitId.of(committee.value() + "-VP");
  }

  public static UnitId district(int d) {
    return UnitId.of(String.format(Locale.ROOT, "D%04d", d));
  }

  public static UnitId commune(int c) {
    return UnitId.of(String.format(Locale.ROOT, "X%05d", c));
  }

  public static UnitId newCommune(int c) {
    return UnitId.of(String.format(Locale.ROOT, "XM%05d", c));
  }

  public static UnitId grassroot(int g) {
    return UnitId.of(String.format(Locale.ROOT, "G%06d", g));
  }

  private static int survivor(int province) {
    return province < PROVINCES_AFTER ? province : province % PROVINCES_AFTER;
  }

  public int provinceOf(int district) {
    return district % PROVINCES;
  }

  public int districtOf(int commune) {
    return (int) ((long) commune * districts / communes);
  }

  private int firstCommuneOf(int district) {
    // the first commune c with districtOf(c) >= district
    int c = (int) (((long) district * communes + districts - 1) / districts);
    return Math.min(c, communes);
  }

  public int communeOf(int grassroot) {
    return (int) ((long) grassroot * communes / grassroots);
  }

  /** The new commune (of 2025-07-01) an old commune merged into. */
  public UnitId newCommuneOf(int commune) {
    int first = firstCommuneOf(districtOf(commune));
    return newCommune(first + (commune - first) / 3 * 3);
  }
}
