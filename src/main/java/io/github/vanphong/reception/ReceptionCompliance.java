package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.Post;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * How a post kept its duty to receive over a report period, as of a day: each month or week of its duty with the days
 * held ({@link DutyPeriod}), the sessions counted and those not, and the ad-hoc cases that called for its head and
 * whether the head came. For example the chair of Hậu Giang's People's Committee in the first quarter of 2016: 3 days
 * required, 3 held, no shortfall, one ad-hoc case answered.
 *
 * <p>{@link #required()} adds the days of every duty period; {@link #held()} the days held in them; {@link
 * #shortfall()} the days missing in periods already over; {@link #pending()} those still to hold in periods not over.
 * A post that no duty binds in the period, such as a provincial party secretary in 2016, before Quy định 11-QĐi/TW,
 * is {@link ComplianceStatus#NO_DUTY}: the library says so rather than count a shortfall. A {@link ComplianceCheck}
 * makes it; {@link ComplianceSummary} adds many together.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class ReceptionCompliance {

  ReceptionCompliance() {}

  /**
   * The post.
   *
   * @return the post, not null
   */
  public abstract Post post();

  /**
   * The report period.
   *
   * @return the period, not null
   */
  public abstract ReportPeriod period();

  /**
   * The day the compliance is judged on: the sessions and calls known by then count.
   *
   * @return the day, not null
   */
  public abstract LocalDate asOf();

  /**
   * The months or weeks of the duty whose first day lies in the period, in order.
   *
   * @return the duty periods, empty if no duty binds the post, not null
   */
  public abstract ImmutableList<DutyPeriod> dutyPeriods();

  /**
   * The head's periodic sessions counted, in order.
   *
   * @return the sessions, not null
   */
  public abstract ImmutableList<SessionId> counted();

  /**
   * The periodic sessions of the post not counted: held by someone who neither held nor acted in the post that day,
   * or by a deputy where no rule lets a deputy stand in.
   *
   * @return the sessions, not null
   */
  public abstract ImmutableList<SessionId> notCounted();

  /**
   * The ad-hoc cases that called for the post's head in the period, by the day asked about.
   *
   * @return the calls, not null
   */
  public abstract ImmutableList<AdHocCall> adHocCalls();

  /**
   * The calls the head answered in person, a subset of {@link #adHocCalls()}.
   *
   * @return the calls answered, not null
   */
  public abstract ImmutableList<AdHocCall> answered();

  /**
   * Tells whether a duty binds the post in the period.
   *
   * @return true if there is a duty period
   */
  public boolean hasDuty() {
    return !dutyPeriods().isEmpty();
  }

  /**
   * Returns the days required in the period.
   *
   * @return the days, 0 or more
   */
  public int required() {
    return dutyPeriods().stream().mapToInt(DutyPeriod::required).sum();
  }

  /**
   * Returns the distinct days held in the duty periods.
   *
   * @return the days, 0 or more
   */
  public int held() {
    return dutyPeriods().stream().mapToInt(p -> p.held().size()).sum();
  }

  /**
   * Returns the days missing in duty periods already over; a surplus in one period makes up for none in another.
   *
   * @return the days, 0 or more
   */
  public int shortfall() {
    return dutyPeriods().stream().mapToInt(DutyPeriod::shortfall).sum();
  }

  /**
   * Returns the days still to hold in duty periods not yet over.
   *
   * @return the days, 0 or more
   */
  public int pending() {
    return dutyPeriods().stream().mapToInt(DutyPeriod::outstanding).sum();
  }

  /**
   * Returns where the post stands: {@link ComplianceStatus#NO_DUTY} without a duty, {@link ComplianceStatus#SHORT} if
   * a period over was short, else {@link ComplianceStatus#PENDING} if a period not over lacks days, else {@link
   * ComplianceStatus#MET}.
   *
   * @return the status, not null
   */
  public ComplianceStatus status() {
    if (!hasDuty()) {
      return ComplianceStatus.NO_DUTY;
    }
    if (shortfall() > 0) {
      return ComplianceStatus.SHORT;
    }
    return pending() > 0 ? ComplianceStatus.PENDING : ComplianceStatus.MET;
  }

  /**
   * Returns a builder, to rebuild a compliance an application has stored; the post, the period and the day are
   * required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReceptionCompliance}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableReceptionCompliance.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        !asOf().isBefore(period().first()),
        "the compliance of %s over %s is judged on or after its first day, not on %s",
        post(),
        period(),
        asOf());
    for (DutyPeriod period : dutyPeriods()) {
      checkArgument(
          period().contains(period.first()) && period.asOf().equals(asOf()),
          "a duty period of %s starts within %s and is judged on %s: %s",
          post(),
          period(),
          asOf(),
          period);
    }
    checkArgument(
        adHocCalls().containsAll(answered()), "the calls answered of %s are among its calls: %s", post(), answered());
    for (AdHocCall call : adHocCalls()) {
      checkArgument(call.post().equals(post()), "the calls of %s are its own; %s is of another post", post(), call);
    }
  }

  /**
   * Returns the post, the period, the status and the figures, for example "Chair of HG-UBND, 2016-Q1 [2016-01-01..
   * 2016-03-31] (month end), as of 2016-03-31: MET, 3 required, 3 held, 0 short, 0 pending, ad hoc 1/1".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return post()
        + ", "
        + period()
        + ", as of "
        + asOf()
        + ": "
        + status()
        + ", "
        + required()
        + " required, "
        + held()
        + " held, "
        + shortfall()
        + " short, "
        + pending()
        + " pending, ad hoc "
        + answered().size()
        + "/"
        + adHocCalls().size();
  }
}
