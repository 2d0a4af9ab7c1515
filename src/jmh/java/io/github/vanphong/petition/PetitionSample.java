package io.github.vanphong.petition;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A province's petitions for the benchmarks, the same on every run: received from 2025-01-02 to 2026-08-15 by the
 * provincial office and eight district offices, of every kind and channel, each with exactly five events (the
 * receipt and four commands) through one of nine scripts, so that the states are mixed (received, classified,
 * forwarded, filed, verifying, suspended, resolved, final, withdrawn, closed) and some duties are met late or left
 * overdue. Every event is on or before {@link #AS_OF}.
 *
 * <p>What an application would share is shared: the officers, the units, the classifications, the subjects, the
 * petitioners of a small pool and each day's {@link LocalDate}. The identifiers are distinct, and so, if asked, are
 * the summaries.
 */
final class PetitionSample {

  /** The day the benchmarks tally on. */
  static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

  private static final LocalDate FIRST_RECEIVED = LocalDate.of(2025, 1, 2);
  private static final int DAYS_RECEIVED = (int) (LocalDate.of(2026, 8, 15).toEpochDay() - FIRST_RECEIVED.toEpochDay());

  private static final UnitId[] UNITS = {
    UnitId.of("HG-VPTU"), UnitId.of("HG-VT-VP"), UnitId.of("HG-NB-VP"), UnitId.of("HG-LMTX-VP"),
    UnitId.of("HG-CT-VP"), UnitId.of("HG-CTA-VP"), UnitId.of("HG-LMH-VP"), UnitId.of("HG-PH-VP"),
    UnitId.of("HG-VTH-VP")
  };
  private static final UnitId INSPECTION = UnitId.of("HG-UBKT");

  private static final String[] SUMMARIES = {
    "phản ánh việc chậm giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất",
    "tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận",
    "khiếu nại quyết định thu hồi đất để mở rộng đường giao thông nông thôn",
    "kiến nghị xem xét lại mức bồi thường, hỗ trợ tái định cư",
    "phản ánh đảng viên vi phạm quy định những điều đảng viên không được làm",
    "tố cáo việc lạm dụng chức vụ trong quản lý quỹ hỗ trợ nông dân",
    "khiếu nại quyết định kỷ luật cán bộ, công chức cấp xã",
    "kiến nghị sửa chữa tuyến kênh thủy lợi nội đồng",
  };

  private PetitionSample() {}

  /**
   * Returns the sample.
   *
   * @param count the number of petitions
   * @param distinctSummaries whether each petition has its own summary text (as in an office's register) rather
   *     than one of a few shared ones
   * @return the petitions, numbered in the order received within each month
   */
  static List<Petition> petitions(int count, boolean distinctSummaries) {
    return new Builder(distinctSummaries).build(count);
  }

  private static final class Builder {
    private final boolean distinctSummaries;
    private final SplittableRandom random = new SplittableRandom(20250701);
    private final LocalDate[] days;
    private final long firstDay = FIRST_RECEIVED.toEpochDay();
    private final PersonId[] officers = new PersonId[12];
    private final Subject[] subjects = new Subject[SUMMARIES.length];
    private final Petitioners[] petitioners = new Petitioners[64];
    private final Classification within =
        Classification.builder()
            .addTopics(Topic.ADMINISTRATION)
            .competent(true)
            .recipient(Recipient.PARTY_COMMITTEE_OFFICE)
            .build();
    private final Classification outside =
        Classification.builder()
            .addTopics(Topic.PARTY_DISCIPLINE)
            .competent(false)
            .recipient(Recipient.INSPECTION_COMMITTEE)
            .procedure(Procedure.PARTY_RULES)
            .build();
    private final Classification defective =
        Classification.builder()
            .defects(Set.of(ProcessingDefect.UNSIGNED))
            .competent(false)
            .recipient(Recipient.RECEPTION_BOARD)
            .build();

    Builder(boolean distinctSummaries) {
      this.distinctSummaries = distinctSummaries;
      days = new LocalDate[(int) (AS_OF.toEpochDay() - firstDay + 1)];
      for (int i = 0; i < days.length; i++) {
        days[i] = LocalDate.ofEpochDay(firstDay + i);
      }
      for (int i = 0; i < officers.length; i++) {
        officers[i] = PersonId.of(String.format("HG-CB-%03d", i + 1));
      }
      SubjectKind[] kinds = SubjectKind.values();
      for (int i = 0; i < subjects.length; i++) {
        subjects[i] = Subject.of(kinds[i % kinds.length], "nội dung số " + (i + 1));
      }
      petitioners[0] = Petitioners.anonymous();
      for (int i = 1; i < petitioners.length; i++) {
        petitioners[i] =
            Petitioners.one(
                Identity.builder()
                    .fullName("Công dân số " + i)
                    .address("Ấp " + i + ", xã Tân Phú Thạnh, huyện Châu Thành A")
                    .build());
      }
    }

    List<Petition> build(int count) {
      List<Petition> petitions = new ArrayList<>(count);
      for (int n = 1; n <= count; n++) {
        petitions.add(petition(n));
      }
      return petitions;
    }

    private LocalDate day(LocalDate from, int plus) {
      return days[(int) (from.toEpochDay() - firstDay) + plus];
    }

    private PersonId officer() {
      return officers[random.nextInt(officers.length)];
    }

    /** A gap between two events: usually a few days, sometimes weeks, so some limits are overrun. */
    private int gap() {
      return random.nextInt(10) == 0 ? 15 + random.nextInt(6) : random.nextInt(6);
    }

    private Petition petition(int number) {
      LocalDate received = days[random.nextInt(DAYS_RECEIVED + 1)];
      int draw = random.nextInt(100);
      PetitionKind kind =
          draw < 35
              ? PetitionKind.DENUNCIATION
              : draw < 65
                  ? PetitionKind.COMPLAINT
                  : draw < 80 ? PetitionKind.RECOMMENDATION : draw < 95 ? PetitionKind.FEEDBACK : PetitionKind.MIXED;
      int text = random.nextInt(SUMMARIES.length);
      String summary = distinctSummaries ? SUMMARIES[text] + ", hồ sơ số " + number : SUMMARIES[text];
      Intake intake =
          Intake.builder()
              .id(PetitionId.of(String.format("HG-%d-%07d", received.getYear(), number)))
              .received(received)
              .channel(Channel.values()[random.nextInt(Channel.values().length)])
              .kind(kind)
              .petitioners(petitioners[random.nextInt(petitioners.length)])
              .subject(subjects[text])
              .summary(summary)
              .receivingUnit(UNITS[random.nextInt(UNITS.length)])
              .build();
      Petition p = Petition.receive(intake, officer());
      LocalDate d1 = day(received, gap());
      LocalDate d2 = day(d1, gap());
      LocalDate d3 = day(d2, gap());
      LocalDate d4 = day(d3, gap());
      int script = random.nextInt(3);
      return switch (kind) {
        case DENUNCIATION -> switch (script) {
          case 0 -> p.classify(within, d1, officer()).accept(d2, officer())
              .notify(PetitionStage.ACCEPTANCE_NOTICE, d3, officer())
              .resolve(Finding.PARTLY_WELL_FOUNDED, day(d4, 20), officer());
          case 1 -> p.classify(within, d1, officer()).accept(d2, officer()).startVerification(d3, officer())
              .suspend("chờ kết quả giám định", d4, officer());
          default -> p.classify(outside, d1, officer()).forward(INSPECTION, d2, officer())
              .notify(PetitionStage.RECEIPT_NOTICE, d3, officer())
              .notify(PetitionStage.RESULT_RELAY, d4, officer());
        };
        case COMPLAINT -> switch (script) {
          case 0 -> p.classify(within, d1, officer()).accept(d2, officer())
              .resolve(Finding.UNFOUNDED, day(d3, 20), officer())
              .recordFinality(day(d4, 50), officer());
          case 1 -> p.classify(within, d1, officer()).accept(d2, officer()).startVerification(d3, officer())
              .resolve(Finding.WELL_FOUNDED, day(d4, 20), officer());
          default -> p.classify(within, d1, officer()).accept(d2, officer()).startVerification(d3, officer())
              .withdraw(Withdrawal.whole(), d4, officer());
        };
        default -> switch (script) {
          case 0 -> p.classify(within, d1, officer()).accept(d2, officer())
              .resolve(Finding.ANSWERED, d3, officer()).close(d4, officer());
          case 1 -> p.classify(defective, d1, officer()).file(d2, officer())
              .notify(PetitionStage.RECEIPT_NOTICE, d3, officer())
              .notify(PetitionStage.RESULT_RELAY, d4, officer());
          default -> p.classify(within, d1, officer()).accept(d2, officer()).startVerification(d3, officer())
              .notify(PetitionStage.RECEIPT_NOTICE, d4, officer());
        };
      };
    }
  }
}
